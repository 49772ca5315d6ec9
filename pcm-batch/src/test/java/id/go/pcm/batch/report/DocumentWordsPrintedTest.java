package id.go.pcm.batch.report;

import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.evaluation.AgencyFigures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words of SPEC 9.4 where they belong on the report and the scorecards, read back from the PDFs: the
 * addressee on the cover, the region ending every title (cover, metadata, running footer, scorecard
 * head), the agencies-word in running text, column headers and chart axes; and a long region wrapped,
 * never cut or run off the page.
 */
class DocumentWordsPrintedTest {

    private static final FiguresDocument DOCUMENT = ReportFixtures.small();
    private static final String ISSUER = "Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Kutai Timur";
    private static final DocumentWords KUTAI_TIMUR = new DocumentWords(ISSUER, "Bupati Kutai Timur", "Kabupaten Kutai Timur",
            "perangkat daerah", "regional units");
    /** A region of 120 characters: wrapped wherever it is printed, never shortened. */
    private static final String LONG_REGION = "Pemerintah Daerah Kabupaten Kepulauan Contoh Yang Namanya Sangat Panjang"
            + " Sekali Untuk Menguji Pembungkusan Baris Judul I";
    /** The page's margins (A4, 50 pt each side), with a point of slack for rounding. */
    private static final float LEFT = 49, RIGHT = 595.28f - 49;

    @Test
    void theIndonesianReportPrintsTheRegionalWordsWhereTheyBelong() {
        ReadBack pdf = new ReadBack(report(ReportFixtures.INDONESIAN, KUTAI_TIMUR));
        String cover = flat(pdf.page(1));
        assertTrue(cover.contains("Laporan Monitoring dan Evaluasi Pengelolaan Komunikasi Publik Kabupaten Kutai Timur"
                + " September 2024 Disampaikan kepada Bupati Kutai Timur"), cover);
        assertTrue(cover.contains("5. Kinerja Perangkat Daerah"), cover);
        assertTrue(cover.startsWith(ISSUER.toUpperCase(Locale.ROOT)), cover);
        assertEquals("Laporan Monitoring dan Evaluasi Pengelolaan Komunikasi Publik Kabupaten Kutai Timur \u2014 September 2024",
                pdf.title);
        assertEquals(ISSUER, pdf.author);
        for (int p = 1; p <= pdf.pages.size(); p++) {
            assertTrue(flat(pdf.page(p)).contains("Laporan Monev Pengelolaan Komunikasi Publik Kabupaten Kutai Timur"
                    + " \u00b7 September 2024"), "the running footer of page " + p);
        }
        String all = flat(pdf.text());
        assertTrue(all.contains("atas 3 perangkat daerah aktif, dengan data per"), "running text, without the K/L/D");
        assertTrue(all.contains("Perangkat daerah aktif 3"), "a row header");
        assertTrue(all.contains("ID perangkat daerah"), "a column header");
        assertTrue(all.contains("Jumlah perangkat daerah"), "a chart's axis");
        assertTrue(all.contains("Skor rata-rata keseluruhan"), "not national");
        assertFalse(before(pdf, "7. Kualitas Data").matches("(?is).*\\b(instansi|nasional)\\b.*"), all);
    }

    @Test
    void theEnglishReportPrintsThemToo() {
        ReadBack pdf = new ReadBack(report(Locale.ENGLISH, KUTAI_TIMUR));
        String cover = flat(pdf.page(1));
        assertTrue(cover.contains("Public Communication Management Monitoring and Evaluation Report, Kabupaten Kutai Timur"
                + " September 2024 Submitted to Bupati Kutai Timur"), cover);
        assertTrue(cover.contains("Appendix: Every Active Regional Unit"), cover);
        assertEquals("Public Communication Management Monitoring and Evaluation Report, Kabupaten Kutai Timur \u2014 September 2024",
                pdf.title);
        String all = flat(pdf.text());
        assertTrue(all.contains("across 3 active regional units, with data as of"), all);
        assertTrue(all.contains("Regional unit id"), "a column header");
        assertTrue(all.contains("messages a regional unit clerk can act on"), "the singular with its article");
        assertTrue(all.contains("Overall mean score"), "not national");
        assertFalse(before(pdf, "7. Data Quality").replace("Non-ministerial agencies", "")
                .matches("(?is).*\\b(agency|agencies|national)\\b(?!\\.csv).*"), all);
    }

    @Test
    void theNationalCoverHasNoAddresseeAndItsTitlesNoRegion() {
        ReadBack pdf = new ReadBack(report(ReportFixtures.INDONESIAN, ReportFixtures.NATIONAL));
        String cover = flat(pdf.page(1));
        assertFalse(cover.contains("Disampaikan kepada"), cover);
        assertTrue(cover.contains("Laporan Monitoring dan Evaluasi Pengelolaan Komunikasi Publik September 2024"), cover);
        assertTrue(flat(pdf.text()).contains("3 instansi aktif (kementerian, lembaga, dan pemerintah daerah)"));
        assertEquals("Laporan Monitoring dan Evaluasi Pengelolaan Komunikasi Publik \u2014 September 2024", pdf.title);
    }

    @Test
    void aScorecardsTitlesEndWithTheRegionAndItsWordsAreTheOffices() {
        for (Locale locale : List.of(ReportFixtures.INDONESIAN, Locale.ENGLISH)) {
            AgencyFigures agency = DOCUMENT.figures().agencies().stream()
                    .filter(a -> a.detail().rejectedTotal() == 0).findFirst().orElseThrow(); // core's reject messages aside
            ReadBack pdf = new ReadBack(scorecard(locale, KUTAI_TIMUR, agency));
            String head = flat(pdf.page(1));
            boolean id = locale == ReportFixtures.INDONESIAN;
            String title = id ? "Rapor Pengelolaan Komunikasi Publik Kabupaten Kutai Timur"
                    : "Public Communication Management Scorecard, Kabupaten Kutai Timur";
            assertTrue(head.startsWith(ISSUER.toUpperCase(locale) + " " + title), head);
            assertEquals(title + " \u2014 " + agency.name() + " \u2014 September 2024", pdf.title);
            assertTrue(head.contains(id ? "ID perangkat daerah " + agency.agencyId() : "Regional unit id " + agency.agencyId()), head);
            assertTrue(head.contains(id ? "Rata-rata keseluruhan" : "Overall mean"), head);
            assertFalse(flat(pdf.text()).matches("(?is).*\\b(instansi|nasional|agency|national)\\b.*"), pdf.text());
        }
    }

    @Test
    void aLongRegionIsWrappedNeverCut() throws IOException {
        DocumentWords words = new DocumentWords(ISSUER, "Bupati", LONG_REGION, "perangkat daerah", "regional units");
        assertEquals(120, LONG_REGION.length());
        for (Locale locale : List.of(ReportFixtures.INDONESIAN, Locale.ENGLISH)) {
            byte[] report = report(locale, words);
            ReadBack pdf = new ReadBack(report);
            assertTrue(flat(pdf.page(1)).contains(LONG_REGION), "the cover's title: " + pdf.page(1));
            assertTrue(pdf.title.contains(LONG_REGION), pdf.title);
            for (int p = 1; p <= pdf.pages.size(); p++) {
                // the page number stands beside the footer's first line: read the footer without it
                String page = flat(pdf.page(p).replaceAll("(Halaman|Page) \\d+ (dari|of) \\d+", ""));
                assertTrue(page.contains(LONG_REGION + " \u00b7 September 2024"), "the footer of page " + p
                        + ": " + pdf.page(p));
            }
            assertEquals(List.of(), offThePage(report), "every character between the margins");
            byte[] card = scorecard(locale, words, DOCUMENT.figures().agencies().get(0));
            assertTrue(flat(new ReadBack(card).page(1)).contains(LONG_REGION));
            assertEquals(List.of(), offThePage(card));
        }
    }

    /** The characters drawn left or right of the margins, with their page. */
    private static List<String> offThePage(byte[] pdf) throws IOException {
        List<String> off = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition t : positions) {
                        if (t.getXDirAdj() < LEFT || t.getXDirAdj() + t.getWidthDirAdj() > RIGHT) {
                            off.add("page " + getCurrentPageNo() + ": " + text);
                            return;
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
        }
        return off;
    }

    private static byte[] report(Locale locale, DocumentWords words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinisterReport().render(DOCUMENT, locale, words, out);
        return out.toByteArray();
    }

    private static byte[] scorecard(Locale locale, DocumentWords words, AgencyFigures agency) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinisterReport().scorecards(DOCUMENT, locale, words).write(agency, out);
        return out.toByteArray();
    }

    /**
     * The pages before a section's heading: the data-quality section quotes the rejects' messages,
     * which pcm-core writes, and the method section the law, which speaks of "instansi" on purpose.
     */
    private static String before(ReadBack pdf, String heading) {
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= pdf.pages.size() && !(p > 1 && pdf.page(p).contains(heading)); p++) {
            text.append(pdf.page(p)).append('\n');
        }
        assertTrue(text.length() < pdf.text().length(), "the heading was found");
        return flat(text.toString());
    }

    /** The text with its line breaks and runs of blanks as single spaces. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
