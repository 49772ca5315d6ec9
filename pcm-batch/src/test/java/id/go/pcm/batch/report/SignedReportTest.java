package id.go.pcm.batch.report;

import id.go.pcm.batch.sign.KeySource;
import id.go.pcm.batch.sign.PdfSigner;
import id.go.pcm.batch.sign.SignedPdfs;
import id.go.pcm.batch.sign.SigningKey;
import id.go.pcm.batch.sign.TestKeys;
import id.go.pcm.batch.sign.Tools;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signed report (SPEC 8), as readers see it: poppler's {@code pdfsig} verifies it and refuses it
 * once a signed byte changes, veraPDF still finds PDF/A-1b, the document's information and XMP are
 * those of the unsigned PDF, the cover names the signer, and signing again gives the same bytes.
 */
class SignedReportTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-10-10T00:00:00+07:00");

    @TempDir
    static Path dir;
    private static SigningKey key;
    private static byte[] unsigned;
    private static byte[] signed;

    @BeforeAll
    static void sign() throws Exception {
        Path store = TestKeys.create().pkcs12(dir.resolve("pcm.p12"));
        key = SigningKey.open(new KeySource(KeySource.Kind.PKCS12, store, null), TestKeys.environment(), AS_OF, Instant.now());
        unsigned = render(key.subject());
        signed = sign(unsigned);
    }

    @AfterAll
    static void close() {
        key.close();
    }

    private static byte[] render(String signer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinisterReport().render(ReportFixtures.small(), ReportFixtures.INDONESIAN, ReportFixtures.NATIONAL, signer, out);
        return out.toByteArray();
    }

    private static byte[] sign(byte[] pdf) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfSigner(key, AS_OF).sign(pdf, out);
        return out.toByteArray();
    }

    @Test
    void pdfsigFindsOneValidSignatureByTheSignerAtTheAsOfOverTheWholeDocument() throws Exception {
        Path file = Files.write(dir.resolve("signed.pdf"), signed);
        Tools.Ran ran = Tools.pdfsig(file);
        assertTrue(ran.output().contains("Signature #1"), ran.output());
        assertTrue(!ran.output().contains("Signature #2"), ran.output());
        assertTrue(ran.output().contains("Signature Validation: Signature is Valid."), ran.output());
        assertTrue(ran.output().contains("Signer Certificate Common Name: Kementerian Komunikasi dan Digital (uji)"), ran.output());
        assertTrue(ran.output().contains("Signature Type: adbe.pkcs7.detached"), ran.output());
        assertTrue(ran.output().contains("Total document signed"), ran.output());
        assertTrue(ran.output().contains("Signing Time: Oct 09 2024 17:00:00")
                || ran.output().contains("Signing Time: Oct 10 2024 00:00:00"), ran.output());
    }

    @Test
    void oneChangedByteInsideTheSignedRangeMakesItInvalid() throws Exception {
        Path file = Files.write(dir.resolve("changed.pdf"), SignedPdfs.changeOneSignedByte(signed));
        Tools.Ran ran = Tools.pdfsig(file);
        assertTrue(ran.output().contains("Signature #1"), ran.output());
        assertTrue(!ran.output().contains("Signature is Valid."), ran.output());
        assertTrue(ran.output().contains("Digest Mismatch") || ran.output().contains("Signature is Invalid"), ran.output());
    }

    @Test
    void theSignedReportIsStillPdfA1b() throws Exception {
        PdfA.assertPdfA1b(signed);
    }

    @Test
    void theSignatureIsAnIncrementalUpdateThatLeavesInformationAndXmpAsTheyWere() throws Exception {
        assertArrayEquals(unsigned, Arrays.copyOf(signed, unsigned.length), "the unsigned document's bytes, then the update");
        try (PDDocument before = Loader.loadPDF(unsigned); PDDocument after = Loader.loadPDF(signed)) {
            assertEquals(before.getDocumentInformation().getCOSObject().toString(),
                    after.getDocumentInformation().getCOSObject().toString(), "the information dictionary");
            assertArrayEquals(before.getDocumentCatalog().getMetadata().toByteArray(),
                    after.getDocumentCatalog().getMetadata().toByteArray(), "the XMP metadata");
            assertEquals(before.getDocument().getDocumentID().toString(), after.getDocument().getDocumentID().toString(),
                    "the file id");
            List<PDSignature> signatures = after.getSignatureDictionaries();
            assertEquals(1, signatures.size());
            assertEquals("adbe.pkcs7.detached", signatures.get(0).getSubFilter());
            assertEquals("Kementerian Komunikasi dan Digital (uji)", signatures.get(0).getName(), "/Name, the signer's CN");
            assertEquals(AS_OF.toInstant(), signatures.get(0).getSignDate().toInstant(), "/M is the as-of time");
        }
    }

    @Test
    void theCoverNamesTheSignerAndTheTime() {
        String cover = new ReadBack(signed).pages.get(0).replaceAll("\\s+", " ");
        assertTrue(cover.contains("Ditandatangani secara elektronik oleh " + TestKeys.SUBJECT + " pada 10 Oktober 2024"), cover);
        String english = new ReadBack(renderEnglish()).pages.get(0).replaceAll("\\s+", " ");
        assertTrue(english.contains("Electronically signed by " + TestKeys.SUBJECT + " on 10 October 2024"), english);
    }

    private static byte[] renderEnglish() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinisterReport().render(ReportFixtures.small(), Locale.ENGLISH, ReportFixtures.NATIONAL, key.subject(), out);
        return out.toByteArray();
    }

    @Test
    void signingTheSameReportAgainGivesTheSameBytes() throws Exception {
        assertArrayEquals(signed, sign(render(key.subject())));
    }
}
