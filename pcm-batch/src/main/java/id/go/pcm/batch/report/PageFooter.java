package id.go.pcm.batch.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Every page's footer: a rule, the report's short title on the left and "Halaman X dari Y" on the
 * right. The total comes from the previous pass ({@link Layout}); the first pass prints a placeholder
 * of the same kind, which changes no line breaks because the footer sits in the margin.
 */
final class PageFooter extends PdfPageEventHelper {

    private final Styles styles;
    private final Texts texts;
    private final Formats formats;
    private final String runningTitle;
    private final Layout known;

    PageFooter(Styles styles, Texts texts, Formats formats, String runningTitle, Layout known) {
        this.styles = styles;
        this.texts = texts;
        this.formats = formats;
        this.runningTitle = runningTitle;
        this.known = known;
    }

    /** Pages really ended: the writer's page number runs one ahead when content ended at a page's foot. */
    private int ended;

    /** @return the pages ended so far */
    int pagesEnded() {
        return ended;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        ended++;
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - 24;
        canvas.saveState();
        canvas.setColorStroke(Palette.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), y + 10);
        canvas.lineTo(document.right(), y + 10);
        canvas.stroke();
        canvas.restoreState();
        String total = known.known() ? formats.integer(known.pages()) : formats.integer(writer.getPageNumber());
        String page = texts.format("page.of", formats.integer(writer.getPageNumber()), total);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, styles.phrase(runningTitle, styles.footer),
                document.left(), y, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, styles.phrase(page, styles.footer),
                document.right(), y, 0);
    }
}
