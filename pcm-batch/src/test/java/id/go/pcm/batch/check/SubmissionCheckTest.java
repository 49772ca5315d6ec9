package id.go.pcm.batch.check;

import id.go.pcm.samples.workbook.Cell;
import id.go.pcm.samples.workbook.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --check} of agencies' submissions (SPEC 10.2, 6): a month folder with {@code submissions/} is
 * checked as the month reads it, and one submission alone is checked sheet by sheet, its rejects those
 * the month gives its sheets.
 */
class SubmissionCheckTest {

    private static final String AS_OF = "--as-of=2024-10-10T00:00:00+07:00";
    private static final Instant CREATED = Instant.parse("2024-10-01T00:00:00Z");
    private static final String REPORTS = "report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda";
    private static final String DISSEMINATION = "evidence_id,narrative_id,agency_id,channel,published_at,url,proof_sha256,reach,engagement";

    @TempDir
    Path dir;

    private CheckRun run(String... args) {
        return CheckRun.of(dir.resolve("home"), args);
    }

    private static Path month() {
        return CheckCommandTest.month();
    }

    /** A workbook with the sheets given, each its CSV-like lines (comma-separated, every value a text cell). */
    static void workbook(Path file, String... sheetsAndLines) {
        try (WorkbookWriter workbook = WorkbookWriter.create(file, CREATED)) {
            WorkbookWriter.Sheet sheet = null;
            for (String entry : sheetsAndLines) {
                if (!entry.contains(",")) {
                    sheet = workbook.sheet(entry);
                } else {
                    sheet.row(Arrays.stream(entry.split(",", -1)).map(v -> v.isEmpty() ? null : Cell.text(v)).toList());
                }
            }
        }
    }

    /**
     * The test month with its reports given only by submissions and its dissemination by its own file and
     * then by submissions; one submission not a workbook, and a note that is no submission.
     */
    private Path monthWithSubmissions() throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> files = Files.list(month())) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        Files.delete(input.resolve("reports.csv"));
        Files.writeString(input.resolve("dissemination.csv"), DISSEMINATION + "\n"
                + "E1,N1,JABAR,website,2024-09-02T10:00:00+07:00,https://JABARPROV.go.id/berita/1/,,1.000,10\n");
        Path submissions = Files.createDirectories(input.resolve("submissions"));
        workbook(submissions.resolve("JABAR.xlsx"),
                "reports", REPORTS, "R1,JABAR,2024-09,2024-10-03T10:00:00+07:00,3,12.500,ya,tidak",
                "dissemination", DISSEMINATION,
                // the same link as the folder's own E1: a duplicate only when read after it, as one file
                "E2,N1,JABAR,WEBSITE,2024-09-02T11:00:00+07:00,https://jabarprov.go.id/berita/1#x,,,");
        workbook(submissions.resolve("KEMENKES.xlsx"),
                // R1 again: a duplicate id only when read after JABAR's, as one file
                "reports", REPORTS, "R1,KEMENKES,2024-09,2024-10-02T00:00:00+07:00,1,1,Y,1",
                "dissemination", DISSEMINATION, "E5,N2,KEMENKES,X,2024-09-01T11:00:00+07:00,https://x.com/kemenkes/1,,500,");
        workbook(submissions.resolve("KOTA-BDG.xlsx"),
                "petunjuk", "Isi lembar reports dan dissemination,",
                "reports", "Laporan Kota Bandung,", REPORTS,
                "R2,KOTA-BDG,2024-09,2024-10-06T00:00:00+07:00,0,1,Y,1",
                "R3,KOTA-BDG,2024-09,2024-10-02T00:00:00+07:00,1,1,Y,1",
                "R6,KOTA-BDG,2024-09,2024-10-02T00:00:00+07:00,banyak,1,Y,1",
                "dissemination", DISSEMINATION,
                "E3,N1,KOTA-BDG,baliho,2024-09-10T10:00:00+07:00,,ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789,,",
                "E4,N2,KOTA-BDG,X,2024-09-03T11:00:00+07:00,https://x.com/bdg/1,,500,",
                "E6,N9,KOTA-BDG,X,2024-09-03T11:00:00+07:00,https://x.com/bdg/2,,500,");
        Files.writeString(submissions.resolve("zz-rusak.xlsx"), "bukan buku kerja");
        Files.writeString(submissions.resolve("catatan.txt"), "dikirim lewat email");
        return input;
    }

    private List<String> monthRejects(Path input) throws IOException {
        Path runOut = dir.resolve("run-out");
        CheckRun month = run("--period=2024-09", "--input=" + input, "--output=" + runOut, AS_OF,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("home/db/pcm"));
        assertEquals(0, month.exit(), month.err());
        return Files.readAllLines(runOut.resolve("pcm-rejects-2024-09.csv"));
    }

    @Test
    void aFolderWithSubmissionsIsCheckedAsTheMonthReadsItAndItsRejectsAreTheMonths() throws IOException {
        Path input = monthWithSubmissions();
        Path out = dir.resolve("check-out");
        CheckRun check = run("--check", "--period=2024-09", "--input=" + input, AS_OF, "--output=" + out, "--lang=en");

        assertEquals(3, check.exit(), "a refused submission is an unusable checked file, before the rejected rows: " + check.err());
        assertTrue(check.err().contains("pcm: submissions/zz-rusak.xlsx"), check.err());
        assertTrue(check.out().contains("reports.csv: 5 rows, 3 accepted, 2 rejected"), check.out());
        assertTrue(check.out().contains("dissemination.csv: 6 rows, 3 accepted, 3 rejected"), check.out());
        assertTrue(check.out().contains("submissions/catatan.txt: ignored"), check.out());
        assertFalse(check.out().contains("is missing from"), "reports come from submissions alone: " + check.out());

        List<String> rejects = monthRejects(input);
        assertEquals(rejects, Files.readAllLines(out.resolve("pcm-check-2024-09.csv")), "the check's listing is the month's rejects file");
        assertTrue(rejects.stream().anyMatch(l -> l.startsWith("submissions/KEMENKES.xlsx#reports,2,R1,DUPLICATE_ID")), rejects.toString());
        assertTrue(rejects.stream().anyMatch(l -> l.startsWith("submissions/JABAR.xlsx#dissemination,2,E2,DUPLICATE_EVIDENCE")), rejects.toString());
        assertTrue(rejects.get(rejects.size() - 1).startsWith("submissions/zz-rusak.xlsx,1,,UNUSABLE_FILE"), rejects.toString());
    }

    @Test
    void aSubmissionAloneIsCheckedSheetBySheetWithTheMonthsRejectsForItsSheets() throws IOException {
        Path input = monthWithSubmissions();
        Path out = dir.resolve("check-out");
        // the reference data is the month folder's, above submissions/
        CheckRun check = run("--check", "--period=2024-09", "--input=" + input.resolve("submissions/KOTA-BDG.xlsx"), AS_OF,
                "--output=" + out, "--lang=en");

        assertEquals(4, check.exit(), check.err());
        assertEquals("", check.err());
        assertTrue(check.out().contains("KOTA-BDG.xlsx#reports: 3 rows, 2 accepted, 1 rejected"), check.out());
        assertTrue(check.out().contains("KOTA-BDG.xlsx#dissemination: 3 rows, 2 accepted, 1 rejected"), check.out());
        assertTrue(check.out().contains("  KOTA-BDG.xlsx#reports:5 policies_count: "), check.out());

        List<String> rejects = monthRejects(input);
        List<String> expected = Stream.concat(Stream.of(rejects.get(0)), rejects.stream()
                .filter(l -> l.startsWith("submissions/KOTA-BDG.xlsx#")).map(l -> l.substring("submissions/".length()))).toList();
        assertEquals(3, expected.size(), rejects.toString());
        assertEquals(expected, Files.readAllLines(out.resolve("pcm-check-2024-09.csv")));

        // outside the month folder, the reference data is named
        Path alone = Files.copy(input.resolve("submissions/KOTA-BDG.xlsx"), Files.createDirectories(dir.resolve("mail")).resolve("KOTA-BDG.xlsx"));
        CheckRun unreferenced = run("--check", "--period=2024-09", "--input=" + alone, AS_OF, "--lang=en");
        assertEquals(3, unreferenced.exit());
        assertTrue(unreferenced.err().startsWith("pcm: agencies.csv is not in " + alone.getParent()
                + ", and checking KOTA-BDG.xlsx needs it as reference data"), unreferenced.err());
        Path out2 = dir.resolve("check-out-2");
        CheckRun referenced = run("--check", "--period=2024-09", "--input=" + alone, AS_OF, "--lang=en", "--output=" + out2,
                "--agencies=" + input.resolve("agencies.csv"), "--narratives=" + input.resolve("narratives.csv"));
        assertEquals(4, referenced.exit(), referenced.err());
        assertEquals(expected, Files.readAllLines(out2.resolve("pcm-check-2024-09.csv")));
    }

    @Test
    void aSenderRejectsTheOtherAgenciesRowsOfASubmission() throws IOException {
        Path input = monthWithSubmissions();
        Path submission = input.resolve("submissions/KOTA-BDG.xlsx");
        CheckRun own = run("--check", "--period=2024-09", "--input=" + submission, AS_OF, "--sender=KOTA-BDG", "--lang=en");
        assertEquals(4, own.exit(), own.err());
        assertFalse(own.out().contains("OTHER_AGENCY") || own.out().contains("is sent by"), own.out());

        CheckRun other = run("--check", "--period=2024-09", "--input=" + submission, AS_OF, "--sender=JABAR", "--lang=en");
        assertEquals(4, other.exit(), other.err());
        assertTrue(other.out().contains("KOTA-BDG.xlsx#reports: 3 rows, 0 accepted, 3 rejected"), other.out());
        assertTrue(other.out().contains("KOTA-BDG.xlsx#dissemination: 3 rows, 0 accepted, 3 rejected"), other.out());
        assertTrue(other.out().contains("KOTA-BDG.xlsx#reports:3 agency_id: "), other.out());

        CheckRun nobody = run("--check", "--period=2024-09", "--input=" + submission, AS_OF, "--sender=NOBODY");
        assertEquals(2, nobody.exit(), nobody.err());
    }

    @Test
    void aSubmissionRefusedWholeIsExit3AndASheetRefusedIsListedAndExit3() throws IOException {
        Path input = monthWithSubmissions();
        Path out = dir.resolve("check-out");
        CheckRun broken = run("--check", "--period=2024-09", "--input=" + input.resolve("submissions/zz-rusak.xlsx"), AS_OF,
                "--output=" + out, "--lang=en");
        assertEquals(3, broken.exit(), broken.err());
        assertTrue(broken.err().startsWith("pcm: zz-rusak.xlsx"), broken.err());
        List<String> listed = Files.readAllLines(out.resolve("pcm-check-2024-09.csv"));
        assertEquals(2, listed.size(), listed.toString());
        assertTrue(listed.get(1).startsWith("zz-rusak.xlsx,1,,UNUSABLE_FILE,,"), listed.toString());

        Path neither = input.resolve("submissions/LAIN.xlsx");
        workbook(neither, "Sheet1", "a,b");
        CheckRun noSheet = run("--check", "--period=2024-09", "--input=" + neither, AS_OF, "--lang=en");
        assertEquals(3, noSheet.exit(), noSheet.err());
        assertTrue(noSheet.err().startsWith("pcm: LAIN.xlsx has neither a worksheet named reports nor one named dissemination"),
                noSheet.err());

        // a reports sheet without its agency_id column is refused; the dissemination sheet is still checked
        Path half = input.resolve("submissions/SEPARUH.xlsx");
        workbook(half, "reports", "report_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda",
                "R9,2024-09,2024-10-02T00:00:00+07:00,1,1,Y,1",
                "dissemination", DISSEMINATION, "E9,N1,JABAR,website,2024-09-03T10:00:00+07:00,https://jabarprov.go.id/berita/9,,,");
        Path out2 = dir.resolve("check-out-2");
        CheckRun sheet = run("--check", "--period=2024-09", "--input=" + half, AS_OF, "--lang=en", "--output=" + out2);
        assertEquals(3, sheet.exit(), "a refused sheet is an unusable checked file, though the other sheet is clean: " + sheet.err());
        assertTrue(sheet.err().startsWith("pcm: SEPARUH.xlsx#reports"), sheet.err());
        assertTrue(sheet.out().contains("SEPARUH.xlsx#dissemination: 1 rows, 1 accepted, 0 rejected"), sheet.out());
        List<String> sheetListed = Files.readAllLines(out2.resolve("pcm-check-2024-09.csv"));
        assertEquals(2, sheetListed.size(), sheetListed.toString());
        assertTrue(sheetListed.get(1).startsWith("SEPARUH.xlsx#reports,1,,UNUSABLE_FILE,,"), sheetListed.toString());

        Path clean = input.resolve("submissions/BERSIH.xlsx");
        workbook(clean, "dissemination", DISSEMINATION, "E9,N1,JABAR,website,2024-09-03T10:00:00+07:00,https://jabarprov.go.id/berita/9,,,");
        CheckRun ok = run("--check", "--period=2024-09", "--input=" + clean, AS_OF, "--lang=en");
        assertEquals(0, ok.exit(), ok.err() + ok.out());
    }
}
