package id.go.pcm.batch.kit;

import id.go.pcm.batch.PcmBatchApplication;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loop at the agency's desk (SPEC 10.3): {@code --kits} writes the kits; two agencies' clerks fill
 * theirs in ({@link ClerkTyping}: values typed into the cells, the workbook saved under the kit's own name)
 * and send them back into the month's {@code submissions/}, their rows taken out of {@code reports.csv}
 * and {@code dissemination.csv}; a third agency sends its kit back unfilled. The month's run accepts and
 * scores the typed rows, and each agency's JSON entry and scorecard show them; the unfilled kit gives no
 * row and no reject.
 */
class KitRoundTripTest {

    private static final String KEMENKES = "KEMENKES";
    private static final String BANDUNG = "KOTA-BDG";
    private static final String JABAR = "JABAR";

    @TempDir
    Path dir;

    @Test
    void kitsFilledInAndSentBackAreTheMonthsSubmissionsAcceptedScoredAndOnTheScorecards() throws Exception {
        Path month = copyOfTestMonth(dir.resolve("month"));
        Path kits = dir.resolve("kits");
        KitRun kitRun = KitRun.of(dir.resolve("home-kits"), "--period=2024-09", "--input=" + month, "--output=" + kits,
                "--as-of=2024-10-01T00:00:00+07:00");
        assertEquals(0, kitRun.exit(), kitRun.err());
        Path kitFolder = kits.resolve("pcm-kit-2024-09");

        Path submissions = Files.createDirectory(month.resolve("submissions"));
        ClerkTyping.open(kitFolder.resolve(KEMENKES + ".xlsx"))
                .report(LocalDateTime.of(2024, 10, 2, 9, 30), 2, 5, "ya", "tidak")
                .evidence("KES-1", "N1", KEMENKES, "WEBSITE", LocalDateTime.of(2024, 9, 2, 15, 0),
                        "https://www.kemkes.go.id/berita/mbg-1", null, 1200, 30)
                .evidence("KES-2", "N2", KEMENKES, "INSTAGRAM", LocalDateTime.of(2024, 9, 3, 12, 0),
                        "https://www.instagram.com/p/kemenkes-sekolah", null, 800, null)
                .saveAs(submissions.resolve(KEMENKES + ".xlsx"));
        ClerkTyping.open(kitFolder.resolve(BANDUNG + ".xlsx"))
                .report(LocalDateTime.of(2024, 10, 4, 16, 45), 1, 3, "ya", "ya")
                .evidence("BDG-1", "N2", BANDUNG, "X", LocalDateTime.of(2024, 9, 3, 18, 0), "https://x.com/bdg/2", null, 500, 12)
                .saveAs(submissions.resolve(BANDUNG + ".xlsx"));
        Files.copy(kitFolder.resolve(JABAR + ".xlsx"), submissions.resolve(JABAR + ".xlsx")); // sent back as it came
        int reportRows = dropRowsOf(month.resolve("reports.csv"), "agency_id", Set.of(KEMENKES, BANDUNG));
        int evidenceRows = dropRowsOf(month.resolve("dissemination.csv"), "agency_id", Set.of(KEMENKES, BANDUNG));

        Path out = dir.resolve("out");
        int exit = runMonth(month, out);
        assertEquals(0, exit);

        List<String> rejects = Files.readAllLines(out.resolve("pcm-rejects-2024-09.csv"));
        assertFalse(rejects.stream().anyMatch(line -> line.contains("submissions/")), "the typed rows are all accepted: " + rejects);
        JsonNode json = JsonMapper.builder().build().readTree(out.resolve("pcm-figures-2024-09.json").toFile());
        JsonNode reports = json.get("inputs").get("reports.csv");
        assertEquals(reportRows + 2, reports.get("rows").asInt(), "two typed reports, none from the unfilled kit");
        assertEquals(List.of("reports.csv", "submissions/JABAR.xlsx#reports", "submissions/KEMENKES.xlsx#reports",
                "submissions/KOTA-BDG.xlsx#reports"), files(reports));
        assertEquals(List.of(0, 1, 1), List.of(reports.get("files").get(1).get("rows").asInt(),
                reports.get("files").get(2).get("rows").asInt(), reports.get("files").get(3).get("rows").asInt()));
        assertEquals(evidenceRows + 3, json.get("inputs").get("dissemination.csv").get("rows").asInt());
        assertEquals(0, json.get("submissions_refused").size());

        JsonNode kemenkes = agency(json, KEMENKES);
        assertEquals("ON_TIME", kemenkes.get("report").stringValue());
        assertEquals("2024-10-02T09:30:00+07:00", kemenkes.get("submitted_at").stringValue(), "the date-time as the clerk typed it, in WIB");
        JsonNode items = kemenkes.get("completeness_items");
        assertEquals(List.of(true, true, true, false), List.of(items.get("policies").asBoolean(), items.get("activities").asBoolean(),
                items.get("has_data").asBoolean(), items.get("has_agenda").asBoolean()));
        assertEquals(List.of("N1 ON_TIME 2024-09-02T15:00:00+07:00", "N2 ON_TIME 2024-09-03T12:00:00+07:00"), pairs(kemenkes));
        assertEquals(2, kemenkes.get("covered").asInt());
        assertEquals(1200, kemenkes.get("channels").get("WEBSITE").get("reach").asInt());
        assertEquals(0, kemenkes.get("rejected_rows").size());
        JsonNode bandung = agency(json, BANDUNG);
        assertEquals("ON_TIME", bandung.get("report").stringValue());
        assertEquals("2024-10-04T16:45:00+07:00", bandung.get("submitted_at").stringValue());
        assertEquals(List.of("N1 NOT_COVERED null", "N2 ON_TIME 2024-09-03T18:00:00+07:00"), pairs(bandung));

        String card = pdftotext(out.resolve("pcm-rapor-2024-09").resolve(KEMENKES + ".pdf"));
        assertFalse(card.contains("No periodic report was received"), card);
        assertTrue(card.contains("2 narrative(s) targeted this agency; 2 spread, 2 of them on time."), card);
        assertTrue(card.matches("(?s).*N1\\s+Makan bergizi.*2 Sep, 15:00\\s+On time.*"), card);
        assertTrue(card.matches("(?s).*N2\\s+Sekolah.*3 Sep, 12:00\\s+On time.*"), card);
        assertTrue(card.contains("2 October 2024"), "the report's time: " + card);
    }

    @Test
    void anUnfilledKitDroppedIntoSubmissionsGivesNoRowAndNoReject() throws Exception {
        Path month = copyOfTestMonth(dir.resolve("month"));
        Path kits = dir.resolve("kits");
        assertEquals(0, KitRun.of(dir.resolve("home-kits"), "--period=2024-09", "--input=" + month, "--output=" + kits,
                "--as-of=2024-10-01T00:00:00+07:00").exit());
        Path out = dir.resolve("out");
        Path withKits = dir.resolve("out-kits");
        assertEquals(0, runMonth(month, out));
        Path submissions = Files.createDirectory(month.resolve("submissions"));
        try (Stream<Path> written = Files.list(kits.resolve("pcm-kit-2024-09"))) {
            for (Path kit : written.toList()) {
                Files.copy(kit, submissions.resolve(kit.getFileName()));
            }
        }
        assertEquals(0, runMonth(month, withKits));

        assertEquals(Files.readAllLines(out.resolve("pcm-rejects-2024-09.csv")), Files.readAllLines(withKits.resolve("pcm-rejects-2024-09.csv")));
        JsonNode before = JsonMapper.builder().build().readTree(out.resolve("pcm-figures-2024-09.json").toFile());
        JsonNode after = JsonMapper.builder().build().readTree(withKits.resolve("pcm-figures-2024-09.json").toFile());
        assertEquals(before.get("national"), after.get("national"));
        assertEquals(before.get("agencies"), after.get("agencies"));
        assertEquals(before.get("inputs").get("reports.csv").get("rows"), after.get("inputs").get("reports.csv").get("rows"));
        assertEquals(List.of("reports.csv", "submissions/JABAR.xlsx#reports", "submissions/KEMENKES.xlsx#reports",
                "submissions/KOTA-BDG.xlsx#reports"), files(after.get("inputs").get("reports.csv")));
    }

    private static Path copyOfTestMonth(Path into) throws IOException, URISyntaxException {
        Path month = Path.of(KitRoundTripTest.class.getResource("/months/2024-09").toURI());
        Files.createDirectories(into);
        try (Stream<Path> files = Files.list(month)) {
            for (Path file : files.toList()) {
                Files.copy(file, into.resolve(file.getFileName()));
            }
        }
        return into;
    }

    /** The month's run as the operator starts it, with a job database of the test's own. */
    private int runMonth(Path month, Path out) {
        Path home = dir.resolve("home-" + out.getFileName());
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return PcmBatchApplication.run(new String[]{"--period=2024-09", "--input=" + month, "--output=" + out,
                "--as-of=2024-10-10T00:00:00+07:00", "--lang=en", "--spring.datasource.url=jdbc:h2:file:" + home.resolve("db/pcm"),
                "--pcm.home=" + home}, print, print);
    }

    /** Takes out of a CSV file the rows whose {@code column} is one of {@code agencies}; returns how many rows stay. */
    private static int dropRowsOf(Path csv, String column, Set<String> agencies) throws IOException {
        List<CSVRecord> kept = new ArrayList<>();
        List<String> header;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(in);
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                if (!agencies.contains(record.get(column))) {
                    kept.add(record);
                }
            }
        }
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (CSVRecord record : kept) {
                printer.printRecord(record.toList());
            }
        }
        return kept.size();
    }

    private static List<String> files(JsonNode input) {
        List<String> files = new ArrayList<>();
        input.get("files").forEach(f -> files.add(f.get("file").stringValue()));
        return files;
    }

    private static JsonNode agency(JsonNode json, String id) {
        for (JsonNode agency : json.get("agencies")) {
            if (agency.get("agency_id").stringValue().equals(id)) {
                return agency;
            }
        }
        throw new AssertionError("no agency " + id);
    }

    private static List<String> pairs(JsonNode agency) {
        List<String> pairs = new ArrayList<>();
        agency.get("pairs").forEach(p -> pairs.add(p.get("narrative_id").stringValue() + " " + p.get("status").stringValue() + " "
                + (p.get("first_evidence").isNull() ? "null" : p.get("first_evidence").stringValue())));
        return pairs;
    }

    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        return text;
    }
}
