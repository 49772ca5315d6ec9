package id.go.pcm.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An {@code --output} that cannot be written is refused before anything runs: exit 2, one line, no
 * stack trace, nothing written or overwritten. The folders used refuse new files to root as well
 * (permission bits do not stop root, and CI runs as root): procfs takes no new files on any Linux,
 * and no folder can be made under a regular file.
 */
class OutputNotWritableTest {

    @TempDir
    Path dir;

    private Runs.Result runWithOutput(Path output) {
        return new Runs(dir.resolve("home")).run("--period=2024-09", "--input=" + Runs.month("2024-09"),
                "--output=" + output, "--as-of=2024-10-10T00:00:00+07:00");
    }

    private void assertRefusedInOneLine(Runs.Result result, Path output) {
        assertEquals(2, result.exit(), result.err());
        assertEquals(1, result.err().lines().count(), "one line: " + result.err());
        assertTrue(result.err().startsWith("pcm: --output=" + output + " cannot be written ("), result.err());
        assertTrue(result.err().strip().endsWith("; choose a folder you may write to."), result.err());
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), "no stack trace: " + result.err());
        assertFalse(result.out().contains("starting attempt"), "nothing ran: " + result.out());
        assertFalse(Files.exists(dir.resolve("home/db")), "not even the job database was opened");
    }

    @Test
    void refusesAFolderThatCannotBeCreated() {
        Path output = Path.of("/proc/pcm-out-" + UUID.randomUUID());
        assertRefusedInOneLine(runWithOutput(output), output);
        assertFalse(Files.exists(output));
    }

    @Test
    void refusesAnExistingFolderThatTakesNoFiles() {
        Path output = Path.of("/proc");
        assertRefusedInOneLine(runWithOutput(output), output);
    }

    @Test
    void refusesAFolderUnderAFileAndLeavesTheFileAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("outputs"), "keep me");
        Path output = file.resolve("2024-09");
        Runs.Result result = runWithOutput(output);
        assertRefusedInOneLine(result, output);
        assertTrue(result.err().contains("Not a directory"), result.err());
        assertEquals("keep me", Files.readString(file), "nothing overwritten");
    }
}
