package id.go.pcm.batch.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One run of a month at a time in an output folder, whatever its job database (issue 19, point 2). */
class OutputLockTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);

    @TempDir
    Path dir;

    @Test
    void aHeldMonthRefusesASecondRunNamingTheHolderAndIsFreeOnceReleased() throws IOException {
        OutputFiles files = new OutputFiles(dir.resolve("out"), SEPTEMBER);
        try (OutputLock held = OutputLock.take(files, "month=2024-09; host=a; pid=1")) {
            assertEquals("month=2024-09; host=a; pid=1\n", Files.readString(files.lock()), "the file says who holds it");
            held.describe("month=2024-09; attempt=3; host=a; pid=1");
            OutputInUseException refused = assertThrows(OutputInUseException.class, () -> OutputLock.take(files, "second"));
            assertEquals("Month 2024-09 is already being written into " + files.folder() + " by another PCM run"
                    + " (month=2024-09; attempt=3; host=a; pid=1); wait for that run to end, or stop it, then run again"
                    + " (two runs of one month must not share an output folder, whatever their PCM_HOME).", refused.getMessage());
            assertTrue(refused.messageId().startsWith("Bulan 2024-09 sedang ditulis ke " + files.folder()
                    + " oleh run PCM lain (month=2024-09; attempt=3; host=a; pid=1); "), refused.messageId());
        }
        assertFalse(Files.exists(files.lock()), "the run that ends removes its file");
        try (OutputLock again = OutputLock.take(files, "third")) {
            assertEquals("third\n", Files.readString(files.lock()));
        }
    }

    @Test
    void aRunOfAnotherProcessIsRefusedWhileTheFirstHoldsTheMonthAndTakesItOnceTheFirstIsGone() throws Exception {
        OutputFiles files = new OutputFiles(dir.resolve("out"), SEPTEMBER);
        Process other = holdInAnotherProcess(files.lock(), "month=2024-09; host=b; pid=other");
        try {
            OutputInUseException refused = assertThrows(OutputInUseException.class, () -> OutputLock.take(files, "mine"));
            assertTrue(refused.getMessage().contains("(month=2024-09; host=b; pid=other)"), refused.getMessage());
        } finally {
            other.destroyForcibly().waitFor(); // as kill -9: its file stays, its lock goes
        }
        assertTrue(Files.exists(files.lock()), "a killed run leaves its file");
        try (OutputLock taken = OutputLock.take(files, "mine")) {
            assertEquals("mine\n", Files.readString(files.lock()), "a stale file holds nothing and says the new holder");
        }
    }

    @Test
    void aFileLeftByAKilledRunDoesNotBlock() throws IOException {
        OutputFiles files = new OutputFiles(dir.resolve("out"), SEPTEMBER);
        Files.createDirectories(files.folder());
        Files.writeString(files.lock(), "month=2024-09; host=gone; pid=99999; a much longer description than the next\n");
        try (OutputLock taken = OutputLock.take(files, "next")) {
            assertEquals("next\n", Files.readString(files.lock()));
        }
    }

    @Test
    void otherMonthsInTheSameFolderRunTogether() {
        Path out = dir.resolve("out");
        try (OutputLock september = OutputLock.take(new OutputFiles(out, SEPTEMBER), "september");
             OutputLock october = OutputLock.take(new OutputFiles(out, YearMonth.of(2024, 10)), "october")) {
            assertTrue(Files.exists(out.resolve(".pcm-2024-09.lock")) && Files.exists(out.resolve(".pcm-2024-10.lock")));
        }
    }

    @Test
    void theFolderIsOneHoweverItIsNamed() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), out);
        try (OutputLock held = OutputLock.take(new OutputFiles(out, SEPTEMBER), "first")) {
            assertThrows(OutputInUseException.class, () -> OutputLock.take(new OutputFiles(link, SEPTEMBER), "second"));
            assertThrows(OutputInUseException.class, () -> OutputLock.take(new OutputFiles(out.resolve("../out"), SEPTEMBER), "third"));
        }
    }

    /**
     * A JVM of its own that takes the lock as a run does (an operating-system lock on the file) and
     * says who it is, then holds it until killed.
     */
    private Process holdInAnotherProcess(Path lockFile, String holder) throws IOException, InterruptedException {
        Files.createDirectories(lockFile.getParent());
        Path source = dir.resolve("Hold.java");
        Files.writeString(source, """
                import java.nio.ByteBuffer;
                import java.nio.channels.FileChannel;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;
                public class Hold {
                    public static void main(String[] args) throws Exception {
                        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                                StandardOpenOption.READ, StandardOpenOption.WRITE);
                        if (channel.tryLock() == null) throw new IllegalStateException("not taken");
                        channel.write(ByteBuffer.wrap((args[1] + "\\n").getBytes()), 0);
                        System.out.println("held");
                        Thread.sleep(600_000);
                    }
                }
                """);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                source.toString(), lockFile.toString(), holder).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"held".equals(line)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the other process did not take the lock: " + line);
        }
        return process;
    }
}
