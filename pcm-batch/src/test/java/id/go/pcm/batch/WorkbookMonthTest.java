package id.go.pcm.batch;

import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A month's file as an Excel workbook wherever a file goes in (SPEC 10.1): the run, the check and the
 * library give what the CSV file gives, the files named {@code NAME.xlsx}, and the JSON's key
 * {@code NAME.csv} lists the workbook in {@code files}.
 *
 * <p><b>These tests wait for the workbook reader</b> (branch {@code workbook}, pcm-core's
 * {@code RowFile.open} opening {@code .xlsx}): until it is merged a workbook is refused by its content
 * as it always was, and they fail. They are not disabled, so that the merge shows them pass.
 */
class WorkbookMonthTest {

    private static final String AS_OF = "--as-of=2024-10-10T00:00:00+07:00";

    @TempDir
    Path dir;

    /** The test month with the files named turned into workbooks of the same text. */
    private Path monthWithWorkbooks(String folder, String... files) throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve(folder));
        for (String file : files) {
            TinyWorkbook.fromCsv(input.resolve(file + ".csv"), input.resolve(file + ".xlsx"));
            Files.delete(input.resolve(file + ".csv"));
        }
        return input;
    }

    private Runs.Result runMonth(Path input, Path output) {
        return new Runs(dir.resolve("home-" + output.getFileName())).run("--period=2024-09", "--input=" + input,
                "--output=" + output, AS_OF, "--lang=en");
    }

    @Test
    void aMonthWithAWorkbookGivesTheCsvMonthsFiguresAndRejectsNamingTheWorkbook() throws IOException {
        Path csvOut = dir.resolve("csv-out");
        Path workbookOut = dir.resolve("workbook-out");
        Path input = monthWithWorkbooks("in", "dissemination");
        assertEquals(0, runMonth(Runs.month("2024-09"), csvOut).exit());

        Runs.Result run = runMonth(input, workbookOut);

        assertEquals(0, run.exit(), run.err());
        List<String> csvRejects = Files.readAllLines(csvOut.resolve("pcm-rejects-2024-09.csv"));
        List<String> workbookRejects = Files.readAllLines(workbookOut.resolve("pcm-rejects-2024-09.csv"));
        assertEquals(csvRejects.stream().map(l -> l.replace("dissemination.csv,", "dissemination.xlsx,")).toList(), workbookRejects,
                "the same rejects, the rows of the workbook named by it and its row numbers");
        assertTrue(workbookRejects.stream().anyMatch(l -> l.startsWith("dissemination.xlsx,")), String.join("\n", workbookRejects));

        JsonNode csvJson = Runs.json(csvOut.resolve("pcm-figures-2024-09.json"));
        JsonNode json = Runs.json(workbookOut.resolve("pcm-figures-2024-09.json"));
        assertEquals(csvJson.get("national"), json.get("national"));
        // a scorecard's first rejected rows name the file they were read from
        assertEquals(csvJson.get("agencies").toString().replace("\"file\":\"dissemination.csv\"", "\"file\":\"dissemination.xlsx\""),
                json.get("agencies").toString());
        JsonNode entry = json.get("inputs").get("dissemination.csv");
        String sha256 = sha256(Files.readAllBytes(input.resolve("dissemination.xlsx")));
        assertEquals("dissemination.xlsx", entry.get("files").get(0).get("file").stringValue());
        assertEquals(sha256, entry.get("files").get(0).get("sha256").stringValue());
        assertEquals(sha256, entry.get("sha256").stringValue());
        assertEquals(csvJson.get("inputs").get("dissemination.csv").get("rows"), entry.get("files").get(0).get("rows"));

        String report = ReportText.of(workbookOut.resolve("pcm-report-2024-09.pdf"));
        assertTrue(report.substring(report.lastIndexOf("8. Method")).contains("dissemination.xlsx " + sha256), report);
        String quality = report.substring(report.lastIndexOf("7. Data Quality"), report.lastIndexOf("8. Method"));
        assertTrue(quality.contains("dissemination.xlsx 5 3 2"), quality);
        assertTrue(quality.contains("dissemination.xlsx BEFORE_ISSUE 1"), quality);
        assertTrue(ReportText.onAScorecard(workbookOut, "2024-09", "dissemination.xlsx"), "a scorecard's rejected rows name the workbook");
    }

    @Test
    void everyFileOfAMonthMayBeAWorkbook() throws IOException {
        Path input = monthWithWorkbooks("in", "agencies", "narratives", "reports", "dissemination", "media");

        Runs.Result run = runMonth(input, dir.resolve("out"));

        assertEquals(0, run.exit(), run.err());
        JsonNode inputs = Runs.json(dir.resolve("out").resolve("pcm-figures-2024-09.json")).get("inputs");
        for (String file : List.of("agencies", "narratives", "reports", "dissemination", "media")) {
            assertEquals(file + ".xlsx", inputs.get(file + ".csv").get("files").get(0).get("file").stringValue());
        }
    }

    @Test
    void theCheckTakesWorkbooksAsFilesToCheckAndAsReferenceAndGivesTheMonthsRejects() throws IOException {
        Path input = monthWithWorkbooks("in", "agencies", "narratives", "dissemination");
        Path out = dir.resolve("check-out");

        Runs.Result check = new Runs(dir.resolve("home"), List.of()).run("--check", "--period=2024-09",
                "--input=" + input.resolve("dissemination.xlsx"), "--agencies=" + input.resolve("agencies.xlsx"),
                "--narratives=" + input.resolve("narratives.xlsx"), AS_OF, "--lang=en", "--output=" + out);

        assertEquals(4, check.exit(), check.err());
        assertTrue(check.out().contains("dissemination.xlsx: 5 rows, 3 accepted, 2 rejected"), check.out());
        Path monthOut = dir.resolve("month-out");
        assertEquals(0, runMonth(input, monthOut).exit());
        List<String> monthsRejects = Files.readAllLines(monthOut.resolve("pcm-rejects-2024-09.csv")).stream()
                .filter(l -> !l.startsWith("agencies.xlsx,") && !l.startsWith("reports.csv,")).toList();
        assertEquals(monthsRejects, Files.readAllLines(out.resolve("pcm-check-2024-09.csv")));
    }

    @Test
    void theCheckTakesTypesAsAWorkbook() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        // the national types, as an office would write them in its types.xlsx
        Path types = dir.resolve("types.xlsx");
        List<List<String>> rows = new ArrayList<>(List.of(List.of("type", "name", "name_en", "parent_type", "region_code")));
        for (id.go.pcm.agency.AgencyType type : id.go.pcm.agency.AgencyTypes.national().all()) {
            rows.add(java.util.Arrays.asList(type.code(), type.nameId(), type.nameEn() == null ? "" : type.nameEn(),
                    type.parentCode() == null ? "" : type.parentCode(), type.regionShape() == null ? "" : type.regionShape()));
        }
        TinyWorkbook.write(types, "types", rows);

        Runs.Result check = new Runs(dir.resolve("home"), List.of()).run("--check", "--period=2024-09",
                "--input=" + input.resolve("reports.csv"), "--types=" + types, AS_OF, "--lang=en");

        assertEquals(4, check.exit(), check.err());
        assertTrue(check.out().contains("reports.csv: 4 rows"), check.out());
    }

    @Test
    void theLibraryEvaluatesAFolderOfWorkbooksAsItsCsvFiles() throws IOException {
        Monev monev = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+07:00"));
        MonevResult csv = monev.evaluate(Runs.month("2024-09"));

        MonevResult workbooks = monev.evaluate(monthWithWorkbooks("in", "reports", "media"));

        assertEquals(csv.figures().national(), workbooks.figures().national());
        assertEquals(csv.figures().media(), workbooks.figures().media());
        InputSummary reports = workbooks.input("reports.csv");
        assertEquals("reports.xlsx", reports.readFrom());
        assertEquals(csv.input("reports.csv").rejected(), reports.rejected());
        List<String> names = new ArrayList<>();
        workbooks.rejects().forEach(r -> names.add(r.file()));
        assertTrue(names.contains("reports.xlsx") && !names.contains("reports.csv"), names.toString());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
