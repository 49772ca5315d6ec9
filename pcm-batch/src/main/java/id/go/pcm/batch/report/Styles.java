package id.go.pcm.batch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import id.go.pcm.batch.fonts.EmbeddedFonts;
import id.go.pcm.batch.fonts.PrintedText;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's text styles, all in the embedded fonts (PDF/A allows no other). Every text goes
 * through {@link #phrase}: each run in the first font of its style's chain that draws it, characters
 * no font draws as visible marks ({@link PrintedText}).
 */
final class Styles {

    final PdfFonts fonts;
    final Font coverTitle;
    final Font coverMonth;
    final Font coverText;
    final Font h1;
    final Font h2;
    final Font body;
    final Font bodyBold;
    final Font note;
    final Font caption;
    final Font tableHeader;
    final Font tableCell;
    final Font tableCellBold;
    final Font tableHeaderLarge;
    final Font tableCellLarge;
    final Font tableCellLargeBold;
    final Font smallCell;
    final Font mono;
    final Font footer;

    /**
     * The font of the blank OpenPDF writes for a paragraph's spacing before and after: a space in the
     * paragraph's font would sit just under the text above it, and text extraction (search, copy)
     * would read it into that line ("1 . Ringkasan"). A tenth of a point keeps it out of the way.
     */
    final Font spacer;

    /** Each style in each font of its chain, made on first use. */
    private final Map<Font, Font[]> inChain = new HashMap<>();

    /** @param fonts the embedded fonts */
    Styles(PdfFonts fonts) {
        this.fonts = fonts;
        coverTitle = font(fonts, true, 22, Palette.NAVY);
        coverMonth = font(fonts, true, 16, Palette.INK);
        coverText = font(fonts, false, 11, Palette.INK);
        h1 = font(fonts, true, 15, Palette.NAVY);
        h2 = font(fonts, true, 11, Palette.INK);
        body = font(fonts, false, 9.5f, Palette.INK);
        bodyBold = font(fonts, true, 9.5f, Palette.INK);
        note = new Font(fonts.italic, 8.5f, Font.NORMAL, Palette.MUTED);
        caption = new Font(fonts.italic, 8.5f, Font.NORMAL, Palette.MUTED);
        tableHeader = font(fonts, true, 8, Color.WHITE);
        tableCell = font(fonts, false, 8, Palette.INK);
        tableCellBold = font(fonts, true, 8, Palette.INK);
        tableHeaderLarge = font(fonts, true, 9, Color.WHITE);
        tableCellLarge = font(fonts, false, 9, Palette.INK);
        tableCellLargeBold = font(fonts, true, 9, Palette.INK);
        smallCell = font(fonts, false, 7.2f, Palette.INK);
        mono = new Font(fonts.mono, 7.5f, Font.NORMAL, Palette.INK);
        footer = font(fonts, false, 7.5f, Palette.MUTED);
        spacer = font(fonts, false, 0.1f, Color.WHITE);
    }

    /**
     * @param text   the text
     * @param font   its style
     * @param before points of space above it
     * @param after  points of space below it
     * @return a paragraph whose spacing is written in {@link #spacer}
     */
    com.lowagie.text.Paragraph paragraph(String text, Font font, float before, float after) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(font.getCalculatedLeading(1.5f));
        fill(p, text, font, before, after);
        return p;
    }

    /** Fills a paragraph (or list item) with text in a style and spacing in {@link #spacer}. */
    <P extends com.lowagie.text.Paragraph> P fill(P p, String text, Font font, float before, float after) {
        p.setFont(spacer);
        p.setLeading(font.getCalculatedLeading(1.5f));
        for (com.lowagie.text.Element chunk : phrase(text, font)) {
            p.add(chunk);
        }
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    /**
     * @param text a text, from the bundles or the inputs
     * @param font its style
     * @return the text as chunks, each in the font of the style's chain that draws it, left to right
     */
    Phrase phrase(String text, Font font) {
        EmbeddedFonts.Face face = fonts.face(font.getBaseFont());
        List<PrintedText.Run> runs = fonts.printing.runs(text, face);
        // As new Phrase(text, font): no leading of its own, so that it follows the font's.
        Phrase phrase = new Phrase(Float.NaN, "", font);
        for (PrintedText.Run run : runs) {
            phrase.add(new Chunk(run.text(), run.font() == 0 ? font : inChain(font, face, run.font())));
        }
        return phrase;
    }

    /**
     * @param phrase a phrase made by {@link #phrase}
     * @return whether a fallback font in it reaches further below the baseline than its style's font
     *         (Javanese pasangan, CJK), so that a table cell must make room for it
     */
    boolean reachesBelow(Phrase phrase) {
        float own = phrase.getFont().getBaseFont().getFontDescriptor(com.lowagie.text.pdf.BaseFont.DESCENT, 1000);
        for (com.lowagie.text.Element e : phrase) {
            if (e instanceof Chunk chunk && chunk.getFont().getBaseFont() != null
                    && chunk.getFont().getBaseFont().getFontDescriptor(com.lowagie.text.pdf.BaseFont.DESCENT, 1000) < own - 50) {
                return true;
            }
        }
        return false;
    }

    private Font inChain(Font font, EmbeddedFonts.Face face, int index) {
        Font[] chain = inChain.computeIfAbsent(font, f -> new Font[fonts.files.size(face)]);
        if (chain[index] == null) {
            chain[index] = new Font(fonts.files.pdf(face, index), font.getSize(), font.getStyle(), font.getColor());
        }
        return chain[index];
    }

    private static Font font(PdfFonts fonts, boolean bold, float size, Color color) {
        return new Font(bold ? fonts.bold : fonts.regular, size, Font.NORMAL, color);
    }
}
