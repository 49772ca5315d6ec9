package id.go.pcm.batch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The month's outputs are one set (SPEC 3), as the operator meets it: a run that cannot publish, or
 * that is refused for too many rejects, leaves the month's published set exactly as it was.
 */
class PublishedSetTest {

    private static final String EARLIER = "--as-of=2024-10-09T00:00:00+07:00";
    private static final String LATER = "--as-of=2024-10-10T00:00:00+07:00";

    @TempDir
    Path dir;
    private Runs runs;
    private Path out;

    @BeforeEach
    void setUp() {
        runs = new Runs(dir.resolve("home"));
        out = dir.resolve("out");
    }

    private Runs.Result september(Path input, String asOf, String... extra) {
        String[] args = Stream.concat(Stream.of("--period=2024-09", "--input=" + input, "--output=" + out, asOf),
                Stream.of(extra)).toArray(String[]::new);
        return runs.run(args);
    }

    @Test
    void aFolderWhereTheReportGoesLeavesTheEarlierSetWholeAndIsNamedAsTheCause() throws IOException {
        assertEquals(0, september(Runs.month("2024-09"), EARLIER).exit());
        Path report = out.resolve("pcm-report-2024-09.pdf");
        Files.delete(report);
        Files.createDirectories(report.resolve("kept"));
        Map<String, String> before = contents(out);

        Runs.Result result = september(Runs.month("2024-09"), LATER);

        assertEquals(1, result.exit(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("pcm: A folder stands where " + report + " goes: move it away or remove it"),
                result.err());
        assertFalse(result.err().contains("permission") || result.err().contains("can be written"), result.err());
        assertEquals(before, contents(out), "the JSON and rejects of the earlier run, the folder, and no working file");
    }

    @Test
    void aRunRefusedForTooManyRejectsLeavesThePublishedSetAndWritesItsRejectsBesideIt() throws IOException {
        assertEquals(0, september(Runs.month("2024-09"), EARLIER).exit());
        Map<String, String> published = contents(out);

        Runs.Result refused = september(Runs.month("2024-09"), LATER, "--max-reject-ratio=0.3");

        assertEquals(4, refused.exit(), refused.err());
        Map<String, String> after = contents(out);
        String refusedName = "pcm-rejects-2024-09-refused.csv";
        assertTrue(after.containsKey(refusedName), after.keySet().toString());
        after.remove(refusedName);
        assertEquals(published, after, "report, JSON and rejects of the earlier run, unchanged");
        assertEquals(Files.readString(out.resolve("pcm-rejects-2024-09.csv")), Files.readString(out.resolve(refusedName)),
                "the refused run's rejects are the rows to fix (the same files, so the same rows)");

        assertEquals(0, september(Runs.month("2024-09"), LATER).exit());
        assertFalse(Files.exists(out.resolve(refusedName)), "the next successful run removes the refused rejects");
        assertEquals(published.keySet(), contents(out).keySet());
    }

    @Test
    void aRunStoppedByItsInputCreatesNoOutputFolder() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.writeString(input.resolve("media.csv"), "item_id,outlet\nM1,Kompas\n");
        out = dir.resolve("new/out");

        Runs.Result result = september(input, LATER);

        assertEquals(3, result.exit(), result.err());
        assertFalse(Files.exists(dir.resolve("new")), "no empty folder left behind");
    }

    @Test
    void aRunStoppedByAMissingFileCreatesNoOutputFolder() throws IOException {
        Path input = Runs.copyOf("2024-09", dir.resolve("in"));
        Files.delete(input.resolve("media.csv"));
        out = dir.resolve("new");

        Runs.Result result = september(input, LATER);

        assertEquals(3, result.exit(), result.err());
        assertFalse(Files.exists(out), "no empty folder left behind");
    }

    /** Each entry of the folder by name: a file with the SHA-256 of its bytes, a folder as "folder". */
    static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(), Files.isDirectory(file) ? "folder" : sha256(Files.readAllBytes(file)));
            }
        }
        return contents;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
