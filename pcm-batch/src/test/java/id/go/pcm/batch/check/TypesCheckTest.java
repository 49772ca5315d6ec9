package id.go.pcm.batch.check;

import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.batch.output.RejectSpool;
import id.go.pcm.validation.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --check} with types of body as data (SPEC 9.1's last bullet, SPEC 6): where the reference
 * types come from ({@code --types}, the {@code types.csv} beside the reference agencies, the national
 * ones), a folder's own {@code types.csv} checked as a file, and every way a faulty one is refused.
 * The oracle is the month's run: the batch job, or the library's evaluation of the folder.
 */
class TypesCheckTest {

    private static final String AS_OF_TEXT = "2024-10-10T00:00:00+07:00";
    private static final String AS_OF = "--as-of=" + AS_OF_TEXT;
    private static final String HEADER = String.join(",", RejectSpool.HEADER) + "\n";

    @TempDir
    Path dir;

    private CheckRun run(String... args) {
        return CheckRun.of(dir.resolve("home"), args);
    }

    /** @return the check's listing of every reject, written with {@code --output} */
    private String listing(Path out) throws IOException {
        return Files.readString(out.resolve("pcm-check-2024-09.csv"));
    }

    /**
     * The month's rejects as the library's evaluation of the folder gives them, in the form of the
     * rejects file (the oracle of SPEC 6: a check's rejects are the month's).
     */
    private String monthsRejects(Path folder, AgencyTypes types, String onlyFile) throws IOException {
        MonevResult month = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse(AS_OF_TEXT)).withTypes(types).evaluate(folder);
        Path spool = Files.createTempFile(dir, "oracle", ".csv");
        try (RejectSpool rejects = new RejectSpool(spool)) {
            for (Reject reject : month.rejects()) {
                if (onlyFile == null || reject.file().equals(onlyFile)) {
                    rejects.add(reject);
                }
            }
        }
        return HEADER + Files.readString(spool);
    }

    /** @return a types.csv of the office's own, apart from any month folder */
    private Path officeTypes(String content) throws IOException {
        Path typesCsv = Files.createDirectories(dir.resolve("office")).resolve("types.csv");
        Files.writeString(typesCsv, content);
        return typesCsv;
    }

    @Test
    void aFoldersOwnTypesAreTheReferenceItIsCheckedAsAFileAndTheRejectsAreTheMonthRunsRejects() throws IOException {
        Path folder = RegionalMonth.write(dir.resolve("regional"), true);
        Path out = dir.resolve("check-out");
        CheckRun check = run("--check", "--period=2024-09", "--input=" + folder, AS_OF, "--output=" + out, "--lang=en");

        assertEquals(4, check.exit(), check.err());
        assertEquals("", check.err());
        assertTrue(check.out().contains("PCM: checking 6 files of 2024-09"), check.out());
        assertTrue(check.out().contains("types.csv: 3 rows, 3 accepted, 0 rejected\n"), check.out());
        assertTrue(check.out().contains("agencies.csv: 9 rows, 5 accepted, 4 rejected\n"), check.out());
        assertTrue(check.out().contains("agencies.csv:7 region_code: "), "a desa not under its kecamatan: " + check.out());

        Path runOut = dir.resolve("run-out");
        CheckRun month = run("--period=2024-09", "--input=" + folder, "--output=" + runOut, AS_OF,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("home/db/pcm"));
        assertEquals(0, month.exit(), month.err());
        String runsRejects = Files.readString(runOut.resolve("pcm-rejects-2024-09.csv"));
        assertEquals(runsRejects, listing(out), "the check's rejects of a regional month are the month's rejects file");
        assertEquals(monthsRejects(folder, AgencyTypes.read(folder.resolve("types.csv")), null), runsRejects, "the library agrees with the job");
    }

    @Test
    void typesGivenWithTheFlagAreTheReferenceOfAFolderThatHasNone() throws IOException {
        Path folder = RegionalMonth.write(dir.resolve("regional"), false);
        Path typesCsv = officeTypes(RegionalMonth.TYPES);
        AgencyTypes regional = AgencyTypes.read(typesCsv);

        Path out = dir.resolve("flag-out");
        CheckRun flagged = run("--check", "--period=2024-09", "--input=" + folder, AS_OF, "--types=" + typesCsv, "--output=" + out);
        assertEquals(4, flagged.exit(), flagged.err());
        assertEquals(monthsRejects(folder, regional, null), listing(out));
        assertFalse(flagged.out().contains("types.csv:"), "the folder has no types.csv to check: " + flagged.out());

        Path nationalOut = dir.resolve("national-out");
        CheckRun national = run("--check", "--period=2024-09", "--input=" + folder, AS_OF, "--output=" + nationalOut);
        assertEquals(4, national.exit(), national.err());
        assertEquals(monthsRejects(folder, AgencyTypes.national(), null), listing(nationalOut),
                "without --types and without a types.csv beside the agencies, the national types");
        assertNotEquals(listing(out), listing(nationalOut), "the types make the difference");
        assertTrue(national.out().contains("agencies.csv: 9 rows, 1 accepted, 8 rejected"), national.out());
    }

    @Test
    void theTypesBesideTheReferenceAgenciesAreTheReferenceOfAFileCheckedAlone() throws IOException {
        Path reference = RegionalMonth.write(dir.resolve("reference"), true);
        Path alone = Files.createDirectories(dir.resolve("clerk"));
        Files.writeString(alone.resolve("reports.csv"), RegionalMonth.REPORTS);

        Path out = dir.resolve("beside-out");
        CheckRun check = run("--check", "--period=2024-09", "--input=" + alone.resolve("reports.csv"), AS_OF,
                "--agencies=" + reference.resolve("agencies.csv"), "--output=" + out);
        assertEquals(4, check.exit(), check.err());
        assertEquals(monthsRejects(reference, AgencyTypes.read(reference.resolve("types.csv")), "reports.csv"), listing(out),
                "read with the regional types, only R4 (for a rejected desa) is rejected");
        assertTrue(check.out().contains("reports.csv: 4 rows, 3 accepted, 1 rejected"), check.out());

        Files.delete(reference.resolve("types.csv"));
        CheckRun national = run("--check", "--period=2024-09", "--input=" + alone.resolve("reports.csv"), AS_OF,
                "--agencies=" + reference.resolve("agencies.csv"));
        assertTrue(national.out().contains("reports.csv: 4 rows, 0 accepted, 4 rejected"),
                "with the national types no agency but the province is accepted: " + national.out());
    }

    @Test
    void aTypesCsvIsCheckedOnItsOwnWithoutReferenceData() throws IOException {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Files.writeString(alone.resolve("types.csv"), RegionalMonth.TYPES);
        CheckRun clean = run("--check", "--period=2024-09", "--input=" + alone.resolve("types.csv"), AS_OF);
        assertEquals(0, clean.exit(), clean.err());
        assertEquals("PCM: checking 1 file of 2024-09 as of 2024-10-10T00:00+07:00\ntypes.csv: 3 rows, 3 accepted, 0 rejected\n",
                clean.out());

        Files.writeString(alone.resolve("types.csv"), RegionalMonth.FAULTY_TYPES);
        Path out = dir.resolve("faulty-out");
        CheckRun english = run("--check", "--period=2024-09", "--input=" + alone.resolve("types.csv"), AS_OF, "--lang=en",
                "--output=" + out);
        CheckRun indonesian = run("--check", "--period=2024-09", "--input=" + alone.resolve("types.csv"), AS_OF);
        assertEquals(3, english.exit(), english.err());
        assertEquals("pcm: types.csv line 4, column parent_type: \"KELURAHAN\" is the type of no row of types.csv: write the type"
                + " of another row exactly, or leave it empty.\n", english.err());
        assertEquals(3, indonesian.exit());
        assertTrue(indonesian.err().startsWith("pcm: types.csv baris 4, kolom parent_type: "), indonesian.err());
        List<String> rows = Files.readAllLines(out.resolve("pcm-check-2024-09.csv"));
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(1).startsWith("types.csv,1,,UNUSABLE_FILE,,"), rows.get(1));
    }

    @Test
    void aFaultyReferenceTypesCsvIsExit3NamingItsLineAndColumn() throws IOException {
        Path folder = RegionalMonth.write(dir.resolve("regional"), false);
        Path typesCsv = officeTypes(RegionalMonth.FAULTY_TYPES);

        CheckRun given = run("--check", "--period=2024-09", "--input=" + folder.resolve("reports.csv"), AS_OF, "--lang=en",
                "--types=" + typesCsv);
        assertEquals(3, given.exit(), given.err());
        assertTrue(given.err().startsWith("pcm: types.csv line 4, column parent_type: "), given.err());
        assertEquals("", given.out(), "no file is checked against types that cannot be read");

        Files.writeString(folder.resolve("types.csv"), RegionalMonth.FAULTY_TYPES);
        CheckRun beside = run("--check", "--period=2024-09", "--input=" + folder, AS_OF, "--lang=en", "--output=" + dir.resolve("o"));
        assertEquals(3, beside.exit(), beside.err());
        assertEquals("pcm: types.csv line 4, column parent_type: \"KELURAHAN\" is the type of no row of types.csv: write the type"
                + " of another row exactly, or leave it empty.\n", beside.err(), "the folder's own types.csv, refused once");

        CheckRun missing = run("--check", "--period=2024-09", "--input=" + folder.resolve("reports.csv"), AS_OF, "--lang=en",
                "--types=" + dir.resolve("nowhere/jenis.csv"));
        assertEquals(3, missing.exit());
        assertEquals("pcm: jenis.csv is not in " + dir.resolve("nowhere").toAbsolutePath() + ": check the file's name and folder.\n",
                missing.err());
    }

    @Test
    void aFoldersFaultyTypesCsvCheckedAgainstOtherTypesIsThatFilesRefusalAndTheOthersAreStillChecked() throws IOException {
        Path folder = RegionalMonth.write(dir.resolve("regional"), false);
        Files.writeString(folder.resolve("types.csv"), RegionalMonth.FAULTY_TYPES);
        Path typesCsv = officeTypes(RegionalMonth.TYPES);

        CheckRun check = run("--check", "--period=2024-09", "--input=" + folder, AS_OF, "--lang=en", "--types=" + typesCsv);
        assertEquals(3, check.exit(), "3 comes before 4: " + check.err());
        assertTrue(check.err().startsWith("pcm: types.csv line 4, column parent_type: "), check.err());
        assertTrue(check.out().contains("agencies.csv: 9 rows, 5 accepted, 4 rejected"), "the others are checked: " + check.out());
    }

    @Test
    void anEmptyTypesOptionIsABadArgumentAndTheRunTakesNone() {
        CheckRun empty = run("--check", "--period=2024-09", "--input=" + dir, "--types=");
        assertEquals(2, empty.exit());
        assertEquals("pcm: --types is empty; give the types.csv to check against, or leave --types out.\n", empty.err());
        CheckRun inARun = run("--period=2024-09", "--input=" + dir, "--output=" + dir.resolve("o"), "--types=" + dir.resolve("t.csv"));
        assertEquals(2, inARun.exit());
        assertEquals("pcm: --types is used only with --check; see --help.\n", inARun.err());
    }

    @Test
    void helpDescribesTheTypesOption() {
        CheckRun help = run("--help");
        assertTrue(help.out().contains("--types=FILE               the types of body (types.csv) to check against"), help.out());
    }
}
