package id.go.pcm.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The national edition does not move (issue 21): the small national test month, run with the default
 * settings (no {@code types.csv}, the default zone and words), in both languages, gives every output
 * byte for byte as {@code national-2024-09.sha256} pins it (written by the job before SPEC 9): the
 * report, the JSON, the rejects and every scorecard. A change that means to move a national output
 * (the JSON gaining SPEC 9.3's keys, then SPEC 10.1's {@code files}) updates that file in the same commit, saying so.
 */
class NationalEditionTest {

    @TempDir
    Path dir;

    @Test
    void everyNationalOutputIsByteForByteThePinnedOne() throws IOException {
        for (String lang : List.of("id", "en")) {
            Runs.Result result = new Runs(dir.resolve("home-" + lang)).runIn(Map.of(), "--period=2024-09",
                    "--input=" + Runs.month("2024-09"), "--output=" + dir.resolve("out").resolve(lang),
                    "--as-of=2024-10-10T00:00:00+07:00", "--lang=" + lang);
            assertEquals(0, result.exit(), result.err());
        }
        String pinned;
        try (InputStream in = NationalEditionTest.class.getResourceAsStream("/national-2024-09.sha256")) {
            pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(pinned, digests(dir.resolve("out")));
        try (Stream<Path> pdfs = Files.walk(dir.resolve("out"))) {
            for (Path pdf : pdfs.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                // a bundle's pattern quote ('') printed as it is written: a text read without its arguments
                assertFalse(ReportText.of(pdf).contains("''"), pdf.toString());
            }
        }
    }

    /**
     * SPEC 10.1 adds {@code files} to each entry of the JSON's {@code inputs} and nothing else: for a month
     * of CSV files each lists its one file with that entry's own checksum and rows, and with those lists
     * cut out the JSON is byte for byte the one the job wrote before (its digest pinned before 10.1).
     */
    @Test
    void theJsonOnlyGainsEachInputsOneFileAndNoRefusedSubmission() throws IOException {
        Runs.Result result = new Runs(dir.resolve("home")).runIn(Map.of(), "--period=2024-09",
                "--input=" + Runs.month("2024-09"), "--output=" + dir.resolve("out"), "--as-of=2024-10-10T00:00:00+07:00");
        assertEquals(0, result.exit(), result.err());
        Path json = dir.resolve("out").resolve("pcm-figures-2024-09.json");
        JsonNode inputs = Runs.json(json).get("inputs");
        assertEquals(List.of("agencies.csv", "narratives.csv", "reports.csv", "dissemination.csv", "media.csv"),
                List.copyOf(inputs.propertyNames()));
        for (String file : inputs.propertyNames()) {
            JsonNode input = inputs.get(file);
            JsonNode files = input.get("files");
            assertEquals(1, files.size(), file);
            assertEquals(file, files.get(0).get("file").stringValue());
            assertEquals(sha256(Files.readAllBytes(Runs.month("2024-09").resolve(file))), files.get(0).get("sha256").stringValue());
            assertEquals(input.get("sha256").stringValue(), files.get(0).get("sha256").stringValue());
            assertEquals(input.get("rows").longValue(), files.get(0).get("rows").longValue());
        }
        // SPEC 10.2's submissions_refused (empty without submissions/) is the one other key added since
        String withoutFiles = Files.readString(json).replaceAll(",\n {6}\"files\" : \\[ \\{\n[^\\]]*?\\} \\]", "")
                .replace(",\n  \"submissions_refused\" : [ ]\n}", "\n}");
        assertEquals(BEFORE_FILES, sha256(withoutFiles.getBytes(StandardCharsets.UTF_8)));
    }

    /** The national JSON's digest before SPEC 10.1 (in {@code national-2024-09.sha256} until then). */
    private static final String BEFORE_FILES = "3e3ed4288cc65af3c4a16945bdbfd670dccddab1a128460c42237f3869056317";

    /** {@code sha256sum}'s lines for every file under a folder, by path. */
    private static String digests(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                lines.add(sha256(Files.readAllBytes(file)) + "  " + folder.relativize(file).toString().replace('\\', '/'));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
