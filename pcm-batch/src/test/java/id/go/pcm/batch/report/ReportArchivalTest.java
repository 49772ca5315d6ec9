package id.go.pcm.batch.report;

import id.go.pcm.batch.output.FiguresDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report is PDF/A-1b, as veraPDF's validation library judges it, in both editions and for a small month. */
class ReportArchivalTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

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
        byte[] pdf = ReportFixtures.render(document, locale);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            assertEquals(PDFAFlavour.PDFA_1_B, parser.getFlavour(), "the document declares PDF/A-1b in its XMP metadata");
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), "veraPDF found:\n" + failures);
        }
    }
}
