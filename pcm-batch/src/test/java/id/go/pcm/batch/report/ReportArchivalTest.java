package id.go.pcm.batch.report;

import id.go.pcm.batch.output.FiguresDocument;
import org.junit.jupiter.api.Test;

import java.util.Locale;

/** The report is PDF/A-1b, as veraPDF's validation library judges it, in both editions and for a small month. */
class ReportArchivalTest {

    @Test
    void theIndonesianEditionAtNationalScaleIsPdfA1b() throws Exception {
        assertPdfA1b(ReportFixtures.national(), ReportFixtures.INDONESIAN);
    }

    @Test
    void theEnglishEditionAtNationalScaleIsPdfA1b() throws Exception {
        assertPdfA1b(ReportFixtures.national(), Locale.ENGLISH);
    }

    @Test
    void aSmallMonthWithoutHistoryIsPdfA1b() throws Exception {
        assertPdfA1b(ReportFixtures.small(), ReportFixtures.INDONESIAN);
    }

    @Test
    void namesInSeveralScriptsWithTheirFallbackFontsArePdfA1b() throws Exception {
        assertPdfA1b(ReportFixtures.scripts(), ReportFixtures.INDONESIAN);
    }

    private static void assertPdfA1b(FiguresDocument document, Locale locale) throws Exception {
        PdfA.assertPdfA1b(ReportFixtures.render(document, locale));
    }
}
