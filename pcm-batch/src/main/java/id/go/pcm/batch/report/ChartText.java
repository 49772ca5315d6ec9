package id.go.pcm.batch.report;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import id.go.pcm.batch.fonts.EmbeddedFonts;
import id.go.pcm.batch.fonts.PrintedText;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * OpenPDF's Graphics2D for charts, printing text as the rest of the report does: each run of a label
 * in the font of its chain that draws it, marks for what none draws, right-to-left runs in their
 * order. JFreeChart measures through {@link #getFontMetrics(Font)} and draws through
 * {@link #drawString(String, float, float)}, so both see the same runs.
 *
 * <p>A run that needs shaping (Arabic, Javanese) is drawn as the outlines the JDK's layout engine
 * shapes: OpenPDF's chart text spaces glyphs to AWT's width, which would pull joined letters apart.
 * Such a run is exact but not searchable in the chart; the same text is searchable in the tables.
 * {@link #create()} is not overridden: JFreeChart's category charts draw on this one object.
 */
final class ChartText extends PdfGraphics2D {

    private final PdfFonts fonts;

    /**
     * @param canvas the template to draw on
     * @param width  its width in points
     * @param height its height in points
     * @param fonts  the document's fonts and printing
     */
    ChartText(PdfContentByte canvas, float width, float height, PdfFonts fonts) {
        super(canvas, width, height, fonts, false, false, 0);
        this.fonts = fonts;
    }

    @Override
    public void drawString(String s, float x, float y) {
        Font font = getFont();
        EmbeddedFonts.Face face = fonts.face(font);
        float advance = 0;
        for (PrintedText.Run run : fonts.printing.runs(s, face)) {
            Font runFont = runFont(fonts, font, face, run);
            if (run.shaped() && needsShaping(run)) {
                GlyphVector glyphs = glyphs(runFont, run, getFontRenderContext());
                fill(glyphs.getOutline(x + advance, y));
                advance += (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
            } else {
                setFont(runFont);
                super.drawString(run.text(), x + advance, y);
                advance += (float) width(runFont, run.text(), getFontRenderContext());
            }
        }
        setFont(font);
    }

    @Override
    public FontMetrics getFontMetrics() {
        return getFontMetrics(getFont());
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return new Metrics(f, super.getFontMetrics(f));
    }

    /** Widths of what {@link #drawString} draws; heights and the rest from the style's font. */
    private final class Metrics extends FontMetrics {
        private static final long serialVersionUID = 1L;
        private final transient FontMetrics base;

        Metrics(Font font, FontMetrics base) {
            super(font);
            this.base = base;
        }

        @Override
        public int stringWidth(String str) {
            return (int) Math.ceil(width(str));
        }

        @Override
        public int charsWidth(char[] data, int off, int len) {
            return stringWidth(new String(data, off, len));
        }

        @Override
        public int charWidth(char ch) {
            return stringWidth(String.valueOf(ch));
        }

        @Override
        public int charWidth(int codePoint) {
            return stringWidth(new String(Character.toChars(codePoint)));
        }

        @Override
        public Rectangle2D getStringBounds(String str, Graphics context) {
            Rectangle2D bounds = base.getStringBounds(str, context);
            return new Rectangle2D.Double(bounds.getX(), bounds.getY(), width(str), bounds.getHeight());
        }

        @Override
        public int getAscent() {
            return base.getAscent();
        }

        @Override
        public int getDescent() {
            return base.getDescent();
        }

        @Override
        public int getLeading() {
            return base.getLeading();
        }

        @Override
        public int getMaxAdvance() {
            return base.getMaxAdvance();
        }

        @Override
        public int[] getWidths() {
            return base.getWidths();
        }

        private double width(String str) {
            return ChartText.width(fonts, getFont(), str, getFontRenderContext());
        }
    }

    /**
     * The width chart text takes as {@link #drawString} draws it: the sum of its runs, each in the
     * font of its chain that draws it.
     *
     * @param fonts   the document's fonts and printing
     * @param font    the chart font the text is set in
     * @param text    the text
     * @param context how text is measured
     * @return its width in points
     */
    static double width(PdfFonts fonts, Font font, String text, FontRenderContext context) {
        EmbeddedFonts.Face face = fonts.face(font);
        double width = 0;
        for (PrintedText.Run run : fonts.printing.runs(text, face)) {
            Font runFont = runFont(fonts, font, face, run);
            if (run.shaped() && needsShaping(run)) {
                GlyphVector glyphs = glyphs(runFont, run, context);
                width += glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
            } else {
                width += width(runFont, run.text(), context);
            }
        }
        return width;
    }

    /** @return the AWT font a run is drawn in: the chart font, or the font of its chain at the same size */
    static Font runFont(PdfFonts fonts, Font font, EmbeddedFonts.Face face, PrintedText.Run run) {
        return run.font() == 0 ? font : fonts.files.awt(face, run.font()).deriveFont(font.getStyle(), font.getSize2D());
    }

    /** @return whether a run is drawn as shaped outlines rather than as text */
    static boolean needsShaping(PrintedText.Run run) {
        return run.rightToLeft() || run.text().codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.JAVANESE);
    }

    /** @return a run laid out by the JDK, in its direction */
    static GlyphVector glyphs(Font font, PrintedText.Run run, FontRenderContext context) {
        char[] chars = run.text().toCharArray();
        return font.layoutGlyphVector(context, chars, 0, chars.length,
                run.rightToLeft() ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    }

    /** The width OpenPDF's Graphics2D gives a text it draws: AWT's, measured at 1000 units. */
    static double width(Font font, String text, FontRenderContext context) {
        if (font.getSize2D() <= 0) {
            return 0;
        }
        float scale = 1000 / font.getSize2D();
        Font derived = font.deriveFont(AffineTransform.getScaleInstance(scale, scale));
        double width = derived.getStringBounds(text, context).getWidth();
        return derived.isTransformed() ? width / scale : width;
    }
}
