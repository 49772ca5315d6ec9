package id.go.pcm.batch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job end to end, in this JVM, as the operator runs it: exit statuses, outputs, their figures
 * (computed by hand below), determinism and history.
 */
class MonthlyRunTest {

    private static final String AS_OF = "--as-of=2024-10-10T00:00:00+07:00";
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;
    private Runs runs;

    @BeforeEach
    void setUp() {
        runs = new Runs(dir.resolve("home"));
    }

    private Runs.Result runMonth(String period, Path input, Path output, String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "--period=" + period;
        args[1] = "--input=" + input;
        args[2] = "--output=" + output;
        System.arraycopy(extra, 0, args, 3, extra.length);
        return runs.run(args);
    }

    @Test
    void writesTheThreeOutputsWithTheFiguresOfTheMonth() throws IOException {
        Path out = dir.resolve("out");
        Runs.Result result = runMonth("2024-09", Runs.month("2024-09"), out, AS_OF);
        assertEquals(0, result.exit(), result.err());
        assertTrue(Files.size(out.resolve("pcm-report-2024-09.pdf")) > 1000);
        JsonNode json = Runs.json(out.resolve("pcm-figures-2024-09.json"));

        assertEquals("pcm-figures/1", json.get("schema").asString());
        assertEquals("2024-09", json.get("period").asString());
        assertEquals("2024-10-10T00:00:00+07:00", json.get("as_of").asString());
        // rows / accepted / rejected per file, as the month's files were written
        assertCounts(json, "agencies.csv", 4, 3, 1);
        assertCounts(json, "reports.csv", 4, 3, 1);
        assertCounts(json, "narratives.csv", 2, 2, 0);
        assertCounts(json, "dissemination.csv", 5, 3, 2);
        assertCounts(json, "media.csv", 3, 3, 0);
        assertEquals(64, json.at("/inputs/agencies.csv/sha256").asString().length());

        JsonNode national = json.get("national");
        assertEquals(3, national.get("active_agencies").asInt());
        assertEquals(1, national.at("/reports/ON_TIME").asInt());
        assertEquals(1, national.at("/reports/LATE").asInt());
        assertEquals(1, national.at("/reports/MISSING").asInt());
        assertEquals(2, national.get("narratives").asInt());
        // N1 targets ALL (3 agencies), N2 targets KOTA|KEMENKES (2): 5 pairs; covered (N1,JABAR) (N1,KOTA-BDG)
        // (N2,KOTA-BDG); on time (N1,JABAR) 1 h after issue and (N2,KOTA-BDG) 1 h after; (N1,KOTA-BDG) came after 8 days.
        assertEquals(5, national.get("targeted_pairs").asInt());
        assertEquals(3, national.get("covered_pairs").asInt());
        assertEquals(2, national.get("on_time_pairs").asInt());
        assertEquals(60.0, national.get("coverage_pct").asDouble(), EPS);
        assertEquals(40.0, national.get("timeliness_pct").asDouble(), EPS);
        // JABAR 0.3·75 + 0.5·100 + 0.2·100 = 92.5; KOTA-BDG 0.3·37.5 + 50 + 0.2·50 = 71.25; KEMENKES 0
        assertEquals((92.5 + 71.25 + 0) / 3, national.get("mean_score").asDouble(), EPS);
        assertEquals(0.0, national.at("/mean_score_by_type/KEMENTERIAN").asDouble(), EPS);
        assertEquals(92.5, national.at("/mean_score_by_type/PROVINSI").asDouble(), EPS);
        assertEquals(71.25, national.at("/mean_score_by_type/KOTA").asDouble(), EPS);
        assertFalse(national.get("mean_score_by_type").has("LEMBAGA"), "types without active agencies are left out");
        assertEquals(1, national.at("/categories/SANGAT_BAIK").asInt());
        assertEquals(0, national.at("/categories/BAIK").asInt());
        assertEquals(1, national.at("/categories/CUKUP").asInt());
        assertEquals(1, national.at("/categories/SANGAT_KURANG").asInt());
        assertEquals(12, national.get("channels").size(), "every channel listed");
        assertEquals(1, national.at("/channels/WEBSITE/evidence").asInt());
        assertEquals(1000, national.at("/channels/WEBSITE/reach").asInt(), "1.000 read as one thousand");
        assertEquals(10, national.at("/channels/WEBSITE/engagement").asInt());
        assertEquals(1, national.at("/channels/OUTDOOR/evidence").asInt(), "baliho is OUTDOOR");
        assertEquals(0, national.at("/channels/TIKTOK/evidence").asInt());

        JsonNode media = json.get("media");
        assertEquals(3, media.get("items").asInt());
        assertEquals(0.0, media.get("net_sentiment").asDouble(), EPS);
        assertEquals(2, media.at("/programs/makan-bergizi-gratis/items").asInt());
        assertEquals(1.0, media.at("/programs/makan-bergizi-gratis/share_of_voice").asDouble(), EPS);
        assertEquals(30, media.get("daily").size());
        assertEquals(2, media.at("/daily/2024-09-05").asInt());
        assertEquals(1, media.at("/daily/2024-09-30").asInt());
        assertEquals("Kompas", media.at("/top_outlets/0/outlet").asString());
        assertEquals(1, media.at("/narrative_pickup/N1").asInt());
        assertEquals(0, media.at("/narrative_pickup/N2").asInt());

        JsonNode agencies = json.get("agencies");
        assertEquals(List.of("JABAR", "KEMENKES", "KOTA-BDG"),
                agencies.valueStream().map(a -> a.get("agency_id").asString()).toList(), "sorted by agency_id");
        JsonNode bandung = agencies.get(2);
        assertEquals("LATE", bandung.get("report").asString());
        assertEquals(0.75, bandung.get("completeness").asDouble(), EPS);
        assertEquals(71.25, bandung.get("score").asDouble(), EPS);
        assertEquals("CUKUP", bandung.get("category").asString());
        assertTrue(json.get("history").isEmpty(), "no earlier month stored");
    }

    private static void assertCounts(JsonNode json, String file, int rows, int accepted, int rejected) {
        JsonNode input = json.at("/inputs/" + file.replace("/", "~1"));
        assertEquals(rows, input.get("rows").asInt(), file + " rows");
        assertEquals(accepted, input.get("accepted").asInt(), file + " accepted");
        assertEquals(rejected, input.get("rejected").asInt(), file + " rejected");
    }

    @Test
    void listsEveryRejectedRowInTheRejectsFile() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, runMonth("2024-09", Runs.month("2024-09"), out, AS_OF).exit());
        List<String> lines = Files.readAllLines(out.resolve("pcm-rejects-2024-09.csv"), StandardCharsets.UTF_8);
        assertEquals("file,line,record_id,rule,column,message_id,message_en", lines.get(0));
        assertEquals(5, lines.size(), "header and four rejects");
        assertTrue(lines.get(1).startsWith("agencies.csv,6,BAD,BAD_PARENT,parent_id,"));
        assertTrue(lines.get(2).startsWith("reports.csv,5,R1,DUPLICATE_ID,report_id,"));
        assertTrue(lines.get(3).startsWith("dissemination.csv,3,E2,DUPLICATE_EVIDENCE,url,"));
        assertTrue(lines.get(4).startsWith("dissemination.csv,6,E5,BEFORE_ISSUE,published_at,"));
    }

    @Test
    void theReportListsTheSameRejectedRowsAndCountsThemByRule() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, runMonth("2024-09", Runs.month("2024-09"), out, AS_OF).exit());
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("pcm-report-2024-09.pdf").toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        for (String rule : List.of("BAD_PARENT", "DUPLICATE_ID", "DUPLICATE_EVIDENCE", "BEFORE_ISSUE")) {
            assertTrue(text.contains(rule), rule + " in the data-quality section");
        }
        assertTrue(text.contains("E5"), "the first rejected rows are listed with their ids");
        assertTrue(text.contains("parent_id \"NOPE\""), "with the message as the clerk reads it");
    }

    @Test
    void neutralisesFormulasCopiedIntoTheRejectsFile() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.writeString(input.resolve("reports.csv"), "=cmd|' /C calc'!A0,JABAR,2024-08,2024-10-01T00:00:00+07:00,1,1,ya,ya\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("out");
        assertEquals(0, runMonth("2024-09", input, out, AS_OF).exit());
        String rejects = Files.readString(out.resolve("pcm-rejects-2024-09.csv"));
        assertTrue(rejects.contains("reports.csv,6,'=cmd|' /C calc'!A0,WRONG_PERIOD,period,"), rejects);
    }

    @Test
    void givesTheSameBytesForTheSameInputsAndAsOf() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertEquals(0, runMonth("2024-09", Runs.month("2024-09"), first, AS_OF).exit());
        assertEquals(0, runMonth("2024-09", Runs.month("2024-09"), second, AS_OF).exit());
        for (String file : List.of("pcm-report-2024-09.pdf", "pcm-figures-2024-09.json", "pcm-rejects-2024-09.csv")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
        try (var left = Files.list(first)) {
            assertEquals(4, left.count(), "the three files and the scorecards' folder, no working files left behind");
        }
    }

    @Test
    void carriesEarlierMonthsIntoTheHistory() {
        Path out = dir.resolve("out");
        assertEquals(0, runMonth("2024-08", Runs.month("2024-08"), out, "--as-of=2024-09-30T00:00:00+07:00").exit());
        assertEquals(0, runMonth("2024-09", Runs.month("2024-09"), out, AS_OF).exit());
        JsonNode history = Runs.json(out.resolve("pcm-figures-2024-09.json")).get("history");
        assertEquals(1, history.size());
        JsonNode august = history.get(0);
        assertEquals("2024-08", august.get("period").asString());
        // August: JABAR on time, complete, covered in 3 h: 100; KOTA-BDG on time 0.75, not covered: 0.3·75 = 22.5;
        // KEMENKES late, complete (R 50), covered after 123 h (> 72): 0.3·50 + 0.5·100 = 65.
        assertEquals((100 + 22.5 + 65) / 3, august.get("mean_score").asDouble(), EPS);
        assertEquals(100.0 * 2 / 3, august.get("coverage_pct").asDouble(), EPS);
        assertEquals(100.0 * 1 / 3, august.get("timeliness_pct").asDouble(), EPS);
        assertEquals(100.0 * 2 / 3, august.get("reports_on_time_pct").asDouble(), EPS);
        assertEquals((2.0 - 1) / 3, august.get("net_sentiment").asDouble(), EPS);
    }

    @Test
    void comparesTheMonthWithThePreviousStoredMonth() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, runMonth("2024-08", Runs.month("2024-08"), out, "--as-of=2024-09-30T00:00:00+07:00").exit());
        JsonNode august = Runs.json(out.resolve("pcm-figures-2024-08.json"));
        assertTrue(august.get("previous_period").isNull(), "nothing stored before August");
        assertTrue(august.at("/agencies/0/previous_score").isNull());
        assertEquals(0, runMonth("2024-09", Runs.month("2024-09"), out, AS_OF).exit());
        JsonNode json = Runs.json(out.resolve("pcm-figures-2024-09.json"));

        assertEquals("2024-08", json.get("previous_period").asString());
        // August's scores as stored: JABAR 100, KEMENKES 65, KOTA-BDG 22.5 (see carriesEarlierMonthsIntoTheHistory).
        assertEquals(List.of(100.0, 65.0, 22.5), json.get("agencies").valueStream()
                .map(a -> a.get("previous_score").asDouble()).toList());
        assertEquals(august.at("/media/programs/makan-bergizi-gratis/net_sentiment").asDouble(),
                json.at("/media/programs/makan-bergizi-gratis/previous_net_sentiment").asDouble(), EPS);
        JsonNode stored = json.get("history").get(0);
        assertEquals(august.at("/national/active_agencies").asInt(), stored.get("active_agencies").asInt());
        assertEquals(august.at("/national/narratives").asInt(), stored.get("narratives").asInt());
        assertEquals(august.at("/media/items").asLong(), stored.get("media_items").asLong());

        String report;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("pcm-report-2024-09.pdf").toFile())) {
            report = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(report.contains("Kenaikan skor terbesar dibanding Agustus 2024: Kota Bandung (+48,8, dari 22,5 menjadi 71,3)"),
                report);
    }

    @Test
    void replacesAMonthsHistoryWhenItIsRunAgain() throws IOException {
        Path out = dir.resolve("out");
        Path august = Runs.copyOf("2024-08", dir.resolve("august"));
        assertEquals(0, runMonth("2024-08", august, out, "--as-of=2024-09-30T00:00:00+07:00").exit());
        // The corrected file: KOTA-BDG's evidence arrives too, 2 h after issue.
        Files.writeString(august.resolve("dissemination.csv"),
                "E8-3,N8,KOTA-BDG,X,2024-08-05T11:00:00+07:00,https://x.com/bdg/8,,,\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, runMonth("2024-08", august, out, "--as-of=2024-09-30T00:00:00+07:00").exit());
        assertEquals(0, runMonth("2024-09", Runs.month("2024-09"), out, AS_OF).exit());
        JsonNode history = Runs.json(out.resolve("pcm-figures-2024-09.json")).get("history");
        assertEquals(1, history.size(), "one entry per month, not one per run");
        assertEquals(100.0, history.get(0).get("coverage_pct").asDouble(), EPS);
        // KOTA-BDG now 0.3·75 + 50 + 20 = 92.5
        assertEquals((100 + 92.5 + 65) / 3, history.get(0).get("mean_score").asDouble(), EPS);
    }

    @Test
    void numbersEachMonthsAttemptsOnTheirOwn() {
        Path out = dir.resolve("out");
        String august = "--as-of=2024-09-30T00:00:00+07:00";
        assertTrue(runMonth("2024-08", Runs.month("2024-08"), out, august).out().contains("starting attempt 1 of 2024-08"));
        assertTrue(runMonth("2024-08", Runs.month("2024-08"), out, august).out().contains("starting attempt 2 of 2024-08"));
        assertTrue(runMonth("2024-09", Runs.month("2024-09"), out, AS_OF).out().contains("starting attempt 1 of 2024-09"));
        assertTrue(runMonth("2024-08", Runs.month("2024-08"), out, august).out().contains("starting attempt 3 of 2024-08"));
        assertTrue(runMonth("2024-09", Runs.month("2024-09"), out, AS_OF).out().contains("starting attempt 2 of 2024-09"));
    }

    @Test
    void exitsWith2OnBadArgumentsBeforeAnythingRuns() {
        Runs.Result result = runs.run("--period=2024-9", "--input=" + Runs.month("2024-09"), "--output=" + dir);
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith("pcm: --period=2024-9 is not a month"), result.err());
        assertEquals(1, result.err().lines().count(), "one line for the operator");
    }

    @Test
    void exitsWith2OnInvalidConfiguration() {
        Runs.Result result = runMonth("2024-09", Runs.month("2024-09"), dir.resolve("out"), AS_OF, "--pcm.deadline-day=40");
        assertEquals(2, result.exit(), result.err());
        assertEquals("pcm: pcm.deadline-day=40 (di baris perintah) tidak sah: tulis bilangan bulat 1\u201328.\n", result.err());
        assertEquals("", result.out(), "nothing started");
    }

    @Test
    void exitsWith3WhenAFileIsMissing() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.delete(input.resolve("media.csv"));
        Runs.Result result = runMonth("2024-09", input, dir.resolve("out"), AS_OF);
        assertEquals(3, result.exit());
        assertTrue(result.err().contains("media.csv is missing"), result.err());
        assertFalse(result.err().contains("Exception"), "no stack trace for the operator");
    }

    @Test
    void exitsWith3WhenARequiredColumnIsMissing() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.writeString(input.resolve("media.csv"), "item_id,outlet\nM1,Kompas\n");
        Runs.Result result = runMonth("2024-09", input, dir.resolve("out"), AS_OF);
        assertEquals(3, result.exit());
        assertTrue(result.err().contains("media.csv lacks the required column(s) published_at, media_type, sentiment"),
                result.err());
        assertFalse(Files.exists(dir.resolve("out/pcm-figures-2024-09.json")), "no figures from an unusable month");
    }

    @Test
    void exitsWith3WhenTypesCsvIsFaultyNamingItsLineAndColumn() throws IOException {
        // SPEC 9.1: reference data, refused whole; here a parent type that names no row
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.writeString(input.resolve("types.csv"), """
                type,name,name_en,parent_type,region_code
                PROVINSI,Provinsi,Province,,NN
                KOTA,Kota,City,PROVINCE,NN.NN
                """);
        Runs.Result result = runMonth("2024-09", input, dir.resolve("out"), AS_OF, "--lang=en");
        assertEquals(3, result.exit(), result.err());
        assertTrue(result.err().contains("pcm: types.csv line 3, column parent_type: \"PROVINCE\" is the type of no row of types.csv"),
                result.err());
        assertFalse(result.err().contains("Exception"), "no stack trace for the operator");
        assertFalse(Files.exists(dir.resolve("out/pcm-figures-2024-09.json")), "no figures from an unusable month");
    }

    @Test
    void exitsWith3WhenAFileIsNotUtf8() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        byte[] latin1 = "item_id,published_at,outlet,media_type,sentiment\nM1,2024-09-05T10:00:00+07:00,Caf\u00e9,ONLINE,POSITIVE\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(input.resolve("media.csv"), latin1);
        Runs.Result result = runMonth("2024-09", input, dir.resolve("out"), AS_OF);
        assertEquals(3, result.exit());
        assertTrue(result.err().contains("media.csv is not UTF-8 (first bad byte on line 2)"), result.err());
    }

    @Test
    void exitsWith3WhenAFileIsAnExcelTabDelimitedExport() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.writeString(input.resolve("media.csv"),
                "item_id\tpublished_at\toutlet\tmedia_type\tsentiment\r\nM1\t2024-09-05T10:00:00+07:00\tKompas\tONLINE\tPOSITIVE\r\n");
        Runs.Result result = runMonth("2024-09", input, dir.resolve("out"), AS_OF);
        assertEquals(3, result.exit());
        assertTrue(result.err().contains("pcm: media.csv is tab-separated text (as Excel saves \"Text (Tab delimited)\"), not a CSV"
                + " separated by commas or semicolons: open it in Excel, then File > Save As with the type"
                + " \"CSV UTF-8 (Comma delimited) (*.csv)\", and save it as media.csv."), result.err());
        assertFalse(result.err().contains("lacks the required column"), result.err());
    }

    @Test
    void exitsWith3WhenAFileIsAnExcelUnicodeTextExport() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        byte[] text = "item_id\tpublished_at\toutlet\tmedia_type\tsentiment\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] unicodeText = new byte[text.length + 2];
        unicodeText[0] = (byte) 0xFF; // Excel's "Unicode Text": UTF-16 little-endian after the mark FF FE
        unicodeText[1] = (byte) 0xFE;
        System.arraycopy(text, 0, unicodeText, 2, text.length);
        Files.write(input.resolve("media.csv"), unicodeText);
        Runs.Result result = runMonth("2024-09", input, dir.resolve("out"), AS_OF);
        assertEquals(3, result.exit());
        assertTrue(result.err().contains("pcm: media.csv is UTF-16 text (as Excel saves \"Unicode Text\"), not UTF-8: open it in Excel,"
                + " then File > Save As with the type \"CSV UTF-8 (Comma delimited) (*.csv)\", and save it as media.csv."), result.err());
    }

    @Test
    void exitsWith4WhenTooManyRowsAreRejectedAndStillListsThem() {
        Path out = dir.resolve("out");
        Runs.Result result = runMonth("2024-09", Runs.month("2024-09"), out, AS_OF, "--max-reject-ratio=0.3");
        assertEquals(4, result.exit());
        // dissemination.csv: 2 of 5 rows rejected = 40% > 30%; agencies (25%) and reports (25%) are within.
        assertTrue(result.err().contains("dissemination.csv: 2 of 5 rows rejected (40.0%)"), result.err());
        assertTrue(Files.exists(out.resolve("pcm-rejects-2024-09-refused.csv")), "the operator needs the rejects to fix the files");
        assertTrue(result.err().contains("fix the rows listed in " + out.resolve("pcm-rejects-2024-09-refused.csv")), result.err());
        assertFalse(Files.exists(out.resolve("pcm-rejects-2024-09.csv")), "no set is published");
        assertFalse(Files.exists(out.resolve("pcm-figures-2024-09.json")));
        assertFalse(Files.exists(out.resolve("pcm-report-2024-09.pdf")));
    }

    @Test
    void aMonthsFilesRunAsAnotherMonthAreToldAsTheWrongMonthNotAsRowsToFix() {
        Path out = dir.resolve("out");
        Runs.Result result = runMonth("2024-10", Runs.month("2024-09"), out, "--as-of=2024-11-10T00:00:00+07:00");
        assertEquals(4, result.exit(), result.err());
        // narratives.csv: both rows were issued in September
        assertEquals("pcm: the rows of narratives.csv are for 2024-09, not 2024-10: check --period and --input (2 of its 2"
                + " rows rejected as WRONG_PERIOD, more than --max-reject-ratio=0.5 allows; listed in "
                + out.resolve("pcm-rejects-2024-10-refused.csv") + ").", result.err().strip());
    }

    @Test
    void anAsOfBeforeTheMonthIsABadArgumentAndNothingRuns() {
        Path out = dir.resolve("out");
        Runs.Result result = runMonth("2024-09", Runs.month("2024-09"), out, "--as-of=2024-08-15T00:00:00+07:00");
        assertEquals(2, result.exit(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("pcm: --as-of=2024-08-15T00:00:00+07:00 is before 2024-09 begins"), result.err());
        assertFalse(Files.exists(out), "nothing ran, nothing written");
    }

    @Test
    void unknownColumnsAreToldOnTheConsoleOncePerFile() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        List<String> media = Files.readAllLines(input.resolve("media.csv"), StandardCharsets.UTF_8);
        StringBuilder withNotes = new StringBuilder(media.get(0).replace("\uFEFF", "") + ",catatan,Sumber\n");
        media.stream().skip(1).forEach(line -> withNotes.append(line).append(",,\n"));
        Files.writeString(input.resolve("media.csv"), withNotes, StandardCharsets.UTF_8);

        Runs.Result result = runMonth("2024-09", input, dir.resolve("out"), AS_OF);

        assertEquals(0, result.exit(), result.err());
        List<String> told = result.out().lines().filter(line -> line.contains("unknown column")).toList();
        // the test month's agencies.csv has a column of its own too
        assertEquals(List.of("  agencies.csv: unknown column(s) ignored: extra (check the header's spelling if one of them"
                        + " should count)",
                "  media.csv: unknown column(s) ignored: catatan, sumber (check the header's spelling if one of them should count)"),
                told, result.out());
    }

    @Test
    void printsHelp() {
        Runs.Result result = runs.run("--help");
        assertEquals(0, result.exit());
        assertTrue(result.out().contains("Exit status: 0 done"));
    }
}
