package id.go.pcm.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A month whose reports and dissemination come as agencies' workbooks in {@code submissions/} (SPEC 10.2):
 * the run reads them after the folder's own files as one file, and gives the figures and rejects of the
 * same rows in one file, the rejects named after the sheets.
 */
class SubmissionsMonthTest {

    private static final String AS_OF = "--as-of=2024-10-10T00:00:00+07:00";

    @TempDir
    Path dir;

    private static List<List<String>> records(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(in)) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private Runs.Result runMonth(Path input, Path output) {
        return new Runs(dir.resolve("home-" + output.getFileName())).run("--period=2024-09", "--input=" + input,
                "--output=" + output, AS_OF, "--lang=en");
    }

    /**
     * Splits {@code NAME.csv} of the month into consecutive pieces, one workbook per piece in
     * {@code submissions/}, and records where each row went: "NAME.xlsx,LINE," of the one-workbook
     * month becomes "submissions/PIECE#NAME,LINE',".
     */
    private static void split(Path input, String name, List<String> pieces, Map<String, String> renamed) throws IOException {
        List<List<String>> rows = records(input.resolve(name + ".csv"));
        Files.delete(input.resolve(name + ".csv"));
        int data = rows.size() - 1;
        int start = 1;
        for (int p = 0; p < pieces.size(); p++) {
            int end = p == pieces.size() - 1 ? rows.size() : Math.min(rows.size(), start + (data + pieces.size() - 1) / pieces.size());
            List<List<String>> piece = new ArrayList<>(List.of(rows.get(0)));
            for (int i = start; i < end; i++) {
                piece.add(rows.get(i));
                renamed.put(name + ".xlsx," + (i + 1) + ",", "submissions/" + pieces.get(p) + "#" + name + "," + (i - start + 2) + ",");
            }
            Path workbook = input.resolve("submissions").resolve(pieces.get(p) + "-" + name);
            TinyWorkbook.write(workbook, name, piece);
            start = end;
        }
    }

    private static String renamed(String line, Map<String, String> renamed) {
        for (Map.Entry<String, String> e : renamed.entrySet()) {
            if (line.startsWith(e.getKey())) {
                return e.getValue() + line.substring(e.getKey().length());
            }
        }
        return line;
    }

    @Test
    void aMonthSplitIntoSubmissionsGivesTheFiguresAndRejectsOfTheSameRowsInOneFile() throws IOException {
        Path whole = Runs.copyOf("2024-09", dir.resolve("whole"));
        for (String name : List.of("reports", "dissemination")) {
            TinyWorkbook.fromCsv(whole.resolve(name + ".csv"), whole.resolve(name + ".xlsx"));
            Files.delete(whole.resolve(name + ".csv"));
        }
        Path parts = Runs.copyOf("2024-09", dir.resolve("parts"));
        Files.createDirectory(parts.resolve("submissions"));
        // one workbook per piece would hold both sheets in an office; here each sheet is its own workbook,
        // named so that reports' pieces and dissemination's pieces each keep the file's order
        Map<String, String> renamed = new HashMap<>();
        split(parts, "reports", List.of("A", "B", "a"), renamed);
        split(parts, "dissemination", List.of("C", "D", "c"), renamed);
        fixNames(parts, renamed);
        Files.writeString(parts.resolve("submissions").resolve("catatan.txt"), "dikirim lewat email");
        Files.writeString(parts.resolve("submissions").resolve("zz-rusak.xlsx"), "bukan buku kerja");

        Path wholeOut = dir.resolve("whole-out");
        Path partsOut = dir.resolve("parts-out");
        assertEquals(0, runMonth(whole, wholeOut).exit());
        Runs.Result run = runMonth(parts, partsOut);

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("submissions/catatan.txt: ignored"), run.out());
        List<String> expected = new ArrayList<>(Files.readAllLines(wholeOut.resolve("pcm-rejects-2024-09.csv")).stream()
                .map(line -> renamed(line, renamed)).toList());
        List<String> rejects = Files.readAllLines(partsOut.resolve("pcm-rejects-2024-09.csv"));
        assertTrue(rejects.get(rejects.size() - 1).startsWith("submissions/zz-rusak.xlsx,1,,UNUSABLE_FILE,,"), rejects.toString());
        assertEquals(expected, rejects.subList(0, rejects.size() - 1), "the same rejects under the sheets' names, then the refused workbook");
        assertTrue(expected.stream().anyMatch(l -> l.startsWith("submissions/")), "some rejects are the submissions'");

        JsonNode wholeJson = Runs.json(wholeOut.resolve("pcm-figures-2024-09.json"));
        JsonNode json = Runs.json(partsOut.resolve("pcm-figures-2024-09.json"));
        assertEquals(wholeJson.get("national"), json.get("national"));
        for (String key : List.of("rows", "accepted", "rejected")) {
            assertEquals(wholeJson.get("inputs").get("reports.csv").get(key), json.get("inputs").get("reports.csv").get(key));
        }
        JsonNode files = json.get("inputs").get("dissemination.csv").get("files");
        assertEquals(List.of("submissions/C-dissemination.xlsx#dissemination", "submissions/D-dissemination.xlsx#dissemination",
                        "submissions/c-dissemination.xlsx#dissemination"),
                List.of(files.get(0).get("file").stringValue(), files.get(1).get("file").stringValue(), files.get(2).get("file").stringValue()));
        assertTrue(json.get("inputs").get("dissemination.csv").get("sha256").isNull(), "several files");
        JsonNode refused = json.get("submissions_refused");
        assertEquals(1, refused.size());
        assertEquals("submissions/zz-rusak.xlsx", refused.get(0).get("file").stringValue());
        assertEquals("UNUSABLE_FILE", refused.get(0).get("rule").stringValue());
        assertTrue(refused.get(0).get("message_id").stringValue().contains("zz-rusak.xlsx"));
        assertEquals(0, Runs.json(wholeOut.resolve("pcm-figures-2024-09.json")).get("submissions_refused").size());

        String report = ReportText.of(partsOut.resolve("pcm-report-2024-09.pdf"));
        String quality = report.substring(report.lastIndexOf("7. Data Quality"), report.lastIndexOf("8. Method"));
        assertTrue(quality.contains("Submissions refused") && quality.contains("submissions/zz-rusak.xlsx"), quality);
    }

    /** The pieces are written as PIECE-NAME.xlsx: their rejects' names follow. */
    private static void fixNames(Path input, Map<String, String> renamed) throws IOException {
        try (var list = Files.list(input.resolve("submissions"))) {
            for (Path file : list.toList()) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".xlsx"));
            }
        }
        renamed.replaceAll((from, to) -> {
            int hash = to.indexOf('#');
            String piece = to.substring("submissions/".length(), hash);
            String name = to.substring(hash + 1, to.indexOf(','));
            return "submissions/" + piece + "-" + name + ".xlsx" + to.substring(hash);
        });
    }
}
