package id.go.pcm.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

/**
 * The national edition does not move (issue 21): the small national test month, run with the default
 * settings (no {@code types.csv}, the default zone and words), in both languages, gives every output
 * byte for byte as {@code national-2024-09.sha256} pins it (written by the job before SPEC 9): the
 * report, the JSON, the rejects and every scorecard. A change that means to move a national output
 * (the JSON gaining SPEC 9.3's keys) updates that file in the same commit, saying so.
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
    }

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
