package id.go.pcm.batch.report;

import id.go.pcm.batch.Texts;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;

/**
 * The document the sections write into: A4, PDF/A-1b (PDF 1.4, sRGB output intent, XMP metadata),
 * with the determinism recipe (dates from the as-of time, a file id from the inputs, seeded font
 * subsets), a footer on every page, an outline entry per section, and the few layout rules that keep
 * a heading with what follows it.
 */
final class ReportFrame {

    private static final float MARGIN_X = 50;
    private static final float MARGIN_TOP = 52;
    private static final float MARGIN_BOTTOM = 62;

    /**
     * The document's metadata.
     *
     * @param title    the title
     * @param subject  the subject
     * @param author   the issuing unit
     * @param keywords the keywords
     * @param created  the creation and modification date written: the as-of time
     * @param fileId   the file identifier, derived from the inputs
     */
    record Metadata(String title, String subject, String author, String keywords, OffsetDateTime created,
                    byte[] fileId) {
    }

    private static final float PAGE_MARK_WIDTH = 24;
    private static final float PAGE_MARK_HEIGHT = 12;
    /** Where the number's baseline lies in its box. */
    static final float PAGE_MARK_BASELINE = 3;

    private final Document document;
    private final PdfWriter writer;
    private final Styles styles;
    private final Texts texts;
    private final ChartCanvas canvas;
    private final Formats formats;
    /** The contents' page numbers, each drawn when its section starts: the report in one pass. */
    private final Map<String, PdfTemplate> pageMarks = new HashMap<>();
    private final PageFooter footer;
    private int figures;

    ReportFrame(OutputStream out, Metadata metadata, Styles styles, Texts texts, Formats formats, String runningTitle) {
        this.styles = styles;
        this.formats = formats;
        this.texts = texts;
        this.document = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_4);
            writer.setPDFXConformance(PdfWriter.PDFA1B);
            writer.setStrictImageSequence(true);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            footer = new PageFooter(styles, texts, formats, runningTitle);
            writer.setPageEvent(footer);
            document.addTitle(metadata.title());
            document.addSubject(metadata.subject());
            document.addAuthor(metadata.author());
            document.addKeywords(metadata.keywords());
            document.addCreator("PCM");
            document.open();
            GregorianCalendar created = GregorianCalendar.from(metadata.created().toZonedDateTime());
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(created));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(created));
            writer.getInfo().put(PdfName.PRODUCER, new PdfString("PCM"));
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(metadata.fileId(), metadata.fileId()));
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            writer.createXmpMetadata();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot start the report", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.canvas = new ChartCanvas(writer, styles.fonts);
    }

    /** @return the width between the margins, in points */
    float width() {
        return document.right() - document.left();
    }

    /** @return the height between the margins, in points */
    float height() {
        return document.top() - document.bottom();
    }

    /** @return the space left on the current page, in points */
    float remaining() {
        return writer.getVerticalPosition(false) - document.bottom();
    }

    /** Adds an element where the text has got to. */
    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot add to the report", e);
        }
    }

    /** Starts a new page, unless the current one is still empty. */
    void newPage() {
        document.newPage();
    }

    /** Starts a new page when less than {@code points} are left on this one. */
    void needSpace(float points) {
        if (remaining() < points) {
            document.newPage();
        }
    }

    /**
     * Starts a section on a new page: its heading and its outline entry.
     *
     * @param key     the section's key, for the layout
     * @param heading the heading, as printed and in the outline
     */
    void section(String key, String heading) {
        document.newPage();
        int page = writer.getPageNumber();
        mark(key, page);
        new PdfOutline(writer.getRootOutline(),
                PdfAction.gotoLocalPage(page, new PdfDestination(PdfDestination.FITH, document.top() + 10), writer),
                heading);
        add(styles.paragraph(heading, styles.h1, 0, 8));
    }

    /**
     * Adds an outline entry for the top of the current page, without a heading (the cover's).
     *
     * @param key   the entry's key, for the layout
     * @param title the entry's title in the outline
     */
    void bookmark(String key, String title) {
        int page = writer.getPageNumber();
        mark(key, page);
        new PdfOutline(writer.getRootOutline(),
                PdfAction.gotoLocalPage(page, new PdfDestination(PdfDestination.FITH, document.top() + 10), writer),
                title);
    }

    /**
     * The page a section starts on, to print before it starts (the contents): an empty box now, the
     * number drawn into it when the section starts.
     *
     * @param key the section's key
     * @return the box, right-aligned body text of up to three digits
     */
    Image pageOf(String key) {
        PdfTemplate mark = writer.getDirectContent().createTemplate(PAGE_MARK_WIDTH, PAGE_MARK_HEIGHT);
        pageMarks.put(key, mark);
        try {
            return Image.getInstance(mark);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot place a page number", e);
        }
    }

    private void mark(String key, int page) {
        PdfTemplate mark = pageMarks.remove(key);
        if (mark != null) {
            ColumnText.showTextAligned(mark, Element.ALIGN_RIGHT, styles.phrase(formats.integer(page), styles.body),
                    PAGE_MARK_WIDTH, PAGE_MARK_BASELINE, 0);
        }
    }

    /**
     * Adds a sub-heading, moving to a new page first when what must follow it would not fit.
     *
     * @param text     the sub-heading
     * @param keepWith the points of content that must stay on its page
     */
    void subheading(String text, float keepWith) {
        needSpace(keepWith + 28);
        add(styles.paragraph(text, styles.h2, 8, 4));
    }

    /** Adds a paragraph of body text. */
    void paragraph(String text) {
        paragraph(text, styles.body);
    }

    /** Adds a paragraph in a style. */
    void paragraph(String text, Font font) {
        add(styles.paragraph(text, font, 0, 5));
    }

    /** Adds a list of sentences, each with a bullet. */
    void bullets(Iterable<String> sentences) {
        com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
        list.setListSymbol(new Chunk("\u2022", styles.body));
        for (String sentence : sentences) {
            list.add(styles.fill(new ListItem(), sentence, styles.body, 0, 3));
        }
        add(list);
    }

    /**
     * Adds a chart with its numbered caption below, on one page.
     *
     * @param chart   the chart
     * @param height  its height in points
     * @param caption what it shows
     */
    void figure(JFreeChart chart, float height, String caption) {
        figure((page, w, h) -> canvas.draw(chart, w, h), height, caption);
    }

    /**
     * Adds a figure drawn directly on the page, with its numbered caption below, on one page.
     *
     * @param drawing what draws it
     * @param height  its height in points
     * @param caption what it shows
     */
    void figure(Drawing drawing, float height, String caption) {
        needSpace(height + 24);
        Image image = drawing.draw(writer.getDirectContent(), width(), height);
        image.setAlignment(Image.MIDDLE);
        add(image);
        add(styles.paragraph(texts.format("figure.caption", ++figures, caption), styles.caption, 0, 8));
    }

    /** A figure that draws itself into a template of the page, without a chart library. */
    @FunctionalInterface
    interface Drawing {
        /**
         * @param page   the page's content, whose templates the figure may draw on
         * @param width  the figure's width in points
         * @param height its height in points
         * @return the figure as an element of the page
         */
        Image draw(PdfContentByte page, float width, float height);
    }

    /** Adds a table; long ones break across pages with their header rows repeated. */
    void table(PdfPTable table) {
        needSpace(keep(table));
        add(table);
    }

    /**
     * Measures what of a table must stay with the heading above it: the whole table when it is kept
     * together, else its header and first rows.
     *
     * @param table a table, which this fixes to its share of the text width
     * @return the height in points
     */
    float keep(PdfPTable table) {
        // The width OpenPDF itself gives the table when placing it, to the bit: it then keeps the row
        // heights measured here. A locked width would have it measure every row again each time the
        // table is placed (on each page it spans), which was a seventh of a month's run.
        table.setTotalWidth(width() * table.getWidthPercentage() / 100f);
        if (table.getKeepTogether()) {
            return table.getTotalHeight() + table.spacingBefore();
        }
        float height = table.spacingBefore();
        for (int row = 0; row < Math.min(table.size(), table.getHeaderRows() + 4); row++) {
            height += table.getRowHeight(row);
        }
        return height;
    }

    /** @return the current page's number */
    int page() {
        return writer.getPageNumber();
    }

    /**
     * Closes the document.
     *
     * @return the pages it has
     */
    int finish() {
        document.close();
        return footer.pagesEnded();
    }
}
