package id.go.pcm.batch.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import id.go.pcm.batch.fonts.EmbeddedFonts;
import id.go.pcm.batch.fonts.PrintedText;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link ScoreChart} straight into a template with OpenPDF's content operators: the same
 * lines, fills and text, in the same fonts, colours and order, as JFreeChart drew through
 * {@link ChartText}, without a Graphics2D or a chart object per scorecard (issue 24). Text is set as
 * {@link ChartText} sets it: each run in the font of its chain that draws it, spaced to the width the
 * layout measured; shaped runs (Arabic, Javanese) as the JDK's outlines.
 */
final class ScoreChartDrawing implements ReportFrame.Drawing, ScoreChart.Measure {

    /** How {@link ChartText}'s metrics measured widths: FontMetrics' own context. */
    private static final FontRenderContext MEASURING = new FontRenderContext(null, false, false);
    /** How OpenPDF's Graphics2D measured what it drew: identity, fractional metrics on. */
    private static final FontRenderContext DRAWING = new FontRenderContext(new AffineTransform(), false, true);
    private static final float STROKE = 0.5f;

    private final PdfFonts fonts;
    private final Map<ScoreChart.Role, Font> roles = new EnumMap<>(ScoreChart.Role.class);
    private final Map<ScoreChart.Role, ScoreChart.FontMetrics> metrics = new EnumMap<>(ScoreChart.Role.class);
    private final List<ScoreChart.Bar> bars;
    private final List<String> tickLabels;
    private final String axisLabel;

    /**
     * @param fonts      the document's fonts and printing
     * @param bars       the bars, top to bottom
     * @param tickLabels the value axis's tick labels, 0 to 100
     * @param axisLabel  the value axis's label
     */
    ScoreChartDrawing(PdfFonts fonts, List<ScoreChart.Bar> bars, List<String> tickLabels, String axisLabel) {
        this.fonts = fonts;
        this.bars = List.copyOf(bars);
        this.tickLabels = List.copyOf(tickLabels);
        this.axisLabel = axisLabel;
        roles.put(ScoreChart.Role.TICK, fonts.chartFont(false, ChartStyle.TICK_SIZE));
        roles.put(ScoreChart.Role.AXIS, fonts.chartFont(true, ChartStyle.LABEL_SIZE));
        roles.put(ScoreChart.Role.VALUE, fonts.chartFont(false, ChartStyle.ITEM_SIZE));
        // Whole-point heights as OpenPDF's Graphics2D took them from a scratch image with fractional metrics.
        Graphics2D scratch = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            scratch.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            for (Map.Entry<ScoreChart.Role, Font> role : roles.entrySet()) {
                java.awt.FontMetrics whole = scratch.getFontMetrics(role.getValue());
                LineMetrics exact = role.getValue().getLineMetrics("ABCxyz", DRAWING);
                metrics.put(role.getKey(), new ScoreChart.FontMetrics(whole.getHeight(), exact.getAscent(),
                        exact.getDescent(), exact.getLeading(), exact.getHeight()));
            }
        } finally {
            scratch.dispose();
        }
    }

    @Override
    public double width(ScoreChart.Role role, String text) {
        return ChartText.width(fonts, roles.get(role), text, MEASURING);
    }

    @Override
    public ScoreChart.FontMetrics metrics(ScoreChart.Role role) {
        return metrics.get(role);
    }

    @Override
    public Image draw(PdfContentByte page, float width, float height) {
        ScoreChart.Geometry g = ScoreChart.layout(bars, tickLabels, axisLabel, this, width, height);
        PdfTemplate cb = page.createTemplate(width, height);
        cb.setLineWidth(STROKE);
        cb.setLineCap(PdfContentByte.LINE_CAP_PROJECTING_SQUARE);
        cb.setLineJoin(PdfContentByte.LINE_JOIN_MITER);
        cb.setMiterLimit(10);
        Rectangle2D data = g.data();
        float h = height;
        // The value axis: its line, then each tick's label and mark, then its label.
        cb.setColorStroke(Palette.RULE);
        line(cb, h, data.getMinX(), data.getMaxY(), data.getMaxX(), data.getMaxY());
        cb.setColorFill(Palette.INK);
        for (ScoreChart.Tick tick : g.ticks()) {
            text(cb, h, tick.label());
            line(cb, h, tick.x(), g.axisY() + ScoreChart.Geometry.tickMark(), tick.x(), g.axisY());
        }
        text(cb, h, g.axisLabel());
        // The category axis: its line and labels.
        line(cb, h, data.getMinX(), data.getMinY(), data.getMinX(), data.getMaxY());
        for (ScoreChart.Text label : g.categories()) {
            text(cb, h, label);
        }
        // Inside the data area: the gridlines over the axis, then each bar and its value.
        cb.saveState();
        rectangle(cb, h, data);
        cb.clip();
        cb.newPath();
        cb.setColorStroke(Palette.GRID);
        for (ScoreChart.Tick tick : g.ticks()) {
            line(cb, h, tick.x(), data.getMinY(), tick.x(), data.getMaxY());
        }
        for (ScoreChart.BarShape bar : g.bars()) {
            cb.setColorFill(bar.own() ? Palette.NAVY : Palette.MUTED);
            rectangle(cb, h, bar.shape());
            cb.fill();
            cb.setColorFill(Palette.INK);
            text(cb, h, bar.value());
        }
        cb.restoreState();
        try {
            return Image.getInstance(cb);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot place the score chart", e);
        }
    }

    private static void line(PdfContentByte cb, float h, double x0, double y0, double x1, double y1) {
        cb.moveTo((float) x0, h - (float) y0);
        cb.lineTo((float) x1, h - (float) y1);
        cb.stroke();
    }

    /**
     * A rectangle's path as Java2D walks it: top left, top right, bottom right, bottom left, closed,
     * with its corners summed in {@code float} as Java2D's iterator sums them (a bar's end may differ
     * in the last printed digit otherwise).
     */
    private static void rectangle(PdfContentByte cb, float h, Rectangle2D r) {
        float x0 = (float) r.getX();
        float y0 = (float) r.getY();
        float x1 = x0 + (float) r.getWidth();
        float y1 = y0 + (float) r.getHeight();
        cb.moveTo(x0, h - y0);
        cb.lineTo(x1, h - y0);
        cb.lineTo(x1, h - y1);
        cb.lineTo(x0, h - y1);
        cb.lineTo(x0, h - y0);
        cb.closePath();
    }

    /** Sets a text as {@link ChartText#drawString} does: run by run, shaped runs as outlines. */
    private void text(PdfContentByte cb, float h, ScoreChart.Text text) {
        Font font = roles.get(text.role());
        EmbeddedFonts.Face face = fonts.face(font);
        float advance = 0;
        for (PrintedText.Run run : fonts.printing.runs(text.text(), face)) {
            Font runFont = ChartText.runFont(fonts, font, face, run);
            if (run.shaped() && ChartText.needsShaping(run)) {
                GlyphVector glyphs = ChartText.glyphs(runFont, run, DRAWING);
                fill(cb, h, glyphs.getOutline(text.x() + advance, text.y()));
                advance += (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
            } else {
                double done = 0;
                for (String part : byVisibility(run.text(), runFont)) {
                    done += show(cb, h, runFont, part, text.x() + advance + done, text.y());
                }
                advance += (float) ChartText.width(runFont, run.text(), DRAWING);
            }
        }
    }

    /** Shows a text in one font, spaced to AWT's width of it, as OpenPDF's Graphics2D does; returns that width. */
    private double show(PdfContentByte cb, float h, Font font, String s, double x, double y) {
        if (s.isEmpty()) {
            return 0;
        }
        BaseFont base = fonts.awtToPdf(font);
        float size = font.getSize2D();
        double width = ChartText.width(font, s, DRAWING);
        cb.beginText();
        cb.setFontAndSize(base, size);
        cb.setTextMatrix(1, 0, 0, 1, (float) x, (float) (h - y));
        if (s.length() > 1) {
            cb.setCharacterSpacing(((float) width - base.getWidthPoint(s, size)) / (s.length() - 1));
        }
        cb.showText(s);
        if (s.length() > 1) {
            cb.setCharacterSpacing(0);
        }
        cb.endText();
        return width;
    }

    /** OpenPDF's Graphics2D sets what its font cannot display apart from what it can. */
    private static List<String> byVisibility(String s, Font font) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean lastShown = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean shown = font.canDisplay(c);
            if (i > 0 && lastShown != shown) {
                parts.add(part.toString());
                part.setLength(0);
            }
            lastShown = shown;
            part.append(c);
        }
        parts.add(part.toString());
        return parts;
    }

    /** Fills an outline as OpenPDF's Graphics2D does (quadratic pieces with its {@code v} operator). */
    private static void fill(PdfContentByte cb, float h, Shape shape) {
        PathIterator path = shape.getPathIterator(null);
        float[] c = new float[6];
        boolean any = false;
        while (!path.isDone()) {
            any = true;
            switch (path.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> cb.moveTo(c[0], h - c[1]);
                case PathIterator.SEG_LINETO -> cb.lineTo(c[0], h - c[1]);
                case PathIterator.SEG_QUADTO -> cb.curveTo(c[0], h - c[1], c[2], h - c[3]);
                case PathIterator.SEG_CUBICTO -> cb.curveTo(c[0], h - c[1], c[2], h - c[3], c[4], h - c[5]);
                default -> cb.closePath();
            }
            path.next();
        }
        if (any) {
            if (path.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                cb.eoFill();
            } else {
                cb.fill();
            }
        }
    }
}
