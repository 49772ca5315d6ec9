package id.go.pcm.batch.check;

import id.go.pcm.batch.PcmBatchApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --check} on the command line (SPEC 6): what it prints, writes and exits with. */
class CheckCommandTest {

    private static final String AS_OF = "--as-of=2024-10-10T00:00:00+07:00";

    @TempDir
    Path dir;

    private CheckRun run(String... args) {
        return CheckRun.of(dir.resolve("home"), args);
    }

    /** @return the test month the check tests start from */
    static Path month() {
        try {
            return Path.of(CheckCommandTest.class.getResource("/months/2024-09").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path copyOfMonth() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> files = Files.list(month())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void aFolderIsCheckedFileByFileAndItsRejectsAreThoseOfTheMonthsRun() throws IOException {
        Path out = dir.resolve("check-out");
        CheckRun check = run("--check", "--period=2024-09", "--input=" + month(), AS_OF, "--output=" + out);

        assertEquals(4, check.exit(), check.err());
        assertEquals("", check.err());
        assertTrue(check.out().contains("agencies.csv: 4 rows, 3 accepted, 1 rejected"), check.out());
        assertTrue(check.out().contains("dissemination.csv: 5 rows, 3 accepted, 2 rejected"), check.out());
        assertTrue(check.out().contains("narratives.csv: 2 rows, 2 accepted, 0 rejected"), check.out());
        assertFalse(Files.exists(dir.resolve("home/db")), "no job database");

        Path runOut = dir.resolve("run-out");
        CheckRun month = run("--period=2024-09", "--input=" + month(), "--output=" + runOut, AS_OF,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("home/db/pcm"));
        assertEquals(0, month.exit(), month.err());
        assertEquals(Files.readString(runOut.resolve("pcm-rejects-2024-09.csv")), Files.readString(out.resolve("pcm-check-2024-09.csv")),
                "the check's rejects of the five files are the month's rejects file");
    }

    @Test
    void eachRejectIsPrintedAsFileLineColumnMessageInTheChosenLanguage() {
        CheckRun indonesian = run("--check", "--period=2024-09", "--input=" + month().resolve("dissemination.csv"), AS_OF);
        CheckRun english = run("--check", "--period=2024-09", "--input=" + month().resolve("dissemination.csv"), AS_OF, "--lang=en");

        assertEquals(4, indonesian.exit());
        List<String> idLines = indonesian.out().lines().filter(l -> l.startsWith("  dissemination.csv:")).toList();
        List<String> enLines = english.out().lines().filter(l -> l.startsWith("  dissemination.csv:")).toList();
        assertEquals(2, idLines.size(), indonesian.out());
        assertEquals(2, enLines.size(), english.out());
        assertTrue(enLines.stream().anyMatch(l -> l.matches("  dissemination\\.csv:\\d+ [a-z_]+: .*")), english.out());
        assertFalse(idLines.equals(enLines), "the messages differ by language");
        assertTrue(english.out().startsWith("PCM: checking 1 file of 2024-09 as of 2024-10-10T00:00+07:00\n"), english.out());
    }

    @Test
    void aCleanFileIsExit0() throws IOException {
        CheckRun check = run("--check", "--period=2024-09", "--input=" + month().resolve("narratives.csv"), AS_OF);
        assertEquals(0, check.exit(), check.out() + check.err());
        assertEquals("PCM: checking 1 file of 2024-09 as of 2024-10-10T00:00+07:00\nnarratives.csv: 2 rows, 2 accepted, 0 rejected\n",
                check.out());
    }

    @Test
    void aSenderRejectsTheRowsOfOtherAgencies() {
        CheckRun check = run("--check", "--period=2024-09", "--input=" + month().resolve("reports.csv"), AS_OF, "--lang=en",
                "--sender=JABAR");
        assertEquals(4, check.exit(), check.err());
        assertTrue(check.out().contains("; the file is sent by JABAR: send this row from "), check.out());
    }

    @Test
    void aSenderThatIsNoAgencyIsABadArgument() {
        CheckRun check = run("--check", "--period=2024-09", "--input=" + month(), AS_OF, "--sender=NOBODY");
        assertEquals(2, check.exit());
        assertEquals("pcm: --sender=NOBODY is not an accepted agency of the month's agencies.csv; give the sending agency's"
                + " agency_id.\n", check.err());
        assertEquals("", check.out());
    }

    @Test
    void optionsOfTheRunAreBadArgumentsOfTheCheck() {
        CheckRun check = run("--check", "--period=2024-09", "--input=" + month(), "--max-reject-ratio=0.5");
        assertEquals(2, check.exit());
        assertTrue(check.err().startsWith("pcm: --max-reject-ratio is not used with --check"), check.err());
        CheckRun notAFile = run("--check", "--period=2024-09", "--input=" + dir.resolve("notes.csv"));
        assertEquals(2, notAFile.exit());
        CheckRun senderInARun = run("--period=2024-09", "--input=" + month(), "--output=" + dir.resolve("o"), "--sender=JABAR");
        assertEquals(2, senderInARun.exit());
        assertEquals("pcm: --sender is used only with --check; see --help.\n", senderInARun.err());
    }

    @Test
    void aMissingOrUnusableFileIsExit3AndComesBeforeRejects() throws IOException {
        Path input = copyOfMonth();
        Files.writeString(input.resolve("media.csv"), "item_id\tpublished_at\toutlet\tmedia_type\tsentiment\nM1\t2024-09-05\tKompas\tONLINE\tPOSITIVE\n");
        CheckRun check = run("--check", "--period=2024-09", "--input=" + input, AS_OF, "--lang=en");
        assertEquals(3, check.exit(), "3 comes before 4: " + check.err());
        assertTrue(check.err().startsWith("pcm: media.csv is tab-separated text"), check.err());
        assertTrue(check.out().contains("dissemination.csv: 5 rows"), "the other files are still checked: " + check.out());

        Files.delete(input.resolve("agencies.csv"));
        CheckRun noReference = run("--check", "--period=2024-09", "--input=" + input.resolve("reports.csv"), AS_OF, "--lang=en");
        assertEquals(3, noReference.exit());
        assertEquals("pcm: agencies.csv is not in " + input.toAbsolutePath() + ", and checking reports.csv needs it as reference data:"
                + " put the month's agencies.csv there, or name it with --agencies=FILE.\n", noReference.err());

        CheckRun referenceGiven = run("--check", "--period=2024-09", "--input=" + input.resolve("reports.csv"), AS_OF,
                "--agencies=" + month().resolve("agencies.csv"));
        assertEquals(4, referenceGiven.exit(), referenceGiven.err());

        CheckRun missing = run("--check", "--period=2024-09", "--input=" + input.resolve("agencies.csv"), AS_OF);
        assertEquals(3, missing.exit(), missing.err());
    }

    @Test
    void helpDescribesTheCheck() {
        CheckRun help = run("--help");
        assertTrue(help.out().contains("Usage: pcm-batch --check --period=YYYY-MM --input=DIR|FILE"), help.out());
        assertTrue(help.out().contains("Exit status of --check: 0 every row accepted, 4 some row rejected"), help.out());
        assertTrue(help.out().contains("or an agency's submission, a\n") && help.out().contains("rejects named FILE.xlsx#SHEET"), help.out());
        assertTrue(help.out().contains("(a refused submission or sheet too: UNUSABLE_FILE)"), help.out());
    }

    /** Rows of dissemination.csv for an agency that is not in the registry: every one rejected UNKNOWN_AGENCY. */
    private Path mostlyRejected(int rows) throws IOException {
        Path input = Files.createDirectories(dir.resolve("large"));
        Files.copy(month().resolve("agencies.csv"), input.resolve("agencies.csv"));
        Files.copy(month().resolve("narratives.csv"), input.resolve("narratives.csv"));
        try (var writer = Files.newBufferedWriter(input.resolve("dissemination.csv"))) {
            writer.write("evidence_id,narrative_id,agency_id,channel,published_at,url,proof_sha256,reach,engagement\n");
            for (int i = 1; i <= rows; i++) {
                writer.write("E" + i + ",N1,NOBODY,website,2024-09-20T10:00:00+07:00,https://example.go.id/berita/" + i + ",,,\n");
            }
        }
        return input;
    }

    @Test
    void aChecksMemoryDoesNotGrowWithTheRejects() throws IOException, InterruptedException {
        // SPEC 6. 250,000 rejects held in memory take some 150 MB: in a 64 MB heap the check must stream them
        // (before, it kept every reject of the file, and ran out of heap with a stack trace and exit 1)
        int rows = 250_000;
        Path input = mostlyRejected(rows);
        Path out = dir.resolve("large-out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), PcmBatchApplication.class.getName(),
                "--check", "--period=2024-09", "--input=" + input.resolve("dissemination.csv"), AS_OF, "--sender=JABAR", "--lang=en",
                "--output=" + out, "--pcm.home=" + dir.resolve("home")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertTrue(process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES), "the check ends");
        String log = Files.readString(dir.resolve("child.log"));

        assertEquals(4, process.exitValue(), log);
        assertTrue(log.contains("dissemination.csv: " + rows + " rows, 0 accepted, " + rows + " rejected"), log);
        assertTrue(log.contains("  … and " + (rows - CheckCommand.PRINTED) + " more\n"), log);
        try (Stream<String> lines = Files.lines(out.resolve("pcm-check-2024-09.csv"))) {
            assertEquals(rows + 1, lines.count(), "every reject is in the listing, under its header");
        }
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(out.resolve("pcm-check-2024-09.csv")), left.toList(), "no working file is left");
        }
    }

    @Test
    void aLoneFileWithoutItsReferenceSaysWhichFileItNeedsAndHowToGiveItInOneLanguage() throws IOException {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Files.copy(month().resolve("dissemination.csv"), alone.resolve("dissemination.csv"));

        CheckRun indonesian = run("--check", "--period=2024-09", "--input=" + alone.resolve("dissemination.csv"), AS_OF);
        CheckRun english = run("--check", "--period=2024-09", "--input=" + alone.resolve("dissemination.csv"), AS_OF, "--lang=en");

        assertEquals(3, indonesian.exit());
        assertEquals("pcm: agencies.csv tidak ada di " + alone.toAbsolutePath() + ", padahal pemeriksaan dissemination.csv"
                + " memerlukannya sebagai data acuan: letakkan agencies.csv bulan ini di sana, atau sebutkan dengan --agencies=BERKAS.\n",
                indonesian.err());
        assertEquals("pcm: agencies.csv is not in " + alone.toAbsolutePath() + ", and checking dissemination.csv needs it as"
                + " reference data: put the month's agencies.csv there, or name it with --agencies=FILE.\n", english.err());

        CheckRun noNarratives = run("--check", "--period=2024-09", "--input=" + alone.resolve("dissemination.csv"), AS_OF, "--lang=en",
                "--agencies=" + month().resolve("agencies.csv"));
        assertEquals(3, noNarratives.exit());
        assertTrue(noNarratives.err().startsWith("pcm: narratives.csv is not in " + alone.toAbsolutePath() + ", and checking"
                + " dissemination.csv needs it as reference data: put the month's narratives.csv there, or name it with --narratives=FILE."),
                noNarratives.err());
        assertFalse(english.err().contains("all five"), "a check does not need the five files");
    }

    @Test
    void aMissingInputFileIsNamedItselfNotItsReference() {
        Path missing = dir.resolve("nowhere/reports.csv");
        CheckRun check = run("--check", "--period=2024-09", "--input=" + missing, AS_OF, "--lang=en");
        assertEquals(3, check.exit());
        assertEquals("pcm: reports.csv is not in " + missing.toAbsolutePath().getParent() + ": check the file's name and folder.\n",
                check.err());
    }

    @Test
    void aFolderLackingOneOfTheFiveSaysWhichAndThatTheMonthWouldRefuseIt() throws IOException {
        Path input = copyOfMonth();
        Files.delete(input.resolve("media.csv"));
        CheckRun check = run("--check", "--period=2024-09", "--input=" + input, AS_OF, "--lang=en");
        assertEquals(4, check.exit(), check.err());
        assertTrue(check.out().contains("PCM: checking 4 files of 2024-09"), check.out());
        assertTrue(check.out().contains("PCM: media.csv is missing from " + input.toAbsolutePath() + ": every month needs all five files"),
                check.out());
    }

    @Test
    void aFolderNamedLikeOneOfTheFilesIsRefusedAsAFolderNotSkipped() throws IOException {
        Path input = copyOfMonth();
        Files.delete(input.resolve("reports.csv"));
        Files.createDirectory(input.resolve("reports.csv"));
        CheckRun inFolder = run("--check", "--period=2024-09", "--input=" + input, AS_OF, "--lang=en");
        assertEquals(3, inFolder.exit(), inFolder.err());
        assertTrue(inFolder.err().contains("pcm: reports.csv is a folder (" + input.resolve("reports.csv").toAbsolutePath()
                + "), not a file"), inFolder.err());

        CheckRun given = run("--check", "--period=2024-09", "--input=" + input.resolve("reports.csv"), AS_OF, "--lang=en");
        assertEquals(3, given.exit(), given.err());
        assertTrue(given.err().startsWith("pcm: reports.csv is a folder"), given.err());
    }

    @Test
    void aRefusedFileIsRecordedInTheListingAsUnusableFileWithoutTheRejectsOfItsFirstRows() throws IOException {
        Path input = copyOfMonth();
        // 10,000 bad rows (read and rejected before the reader meets what follows), then a byte that is not
        // UTF-8: the file is refused, and its rows count for nothing
        StringBuilder reports = new StringBuilder("report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda\n");
        for (int i = 1; i <= 10_000; i++) {
            reports.append("R").append(i).append(",NOBODY,2024-09,2024-09-05T10:00:00+07:00,1,1,ya,ya\n");
        }
        reports.append("R0,JABAR,2024-09,\u00e9\n");
        Files.write(input.resolve("reports.csv"), reports.toString().getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("refused-out");
        CheckRun check = run("--check", "--period=2024-09", "--input=" + input, AS_OF, "--output=" + out);
        assertEquals(3, check.exit(), check.err());

        List<String> reportsRows = Files.readAllLines(out.resolve("pcm-check-2024-09.csv")).stream()
                .filter(line -> line.startsWith("reports.csv,")).toList();
        assertEquals(1, reportsRows.size(), reportsRows.toString());
        assertTrue(reportsRows.get(0).startsWith("reports.csv,1,,UNUSABLE_FILE,,\"reports.csv bukan UTF-8 (bita salah pertama pada baris 10002)"),
                reportsRows.get(0));
        assertTrue(reportsRows.get(0).contains("reports.csv is not UTF-8 (first bad byte on line 10002)"), reportsRows.get(0));
    }
}
