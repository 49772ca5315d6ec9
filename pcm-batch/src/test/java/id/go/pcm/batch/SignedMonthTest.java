package id.go.pcm.batch;

import id.go.pcm.batch.report.PdfA;
import id.go.pcm.batch.sign.SignedPdfs;
import id.go.pcm.batch.sign.TestKeys;
import id.go.pcm.batch.sign.Tools;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A signed month (SPEC 8), run as the operator runs it with a PKCS#12 key made in the test: the
 * report verifies in {@code pdfsig} and stays PDF/A-1b, the data files' {@code .p7s} verify in
 * {@code openssl cms}, a changed byte does not, two runs give the same bytes, the set keeps its
 * signatures whole (an unsigned run removes them; a refused run signs its rejects), a restart resumes
 * only with the key it began with, and the password is nowhere in the log, the console or the job
 * repository.
 */
class SignedMonthTest {

    private static final String AS_OF = "--as-of=2024-10-10T00:00:00+07:00";
    private static final List<String> SIGNED_SET = List.of("pcm-figures-2024-09.json", "pcm-figures-2024-09.json.p7s",
            "pcm-rapor-2024-09", "pcm-rejects-2024-09.csv", "pcm-rejects-2024-09.csv.p7s", "pcm-report-2024-09.pdf");

    @TempDir
    static Path keys;
    private static Path store;
    private static Path otherStore;
    private static Path ca;

    @TempDir
    Path dir;
    private Runs runs;
    private Path home;
    private Path out;

    @BeforeAll
    static void makeKeys() {
        TestKeys test = TestKeys.create();
        store = test.pkcs12(keys.resolve("pcm.p12"));
        ca = test.caPem(keys.resolve("ca.pem"));
        otherStore = TestKeys.create().pkcs12(keys.resolve("other.p12"));
    }

    @BeforeEach
    void setUp() {
        home = dir.resolve("home");
        runs = new Runs(home);
        out = dir.resolve("out");
    }

    private Runs.Result september(Path keyStore, String... extra) {
        List<String> args = new ArrayList<>(List.of("--period=2024-09", "--input=" + Runs.month("2024-09"), "--output=" + out,
                AS_OF));
        if (keyStore != null) {
            args.add("--sign-keystore=" + keyStore);
        }
        args.addAll(List.of(extra));
        return runs.runIn(TestKeys.environment(), args.toArray(String[]::new));
    }

    @Test
    void aSignedMonthVerifiesInTheReadersAndAChangedByteDoesNot() throws Exception {
        Runs.Result result = september(store);

        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("signed by " + TestKeys.SUBJECT), result.out());
        assertEquals(SIGNED_SET, OperatorNames.of(out));
        Path report = out.resolve("pcm-report-2024-09.pdf");
        List<Path> pdfs = pdfsOf(out);
        assertTrue(pdfs.contains(report), pdfs.toString());
        assertTrue(pdfs.contains(out.resolve("pcm-rapor-2024-09/JABAR.pdf")), "every scorecard is signed too: " + pdfs);
        for (Path pdf : pdfs) {
            Tools.Ran pdfsig = Tools.pdfsig(pdf);
            assertTrue(pdfsig.output().contains("Signature Validation: Signature is Valid."), pdf + ": " + pdfsig.output());
            assertTrue(pdfsig.output().contains("Total document signed"), pdf + ": " + pdfsig.output());
            PdfA.assertPdfA1b(Files.readAllBytes(pdf));
        }
        assertTrue(coverText(report).contains("Ditandatangani secara elektronik oleh " + TestKeys.SUBJECT
                + " pada 10 Oktober 2024"), coverText(report));
        for (String data : List.of("pcm-figures-2024-09.json", "pcm-rejects-2024-09.csv")) {
            Tools.Ran verified = Tools.opensslVerify(out.resolve(data), out.resolve(data + ".p7s"), ca);
            assertEquals(0, verified.exit(), data + ": " + verified.output());
        }

        Path changedReport = Files.write(dir.resolve("changed.pdf"), SignedPdfs.changeOneSignedByte(Files.readAllBytes(report)));
        assertFalse(Tools.pdfsig(changedReport).output().contains("Signature is Valid."));
        Path json = out.resolve("pcm-figures-2024-09.json");
        Path changedJson = Files.writeString(dir.resolve("changed.json"), Files.readString(json).replaceFirst("2024-09", "2024-08"));
        assertFalse(Files.mismatch(json, changedJson) == -1, "the copy differs");
        Tools.Ran refused = Tools.opensslVerify(changedJson, out.resolve("pcm-figures-2024-09.json.p7s"), ca);
        assertTrue(refused.exit() != 0 && refused.output().contains("Verification failure"), refused.output());

        assertPasswordNowhere(result);
    }

    @Test
    void twoRunsWithTheSameInputsAsOfAndKeyGiveTheSameBytes() throws IOException {
        assertEquals(0, september(store).exit());
        Map<String, byte[]> first = contents(out);
        Runs.Result again = september(store);

        assertEquals(0, again.exit(), again.err());
        Map<String, byte[]> second = contents(out);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    }

    @Test
    void theSignaturesComeAndGoWithTheSetAndARefusedRunSignsItsRejects() throws IOException {
        Runs.Result refused = september(store, "--max-reject-ratio=0.3");
        assertEquals(4, refused.exit(), refused.err());
        Path refusedRejects = out.resolve("pcm-rejects-2024-09-refused.csv");
        assertEquals(List.of("pcm-rejects-2024-09-refused.csv", "pcm-rejects-2024-09-refused.csv.p7s"), OperatorNames.of(out));
        Tools.Ran verified = Tools.opensslVerify(refusedRejects, out.resolve("pcm-rejects-2024-09-refused.csv.p7s"), ca);
        assertEquals(0, verified.exit(), verified.output());

        assertEquals(0, september(store).exit());
        assertEquals(SIGNED_SET, OperatorNames.of(out), "the month's next successful run removes the refused file and its signature");

        Runs.Result unsigned = september(null);
        assertEquals(0, unsigned.exit(), unsigned.err());
        assertEquals(List.of("pcm-figures-2024-09.json", "pcm-rapor-2024-09", "pcm-rejects-2024-09.csv", "pcm-report-2024-09.pdf"),
                OperatorNames.of(out), "a run that signs nothing removes the signatures of the signed one");
        assertFalse(Tools.pdfsig(out.resolve("pcm-report-2024-09.pdf")).output().contains("Signature #1"));
    }

    @Test
    void aFailedSignedRunResumesOnlyWithTheKeyItBeganWith() throws Exception {
        Path report = out.resolve("pcm-report-2024-09.pdf");
        Files.createDirectories(report.resolve("in-the-way"));
        assertEquals(1, september(store).exit(), "a folder where the report goes fails the publication");
        Files.delete(report.resolve("in-the-way"));
        Files.delete(report);

        Runs.Result otherKey = september(otherStore);
        assertEquals(0, otherKey.exit(), otherKey.err());
        assertTrue(otherKey.out().contains("starting attempt 2"), "another key is another attempt: " + otherKey.out());

        Files.delete(report);
        Files.createDirectories(report.resolve("in-the-way"));
        assertEquals(1, september(store).exit());
        Files.delete(report.resolve("in-the-way"));
        Files.delete(report);
        Runs.Result resumed = september(store);
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().contains("resuming attempt 3"), resumed.out());
        Tools.Ran pdfsig = Tools.pdfsig(report);
        assertTrue(pdfsig.output().contains("Signature is Valid."), pdfsig.output());
        for (String data : List.of("pcm-figures-2024-09.json", "pcm-rejects-2024-09.csv")) {
            assertEquals(0, Tools.opensslVerify(out.resolve(data), out.resolve(data + ".p7s"), ca).exit(), data);
        }
        assertEquals(List.of("PKCS12 " + store, "PKCS12 " + otherStore, "PKCS12 " + store, "PKCS12 " + store),
                signKeysRecorded(), "attempt 1, attempt 2 with the other key, attempt 3 and its restart");
    }

    /** The password is in no log line, no console line, no job parameter, and no file of the run's home. */
    private void assertPasswordNowhere(Runs.Result result) throws Exception {
        assertFalse(result.out().contains(TestKeys.PASSWORD) || result.err().contains(TestKeys.PASSWORD));
        Path log = home.resolve("logs/pcm-batch.log");
        assertTrue(Files.isRegularFile(log), "the run logged");
        assertFalse(Files.readString(log).contains(TestKeys.PASSWORD), "the log holds the password");
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/pcm"), "sa", "");
             ResultSet parameters = db.createStatement().executeQuery(
                     "select parameter_name, parameter_value from batch_job_execution_params")) {
            int seen = 0;
            while (parameters.next()) {
                seen++;
                assertFalse(parameters.getString(2).contains(TestKeys.PASSWORD), parameters.getString(1));
            }
            assertTrue(seen > 0, "the run's parameters were read");
        }
        byte[] password = TestKeys.PASSWORD.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertEquals(-1, indexOf(Files.readAllBytes(file), password), file + " holds the password");
            }
        }
    }

    /** The store of each execution's signing key, in execution order, as the job repository recorded it. */
    private List<String> signKeysRecorded() throws Exception {
        List<String> keysRecorded = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db/pcm"), "sa", "");
             ResultSet rows = db.createStatement().executeQuery("select parameter_value from batch_job_execution_params"
                     + " where parameter_name = 'signKey' order by job_execution_id")) {
            while (rows.next()) {
                String value = rows.getString(1);
                keysRecorded.add(value.substring(0, value.indexOf(" alias=")));
            }
        }
        return keysRecorded;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Every PDF of the month's set: the report, and each scorecard in its folder once the set has them. */
    private static List<Path> pdfsOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf") && Files.isRegularFile(f))
                    .filter(f -> !folder.relativize(f).toString().startsWith(".")).sorted().toList();
        }
    }

    private static String coverText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Every file of the set by its path in the folder, the scorecards' folder walked into. */
    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        for (String name : OperatorNames.of(folder)) {
            Path entry = folder.resolve(name);
            if (Files.isDirectory(entry)) {
                for (String inside : OperatorNames.of(entry)) {
                    contents.put(name + "/" + inside, Files.readAllBytes(entry.resolve(inside)));
                }
            } else {
                contents.put(name, Files.readAllBytes(entry));
            }
        }
        return contents;
    }

    /** What the operator sees in a folder: its files' names, sorted, hidden working files left out. */
    private static final class OperatorNames {
        static List<String> of(Path folder) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
            }
        }
    }
}
