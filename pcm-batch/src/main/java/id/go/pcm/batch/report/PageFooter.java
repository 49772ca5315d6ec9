package id.go.pcm.batch.report;

import id.go.pcm.batch.Texts;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Every page's footer: a rule, the report's short title on the left and "Halaman X dari Y" on the
 * right. Documents are written in one pass: "Halaman 3 dari " is written with each page and the total
 * drawn into a small template when the document closes.
 */
final class PageFooter extends PdfPageEventHelper {

    private final Styles styles;
    private final Texts texts;
    private final Formats formats;
    private final String runningTitle;

    PageFooter(Styles styles, Texts texts, Formats formats, String runningTitle) {
        this.styles = styles;
        this.texts = texts;
        this.formats = formats;
        this.runningTitle = runningTitle;
    }

    /** Room for the total: three digits of the footer's size. */
    private static final float TOTAL_WIDTH = 14;
    private static final float TOTAL_HEIGHT = 12;
    private static final float TOTAL_BASELINE = 3;
    /** The least room between the running title and the page number. */
    private static final float TITLE_GAP = 12;
    /** A word space of the footer's size between "dari" and the total. */
    private static final float TOTAL_GAP = 2.5f;

    /** Pages really ended: the writer's page number runs one ahead when content ended at a page's foot. */
    private int ended;
    /** The page total, drawn when the document closes. */
    private PdfTemplate total;

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
        String page = texts.format("page.of", formats.integer(writer.getPageNumber()), "").strip();
        Phrase pagePhrase = styles.phrase(page, styles.footer);
        title(canvas, document, y, document.right() - TOTAL_WIDTH - TOTAL_GAP - ColumnText.getWidth(pagePhrase) - TITLE_GAP);
        // "Halaman 3 dari " now, the total in a template filled when the document closes
        if (total == null) {
            total = canvas.createTemplate(TOTAL_WIDTH, TOTAL_HEIGHT);
        }
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, pagePhrase, document.right() - TOTAL_WIDTH - TOTAL_GAP, y, 0);
        canvas.addTemplate(total, document.right() - TOTAL_WIDTH, y - TOTAL_BASELINE);
    }

    /**
     * The running title on one line when it fits beside the page number; else wrapped, never cut, onto
     * the lines below (a long region, SPEC 9.4, may take two or three).
     */
    private void title(PdfContentByte canvas, Document document, float y, float right) {
        Phrase title = styles.phrase(runningTitle, styles.footer);
        if (ColumnText.getWidth(title) <= right - document.left()) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, title, document.left(), y, 0);
            return;
        }
        ColumnText column = new ColumnText(canvas);
        float leading = styles.footer.getSize() + 1.5f;
        column.setSimpleColumn(title, document.left(), 0, right, y + leading, leading, Element.ALIGN_LEFT);
        try {
            column.go();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the running title", e);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        if (total != null) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT, styles.phrase(formats.integer(ended), styles.footer),
                    0, TOTAL_BASELINE, 0);
        }
    }
}
