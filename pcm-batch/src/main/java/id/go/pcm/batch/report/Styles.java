package id.go.pcm.batch.report;

import com.lowagie.text.Font;

import java.awt.Color;

/** The report's text styles, all in the embedded fonts (PDF/A allows no other). */
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
        p.add(new com.lowagie.text.Chunk(text, font));
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static Font font(PdfFonts fonts, boolean bold, float size, Color color) {
        return new Font(bold ? fonts.bold : fonts.regular, size, Font.NORMAL, color);
    }
}
