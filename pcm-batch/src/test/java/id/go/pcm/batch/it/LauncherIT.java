package id.go.pcm.batch.it;

import id.go.pcm.samples.MonthGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build's launcher, {@code target/bin/pcm-batch}, as an operator calls it: the same outputs as
 * {@code java -jar}, the job's exit status, the JVM itself in the launcher's process (so that Ctrl-C
 * and SIGTERM reach the job), a class-data archive made by the first run and used by the next, and
 * one line when no usable Java is found.
 */
class LauncherIT {

    /** The small month of pcm-batch's test resources (4 agencies): each run takes seconds. */
    private static final Path MONTH = Path.of("src", "test", "resources", "months", "2024-09").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theLauncherWritesWhatJavaJarWritesAndItsSecondRunStartsFromTheArchiveOfTheFirst() throws Exception {
        Map<String, byte[]> expected = outputs(OperatorRun.startJar(dir.resolve("jar-home"), command("jar-out")), "jar-out");

        Path home = dir.resolve("home");
        OperatorRun first = OperatorRun.startLauncher(OperatorRun.launcher(), Map.of(), home, command("first-out"));
        assertTrue(becomesJava(first), "the launcher execs java: its process is the JVM, which receives the signals");
        assertOutputs(expected, outputs(first, "first-out"));
        Path archive = onlyArchive(home);
        FileTime made = Files.getLastModifiedTime(archive);

        // The JDK's own class-loading log says where each class came from: "shared objects file (top)" is the archive.
        Path classLog = dir.resolve("classes.log");
        OperatorRun second = OperatorRun.startLauncher(OperatorRun.launcher(),
                Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classLog), home, command("second-out"));
        assertOutputs(expected, outputs(second, "second-out"));
        assertEquals(archive, onlyArchive(home), "the same archive");
        assertEquals(made, Files.getLastModifiedTime(archive), "used, not written again");
        List<String> loaded = Files.readAllLines(classLog);
        long fromArchive = loaded.stream().filter(l -> l.contains("shared objects file (top)")).count();
        assertTrue(fromArchive > 1000, fromArchive + " classes loaded from the archive");
        // The context is the one the build defined ahead of time, not parsed again (issue 24).
        assertTrue(loaded.stream().anyMatch(l -> l.contains(" id.go.pcm.batch.PcmBatchApplication__BeanFactoryRegistrations ")),
                "the launcher starts the context from the code Spring's AOT processing generated");
        // Also the classes the first run loaded without linking them (read for annotations, by reflection): a
        // thousand of them would otherwise be read and verified from the jars again on every run.
        List<String> fromJars = loaded.stream().filter(l -> l.contains("source: file:") && l.contains(".jar")).toList();
        assertTrue(fromJars.size() < 100, fromJars.size() + " classes read from the jars again, such as "
                + fromJars.subList(0, Math.min(5, fromJars.size())));
    }

    @Test
    void theJobsExitStatusComesThroughAlsoWhenCalledThroughASymlink() throws Exception {
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("usr/local/bin")).resolve("pcm-batch"),
                OperatorRun.launcher());

        OperatorRun badArgument = OperatorRun.startLauncher(link, Map.of(), dir.resolve("home"), "--period=2024-13",
                "--input=" + MONTH, "--output=" + dir.resolve("out"));
        assertEquals(2, badArgument.await(60_000), String.join("\n", badArgument.output()));
        assertEquals(1, badArgument.output().size(), "one line: " + badArgument.output());

        OperatorRun missingInput = OperatorRun.startLauncher(link, Map.of(), dir.resolve("home"), "--check",
                "--period=2024-09", "--input=" + dir.resolve("no-such-month/reports.csv"), OperatorRun.AS_OF);
        assertEquals(3, missingInput.await(60_000), String.join("\n", missingInput.output()));
        assertTrue(Files.notExists(dir.resolve("home/cds")), "a --check run makes no archive");
    }

    @Test
    void optionsThatAreNoJvmOptionsForARunOrThatTheJvmRefusesAreExit2WithOneLine() throws Exception {
        Map<String, String> refusals = Map.of(
                "-version", "-version", // java would print its version and exit 0 without running
                "--help", "--help",
                "-Xmx400m -X", "-X",
                "-Dpcm.note=a b", "'b'", // split at the space: java took "b" for the class to run
                "-XX:+NoSuchOption", "NoSuchOption", // the JVM refuses it with exit 1, the job's "the run failed"
                "-Xmx1q", "-Xmx1q");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            OperatorRun run = OperatorRun.startLauncher(OperatorRun.launcher(), Map.of("PCM_JAVA_OPTS", refusal.getKey()),
                    dir.resolve("home"), "--help");
            assertEquals(2, run.await(30_000), refusal.getKey() + ": " + String.join("\n", run.output()));
            assertEquals(1, run.output().size(), refusal.getKey() + ": one line: " + run.output());
            assertTrue(run.output().get(0).startsWith("pcm: ") && run.output().get(0).contains(refusal.getValue()),
                    run.output().get(0));
        }
        OperatorRun good = OperatorRun.startLauncher(OperatorRun.launcher(),
                Map.of("PCM_JAVA_OPTS", "-Xmx400m -Dpcm.note=a,b -XX:+UseSerialGC"), dir.resolve("home"), "--help");
        assertEquals(0, good.await(30_000), String.join("\n", good.output()));
        assertTrue(good.output().get(0).startsWith("Usage"), "the job's own help: " + good.output());
    }

    @Test
    void aRunKilledWithSigkillLeavesNoCopyOfTheFontsInTheTemporaryFolder() throws Exception {
        // The central bodies and one province: 68 scorecards, time for the kill to land while they are written.
        Path month = dir.resolve("month");
        new MonthGenerator(YearMonth.of(2024, 9), 1, 11, 0.005).withFirstProvinces(1).writeTo(month);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path home = dir.resolve("home");
        OperatorRun run = OperatorRun.startLauncher(OperatorRun.launcher(),
                Map.of("PCM_CDS", "off", "PCM_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp), home, "--period=2024-09",
                "--input=" + month, "--output=" + dir.resolve("out"), OperatorRun.AS_OF);
        run.awaitLogLine(line -> line.contains("scorecards"), 120_000); // the report's charts are drawn: the fonts are loaded
        assertEquals(137, run.kill(), "killed while running: " + run.output());
        assertEquals(List.of(), OperatorRun.names(tmp), "the JDK's +~JF….tmp copies are removed only by a normal exit");
        assertTrue(OperatorRun.names(home.resolve("fonts")).stream().anyMatch(n -> n.startsWith("LiberationSans-Regular-")),
                "the fonts are read from files of their own: " + OperatorRun.names(home.resolve("fonts")));
    }

    /**
     * Whatever the kill's timing: no font is ever made from a stream (the JDK's only way to a
     * {@code +~JF….tmp} copy), OpenPDF's own fallback font for a chunk without a font included. With the
     * temporary folder missing, such a copy fails the run.
     */
    @Test
    void noFontIsEverCopiedToTheTemporaryFolder() throws Exception {
        Path month = dir.resolve("month");
        new MonthGenerator(YearMonth.of(2024, 9), 1, 11, 0.005).withFirstProvinces(1).writeTo(month);
        Path missing = dir.resolve("no-tmp");
        OperatorRun run = OperatorRun.startLauncher(OperatorRun.launcher(),
                Map.of("PCM_CDS", "off", "PCM_JAVA_OPTS", "-Djava.io.tmpdir=" + missing), dir.resolve("home"), "--period=2024-09",
                "--input=" + month, "--output=" + dir.resolve("out"), OperatorRun.AS_OF);
        assertEquals(0, run.await(), String.join("\n", run.output()));
        assertFalse(Files.exists(missing), "nothing was written to the temporary folder");
    }

    @Test
    void withoutJava17TheLauncherSaysSoInOneLine() throws Exception {
        Path oldJava = Files.createDirectories(dir.resolve("jdk-11/bin"));
        Files.writeString(oldJava.resolveSibling("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path java = Files.writeString(oldJava.resolve("java"), "#!/bin/sh\necho 'this Java must not be run' >&2\nexit 99\n");
        assertTrue(java.toFile().setExecutable(true));

        OperatorRun tooOld = OperatorRun.startLauncher(OperatorRun.launcher(), Map.of("JAVA_HOME", oldJava.getParent().toString()),
                dir.resolve("home"), "--help");
        assertEquals(2, tooOld.await(30_000), String.join("\n", tooOld.output()));
        assertEquals(1, tooOld.output().size(), "one line: " + tooOld.output());
        assertTrue(tooOld.output().get(0).contains("needs Java 17 or later"), tooOld.output().get(0));

        OperatorRun none = OperatorRun.startLauncher(OperatorRun.launcher(), Map.of("JAVA_HOME", dir.resolve("nothing").toString()),
                dir.resolve("home"), "--help");
        assertEquals(2, none.await(30_000), String.join("\n", none.output()));
        assertTrue(none.output().get(0).contains("JAVA_HOME"), none.output().get(0));
    }

    @Test
    void theLauncherSetsGlibcsTrimThresholdAndTheOperatorsOwnTunablesComeAfterIt() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("jdk-17/bin"));
        Files.writeString(bin.resolveSibling("release"), "JAVA_VERSION=\"17.0.15\"\n");
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"GLIBC_TUNABLES=$GLIBC_TUNABLES\"\n");
        assertTrue(java.toFile().setExecutable(true));
        String jdk = bin.getParent().toString();

        OperatorRun plain = OperatorRun.startLauncher(OperatorRun.launcher(), Map.of("JAVA_HOME", jdk, "GLIBC_TUNABLES", ""),
                dir.resolve("home"), "--help");
        assertEquals(0, plain.await(30_000), String.join("\n", plain.output()));
        assertEquals(List.of("GLIBC_TUNABLES=glibc.malloc.trim_threshold=67108864"), plain.output());

        OperatorRun own = OperatorRun.startLauncher(OperatorRun.launcher(),
                Map.of("JAVA_HOME", jdk, "GLIBC_TUNABLES", "glibc.malloc.trim_threshold=131072"), dir.resolve("home"), "--help");
        assertEquals(0, own.await(30_000), String.join("\n", own.output()));
        assertEquals(List.of("GLIBC_TUNABLES=glibc.malloc.trim_threshold=67108864:glibc.malloc.trim_threshold=131072"),
                own.output(), "glibc applies tunables in order: the operator's, last, win");
    }

    private String[] command(String output) {
        return new String[] {"--period=2024-09", "--input=" + MONTH, "--output=" + dir.resolve(output), OperatorRun.AS_OF,
                "--max-reject-ratio=1"}; // the month has faulty rows on purpose
    }

    /** Whether the launcher's process turns into the JVM before it ends (it should, within milliseconds). */
    private static boolean becomesJava(OperatorRun run) throws InterruptedException {
        Optional<ProcessHandle> process = ProcessHandle.of(run.pid());
        while (process.isPresent() && process.get().isAlive()) {
            if (process.get().info().command().filter(c -> c.endsWith("/java")).isPresent()) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    private Map<String, byte[]> outputs(OperatorRun run, String folder) throws Exception {
        assertEquals(0, run.await(180_000), String.join("\n", run.output()));
        Map<String, byte[]> outputs = new java.util.TreeMap<>();
        for (String name : OperatorRun.SEPTEMBER_OUTPUTS) {
            outputs.put(name, OperatorRun.content(dir.resolve(folder).resolve(name)));
        }
        return outputs;
    }

    private static void assertOutputs(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    private static Path onlyArchive(Path home) throws Exception {
        List<String> archives = OperatorRun.names(home.resolve("cds")).stream().filter(n -> n.endsWith(".jsa")).toList();
        assertEquals(1, archives.size(), "one archive: " + archives);
        assertTrue(archives.get(0).matches("pcm-\\d+-\\d+\\.jsa"), archives.get(0));
        return home.resolve("cds").resolve(archives.get(0));
    }
}
