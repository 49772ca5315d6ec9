package id.go.pcm.batch.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a chart as vectors: JFreeChart paints onto OpenPDF's Graphics2D over a template, which goes
 * into the page as a form XObject. Lines stay sharp at any zoom; labels are text in the embedded font.
 */
final class ChartCanvas {

    private final PdfWriter writer;
    private final PdfFonts fonts;

    ChartCanvas(PdfWriter writer, PdfFonts fonts) {
        this.writer = writer;
        this.fonts = fonts;
    }

    /**
     * @param chart  the chart
     * @param width  its width in points
     * @param height its height in points
     * @return the chart as an element of the page, drawn at its size (text keeps its point size)
     */
    Image draw(JFreeChart chart, float width, float height) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = new ChartText(template, width, height, fonts);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot place a chart", e);
        }
    }
}
