package id.go.pcm.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a month's file goes in (SPEC 1, 10.1), in the run and in the check: {@code NAME.csv} or
 * {@code NAME.xlsx}, never both, never {@code .xls}, {@code .xlsm}, {@code .xlsb} or {@code .ods}; and
 * the outputs name a file as the folder names it while the JSON keeps SPEC 1's key. (The workbooks
 * themselves are read in {@link WorkbookMonthTest}.)
 */
class MonthFileFormsTest {

    private static final String AS_OF = "--as-of=2024-10-10T00:00:00+07:00";

    @TempDir
    Path dir;

    private Runs.Result runMonth(Path input, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--period=2024-09", "--input=" + input,
                "--output=" + dir.resolve("out"), AS_OF, "--lang=en"));
        args.addAll(List.of(more));
        return new Runs(dir.resolve("home")).run(args.toArray(String[]::new));
    }

    private Runs.Result check(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--check", "--period=2024-09", AS_OF, "--lang=en"));
        all.addAll(List.of(args));
        return new Runs(dir.resolve("home"), List.of()).run(all.toArray(String[]::new)); // a check has no job database
    }

    @Test
    void aMonthWithBothFormsOfAFileIsRefusedNamingBoth() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.copy(input.resolve("reports.csv"), input.resolve("reports.xlsx"));

        Runs.Result run = runMonth(input);

        assertEquals(3, run.exit(), run.err());
        assertTrue(run.err().contains("reports.csv and reports.xlsx are both in " + input.toAbsolutePath()
                + ": a month file comes once, as CSV or as an Excel workbook; remove one of them."), run.err());
        assertFalse(Files.exists(dir.resolve("out").resolve("pcm-figures-2024-09.json")));
    }

    @Test
    void anOldWorkbookBesideItsCsvFileRefusesTheMonth() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.writeString(input.resolve("agencies.xls"), "an old workbook");

        Runs.Result run = runMonth(input);

        assertEquals(3, run.exit(), run.err());
        assertTrue(run.err().contains("agencies.xls is an old Excel 97-2003 workbook (.xls), which PCM does not read: open it in"
                + " Excel, then File > Save As with the type \"Excel Workbook (*.xlsx)\" and save it as agencies.xlsx"), run.err());
    }

    @Test
    void aSpreadsheetOfAnotherProgramNamedLikeAMonthFileRefusesTheMonth() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.move(input.resolve("media.csv"), input.resolve("media.ods"));

        Runs.Result run = runMonth(input);

        assertEquals(3, run.exit(), run.err());
        assertTrue(run.err().contains("media.ods is an OpenDocument spreadsheet (.ods, LibreOffice Calc)"), run.err());
    }

    @Test
    void aMissingFileIsNamedInBothForms() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.delete(input.resolve("narratives.csv"));

        Runs.Result run = runMonth(input);

        assertEquals(3, run.exit(), run.err());
        assertTrue(run.err().contains("narratives.csv is missing from " + input.toAbsolutePath() + ": every month needs all five"
                + " files (a quiet month is a header with no rows), each as CSV (narratives.csv) or as an Excel workbook"
                + " (narratives.xlsx)."), run.err());
    }

    /**
     * A file is found whatever the case of its name, and named as the folder names it wherever a file
     * read is named (the rejects file, the report's method and data-quality sections, the scorecards'
     * rejected rows, the JSON's {@code files}), while the JSON keeps SPEC 1's key: as a workbook will be.
     */
    @Test
    void aFileIsNamedAsTheFolderNamesItAndKeyedAsSpecOneNamesIt() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.move(input.resolve("dissemination.csv"), input.resolve("Dissemination.CSV"));

        Runs.Result run = runMonth(input);

        assertEquals(0, run.exit(), run.err());
        Path out = dir.resolve("out");
        List<String> rejects = Files.readAllLines(out.resolve("pcm-rejects-2024-09.csv"));
        assertTrue(rejects.stream().anyMatch(l -> l.startsWith("Dissemination.CSV,")), String.join("\n", rejects));
        assertTrue(rejects.stream().noneMatch(l -> l.startsWith("dissemination.csv,")), String.join("\n", rejects));

        JsonNode entry = Runs.json(out.resolve("pcm-figures-2024-09.json")).get("inputs").get("dissemination.csv");
        assertEquals("Dissemination.CSV", entry.get("files").get(0).get("file").stringValue());
        assertEquals(entry.get("sha256").stringValue(), entry.get("files").get(0).get("sha256").stringValue());

        String report = ReportText.of(out.resolve("pcm-report-2024-09.pdf"));
        String method = report.substring(report.lastIndexOf("8. Method"));
        assertTrue(method.contains("Dissemination.CSV " + entry.get("sha256").stringValue()), method);
        String quality = report.substring(report.lastIndexOf("7. Data Quality"), report.lastIndexOf("8. Method"));
        assertTrue(quality.contains("Dissemination.CSV 5 3 2"), "the inputs table: " + quality);
        assertTrue(quality.contains("Dissemination.CSV BEFORE_ISSUE 1"), "rejects by file and rule: " + quality);
        assertFalse(quality.contains("dissemination.csv"), quality);

        assertTrue(ReportText.onAScorecard(out, "2024-09", "Dissemination.CSV"), "a scorecard's rejected rows name the file as read");
    }

    @Test
    void theCheckRefusesAFolderWithBothFormsOfAFile() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.copy(input.resolve("media.csv"), input.resolve("MEDIA.XLSX"));

        Runs.Result check = check("--input=" + input);

        assertEquals(3, check.exit(), check.err());
        assertEquals("pcm: MEDIA.XLSX and media.csv are both in " + input.toAbsolutePath() + ": a month file comes once, as CSV"
                + " or as an Excel workbook; remove one of them.\n", check.err());
    }

    @Test
    void theCheckRefusesAFileOfTheSixInAFormPcmDoesNotReadWhereverItIsGiven() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.writeString(input.resolve("dissemination.xlsm"), "a macro workbook");
        Files.writeString(input.resolve("agencies.xls"), "an old workbook");

        Runs.Result given = check("--input=" + input.resolve("dissemination.xlsm"));
        assertEquals(3, given.exit(), given.err());
        assertTrue(given.err().startsWith("pcm: dissemination.xlsm is a macro-enabled workbook (.xlsm)"), given.err());

        Runs.Result reference = check("--input=" + input.resolve("reports.csv"), "--agencies=" + input.resolve("agencies.xls"));
        assertEquals(3, reference.exit(), reference.err());
        assertTrue(reference.err().startsWith("pcm: agencies.xls is an old Excel 97-2003 workbook (.xls)"), reference.err());

        Runs.Result folder = check("--input=" + input);
        assertEquals(3, folder.exit(), folder.err());
        assertTrue(folder.err().startsWith("pcm: agencies.xls is an old Excel 97-2003 workbook (.xls)"), folder.err());
    }

    @Test
    void theCheckSaysALackingFileMayComeInEitherForm() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.delete(input.resolve("media.csv"));

        Runs.Result check = check("--input=" + input);

        assertEquals(4, check.exit(), check.err());
        assertTrue(check.out().contains("PCM: media.csv is missing from " + input.toAbsolutePath() + ": every month needs all five"
                + " files (a quiet month is a header with no rows), each as CSV (media.csv) or as an Excel workbook (media.xlsx)."),
                check.out());
    }

    @Test
    void theCheckTakesAFileWhateverTheCaseOfItsNameAndNamesItSo() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.move(input.resolve("dissemination.csv"), input.resolve("Dissemination.CSV"));

        Runs.Result check = check("--input=" + input.resolve("Dissemination.CSV"));

        assertEquals(4, check.exit(), check.err());
        assertTrue(check.out().contains("Dissemination.CSV: 5 rows, 3 accepted, 2 rejected"), check.out());
        assertTrue(check.out().contains("  Dissemination.CSV:"), check.out());
    }
}
