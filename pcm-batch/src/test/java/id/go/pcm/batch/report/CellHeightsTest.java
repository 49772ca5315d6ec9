package id.go.pcm.batch.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import id.go.pcm.batch.fonts.EmbeddedFonts;
import id.go.pcm.batch.fonts.PrintedText;
import id.go.pcm.batch.fonts.SubsetNames;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.evaluation.AgencyFigures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cell measured once is not laid out again to be measured, in this document or the next, and the
 * table drawn from the heights known is byte for byte the one OpenPDF draws measuring every cell.
 */
class CellHeightsTest {

    private static final EmbeddedFonts FONTS = EmbeddedFonts.get();
    private static final Styles STYLES = new Styles(new PdfFonts(FONTS, PrintedText.lenient(FONTS)));

    /** Short and long (wrapping) texts, a fallback font that reaches deeper, texts in more than one place. */
    private static final List<String[]> ROWS = List.of(
            new String[]{"Skor", "72,50", "Baik"},
            new String[]{"Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Kutai Kartanegara, Provinsi Kalimantan Timur", "8", "Baik"},
            new String[]{"\u661F\u6D32\u65E5\u62A5 \uA9A5\uA9C0", "1.234", "Kurang"},
            new String[]{"Baik", "Baik", "Skor"},
            new String[]{"Skor", "72,50", "Baik"});

    @Test
    void aCellMeasuredOnceIsKnownInTheNextDocument() {
        CellHeights heights = new CellHeights(1_000);
        byte[] first = document(heights, 1);
        long measured = heights.measured();
        assertEquals(28, measured, "in each of the two layouts, 14 different cells in their places (of 18)");
        assertArrayEquals(first, document(heights, 1));
        assertEquals(measured, heights.measured(), "the second document measured nothing");
    }

    @Test
    void theTableIsTheOneOpenPdfDrawsMeasuringEveryCell() {
        byte[] plain = document(null, 2);
        assertArrayEquals(plain, document(new CellHeights(1_000), 2), "measured anew");
        CellHeights warm = new CellHeights(1_000);
        document(warm, 3);
        assertArrayEquals(plain, document(warm, 2), "from the heights known");
        assertArrayEquals(plain, document(new CellHeights(2), 2), "with most measurements let go");
    }

    @Test
    void documentsWrittenAtOnceShareTheHeightsAndKeepTheirBytes() throws Exception {
        byte[] plain = document(null, 4);
        CellHeights heights = new CellHeights(40);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> written = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                written.add(pool.submit((Callable<byte[]>) () -> document(heights, 4)));
            }
            for (Future<byte[]> document : written) {
                assertArrayEquals(plain, document.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(heights.measured() < 16 * 28, "some cells were known: " + heights.measured());
    }

    @Test
    void aScorecardWrittenAgainMeasuresNoCell() {
        FiguresDocument month = ReportFixtures.small();
        AgencyFigures agency = month.figures().agencies().get(0);
        ReportRenderer.Scorecards cards = new MinisterReport().scorecards(month, ReportFixtures.INDONESIAN, ReportFixtures.NATIONAL);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        cards.write(agency, first);
        long measured = Tables.HEIGHTS.measured();
        assertTrue(measured > 0, "the report's tables measure through the heights known");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        cards.write(agency, again);
        assertEquals(measured, Tables.HEIGHTS.measured());
        assertArrayEquals(first.toByteArray(), again.toByteArray());
    }

    /** A page with the rows twice, in two column layouts; the rows measured through {@code heights} unless null. */
    private static byte[] document(CellHeights heights, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SubsetNames.Scope names = FONTS.subsetNames(seed)) {
            Document document = new Document(PageSize.A4);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfString("D:20241010"));
            writer.getInfo().put(PdfName.MODDATE, new PdfString("D:20241010"));
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(new byte[16], new byte[16]));
            for (float[] widths : List.of(new float[]{4.2f, 1.0f, 2.0f}, new float[]{2.2f, 2.0f, 2.0f})) {
                PdfPTable table = table(heights, widths);
                table.setTotalWidth(document.right() - document.left());
                document.add(table);
            }
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable table(CellHeights heights, float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        CellHeights.Content[][] contents = new CellHeights.Content[ROWS.size() + 1][];
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Ukuran", "Nilai", "Kategori"});
        rows.addAll(ROWS);
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            CellHeights.Content[] content = new CellHeights.Content[row.length];
            for (int c = 0; c < row.length; c++) {
                Phrase phrase = STYLES.phrase(row[c], c == 1 ? STYLES.tableCellBold : STYLES.tableCell);
                boolean deeper = STYLES.reachesBelow(phrase);
                int alignment = c == 1 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
                PdfPCell cell = new PdfPCell(phrase);
                cell.setUseDescender(deeper);
                cell.setHorizontalAlignment(alignment);
                // Middle: the text's place then depends on the cell's own height, not only its row's.
                cell.setVerticalAlignment(c == 2 ? Element.ALIGN_MIDDLE : Element.ALIGN_TOP);
                cell.setPaddingBottom(3.2f);
                table.addCell(cell);
                content[c] = heights == null ? null : heights.content(phrase, alignment, deeper);
            }
            contents[r] = content;
        }
        if (heights != null) {
            heights.measure(table, contents);
        }
        return table;
    }
}
