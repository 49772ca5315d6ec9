package id.go.pcm.batch.it;

import id.go.pcm.batch.TestPostgres;
import id.go.pcm.samples.MonthGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar interrupted as operators do: Ctrl-C ({@code SIGINT}) or {@code kill} ({@code SIGTERM})
 * while it reads the files, while it writes the outputs, and while it starts. Each time it must stop
 * gracefully: exit 128 + the signal's number, print one line naming the interrupt and saying to run the
 * same command to resume, and no stack trace; leave no working file ({@code .*.part}, {@code .*.tmp}) in
 * {@code --output}, and either no output or a whole set; and the same command must then finish the
 * month with the bytes of an uninterrupted run.
 */
class InterruptedRunIT {

    @TempDir
    static Path dir;
    /**
     * Large enough (about 250,000 rows, read for a few seconds) that a signal lands while the reading
     * steps are busy. Both months are of the central bodies and one province (68 agencies, so 68
     * scorecards per run rather than ~600): how a run stops does not depend on how many agencies it has.
     */
    static Path largeMonth;
    static Map<String, byte[]> largeUninterrupted;
    static Path smallMonth;
    static Map<String, byte[]> smallUninterrupted;

    @BeforeAll
    static void monthsAndTheirUninterruptedOutputs() throws Exception {
        largeMonth = dir.resolve("large-month");
        new MonthGenerator(YearMonth.of(2024, 9), 5, 11, 0.005).withFirstProvinces(1).writeTo(largeMonth);
        largeUninterrupted = cleanRun(largeMonth, "large");
        smallMonth = dir.resolve("small-month");
        new MonthGenerator(YearMonth.of(2024, 9), 1, 11, 0.005).withFirstProvinces(1).writeTo(smallMonth);
        smallUninterrupted = cleanRun(smallMonth, "small");
    }

    private static Map<String, byte[]> cleanRun(Path month, String name) throws Exception {
        Path out = dir.resolve("clean-out-" + name);
        OperatorRun clean = OperatorRun.start(dir.resolve("clean-home-" + name), command(month, out));
        assertEquals(0, clean.await(), String.join("\n", clean.output()));
        Map<String, byte[]> bytes = new HashMap<>();
        for (String file : OperatorRun.SEPTEMBER_OUTPUTS) {
            bytes.put(file, OperatorRun.content(out.resolve(file)));
        }
        return bytes;
    }

    private static String[] command(Path month, Path output, String... extra) {
        String[] base = {"--period=2024-09", "--input=" + month, "--output=" + output, OperatorRun.AS_OF};
        String[] all = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @ParameterizedTest(name = "SIG{0} at \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            // one signal per phase keeps the suite short: the stop is the same whichever signal asks for it
            "INT  | Executing step: [media]",          // the three large files being read in parallel
            "TERM | Writing pcm-report-2024-09.pdf"})  // publishing: the outputs being written
    void aRunInterruptedWhileItWorksStopsCleanlyAndTheSameCommandFinishesIt(String signal, String phase) throws Exception {
        String name = signal + "-" + phase.replaceAll("[^A-Za-z0-9]+", "-");
        Path home = dir.resolve("home-" + name);
        Path out = dir.resolve("out-" + name);
        String[] sameCommand = command(largeMonth, out);

        OperatorRun victim = OperatorRun.startInterruptible(home, sameCommand);
        victim.awaitLogLine(line -> line.endsWith(phase), 120_000);
        int printedBefore = victim.output().size();
        long signalled = System.nanoTime();
        victim.signal(signal);
        int exit = victim.await(90_000);
        long millis = (System.nanoTime() - signalled) / 1_000_000;
        System.out.println("SIG" + signal + " at \"" + phase + "\": exit " + exit + " " + millis + " ms after the signal");

        assertEquals(signal.equals("INT") ? 130 : 143, exit, String.join("\n", victim.output()));
        assertOneInterruptedLine(victim, printedBefore, signal);
        String log = String.join("\n", victim.newLogLines());
        assertTrue(log.contains("ended STOPPED after the stop was asked"), "stopped gracefully, recorded STOPPED: " + log);
        assertFalse(log.contains("did not stop in time"), "not ended by the fallback");
        List<String> left = OperatorRun.names(out);
        assertTrue(left.stream().noneMatch(file -> file.startsWith(".")), "no working file left: " + left);
        if (phase.startsWith("Executing")) {
            assertEquals(List.of(), left, "nothing published by a run stopped while reading");
        } else {
            assertWholeSetOrNone(out, largeUninterrupted); // a publication under way is let finish
        }

        OperatorRun again = OperatorRun.start(home, sameCommand);
        assertEquals(0, again.await(), String.join("\n", again.output()));
        assertTrue(again.output().contains("PCM: resuming attempt 1 of 2024-09 as of 2024-10-10T00:00:00+07:00"),
                "the stopped attempt was resumed: " + again.output());
        assertSameAsUninterrupted(out, largeUninterrupted);
    }

    @ParameterizedTest(name = "SIGINT at \"{0}\"")
    @ValueSource(strings = {
            "HikariPool-1 - Starting..."})   // the connection pool opening
    void ctrlCDuringStartUpPrintsTheOneLineAndNoStackTrace(String phase) throws Exception {
        String name = phase.replaceAll("[^A-Za-z0-9]+", "-");
        Path home = dir.resolve("home-start-" + name);
        Path out = dir.resolve("out-start-" + name);
        String[] sameCommand = command(smallMonth, out);

        OperatorRun victim = OperatorRun.startInterruptible(home, sameCommand);
        victim.awaitLogLine(line -> line.endsWith(phase), 60_000);
        int printedBefore = victim.output().size();
        long signalled = System.nanoTime();
        victim.signal("INT");
        int exit = victim.await(90_000);
        System.out.println("SIGINT at \"" + phase + "\": exit " + exit + " " + (System.nanoTime() - signalled) / 1_000_000
                + " ms after the signal");

        assertEquals(130, exit, String.join("\n", victim.output()));
        assertOneInterruptedLine(victim, printedBefore, "INT");
        assertTrue(victim.newLogLines().stream().noneMatch(line -> line.contains("launched with the following parameters")),
                "no job started once interrupted");
        assertEquals(List.of(), OperatorRun.names(out), "nothing written");

        OperatorRun again = OperatorRun.start(home, sameCommand);
        assertEquals(0, again.await(), String.join("\n", again.output()));
        assertTrue(again.output().contains("PCM: starting attempt 1 of 2024-09 as of 2024-10-10T00:00:00+07:00"), again.output().toString());
        assertSameAsUninterrupted(out, smallUninterrupted);
    }

    /**
     * The job database hangs (PostgreSQL behind a forwarder that stops passing bytes) while the files are
     * read, so the run cannot reach a chunk boundary to stop at: 10 s after SIGTERM it is ended anyway,
     * still with its one line and its working files removed, and once the database answers again the
     * same command recovers the run it left behind.
     */
    @Test
    void aRunThatCannotStopIsEndedAfterTenSecondsAndRecoveredByTheSameCommand() throws Exception {
        TestPostgres server = TestPostgres.server();
        String schema = server.createSchema("pcm_stall_");
        Path home = dir.resolve("home-stalled");
        Path out = dir.resolve("out-stalled");
        try (TcpForwarder database = TcpForwarder.to(server.host(), server.port())) {
            String[] sameCommand = command(largeMonth, out,
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + database.port() + "/" + server.database()
                            + "?currentSchema=" + schema,
                    "--spring.datasource.username=" + server.user());
            OperatorRun victim = OperatorRun.startInterruptible(home, sameCommand);
            victim.awaitLogLine(line -> line.endsWith("Executing step: [media]"), 120_000);
            database.stall();
            Thread.sleep(500); // every step is now waiting for the database at its chunk's commit
            int printedBefore = victim.output().size();
            long signalled = System.nanoTime();
            victim.signal("TERM");
            int exit = victim.await(90_000);
            long millis = (System.nanoTime() - signalled) / 1_000_000;
            System.out.println("SIGTERM with the database hanging: exit " + exit + " " + millis + " ms after the signal");

            assertEquals(143, exit, String.join("\n", victim.output()));
            assertTrue(millis >= 10_000 && millis < 20_000, "ended by the fallback, 10 s after the signal: " + millis + " ms");
            assertOneInterruptedLine(victim, printedBefore, "TERM");
            assertTrue(String.join("\n", victim.newLogLines()).contains("did not stop in time"), "the fallback ended it");
            assertEquals(List.of(), OperatorRun.names(out), "no output and no working file");

            database.resume(); // the dead run's connections close, and the server lets its month go
            OperatorRun again = OperatorRun.start(home, sameCommand);
            assertEquals(0, again.await(), String.join("\n", again.output()));
            assertTrue(again.output().contains("PCM: resuming attempt 1 of 2024-09 as of 2024-10-10T00:00:00+07:00"),
                    "the ended attempt was recovered and resumed: " + again.output());
        }
        assertSameAsUninterrupted(out, largeUninterrupted);
    }

    /**
     * What the run printed after the signal: the one line, and nothing else but progress; and no stack
     * trace anywhere.
     */
    private static void assertOneInterruptedLine(OperatorRun victim, int printedBefore, String signal) {
        List<String> output = victim.output();
        List<String> after = output.subList(printedBefore, output.size()).stream()
                .filter(line -> !line.startsWith("  ")) // a file's progress, printed every few seconds
                .toList();
        assertEquals(List.of("pcm: interrupted (SIG" + signal + "); run the same command to resume."), after,
                "one line for the operator: " + output);
        assertEquals(1, output.stream().filter(line -> line.contains("interrupted")).count(), "said once: " + output);
        assertTrue(output.stream().noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception")),
                "no stack trace for the operator: " + output);
    }

    /** Whatever outputs are there (perhaps none) are whole: the run's set, never a part of it. */
    private static void assertWholeSetOrNone(Path out, Map<String, byte[]> uninterrupted) throws IOException {
        List<String> names = OperatorRun.names(out);
        if (!names.isEmpty()) {
            assertEquals(OperatorRun.SEPTEMBER_OUTPUTS.stream().sorted().toList(), names, "the whole set");
            for (String file : OperatorRun.SEPTEMBER_OUTPUTS) {
                assertTrue(Arrays.equals(uninterrupted.get(file), OperatorRun.content(out.resolve(file))), file + " is whole");
            }
        }
    }

    private static void assertSameAsUninterrupted(Path out, Map<String, byte[]> uninterrupted) throws IOException {
        assertEquals(OperatorRun.SEPTEMBER_OUTPUTS.stream().sorted().toList(), OperatorRun.names(out),
                "the three outputs and no working file");
        for (String file : OperatorRun.SEPTEMBER_OUTPUTS) {
            assertTrue(Arrays.equals(uninterrupted.get(file), OperatorRun.content(out.resolve(file))),
                    file + " is byte-identical to an uninterrupted run's");
        }
    }
}
