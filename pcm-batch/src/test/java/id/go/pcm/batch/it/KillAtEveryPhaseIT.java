package id.go.pcm.batch.it;

import id.go.pcm.samples.MonthGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar killed with {@code kill -9} in each phase of a run: the registry steps, the parallel
 * reading, and every part of publishing (the rejects file, the figures, the PDF, the history, the moves
 * into place). The kill follows, within milliseconds, the line the run logs as it enters the phase.
 * Then the same command again must end with the bytes of an uninterrupted run; and at no moment, during
 * the killed run or the one after, may an output file be visible that is not whole. Working files
 * ({@code .*.tmp}, {@code .*.part}) may be left by the kill, never count as outputs, and are gone once
 * the run completes.
 */
class KillAtEveryPhaseIT {


    @TempDir
    static Path dir;
    static Path month;
    static Map<String, byte[]> uninterrupted;

    @BeforeAll
    static void monthAndItsUninterruptedOutputs() throws Exception {
        month = dir.resolve("month");
        // Twice the national volume: the reading takes a couple of seconds, publishing several. The
        // central bodies and one province (68 agencies, so 68 scorecards rather than ~600): what is
        // tested is where the kill lands, not how many agencies there are.
        new MonthGenerator(YearMonth.of(2024, 9), 2, 11, 0.005).withFirstProvinces(1).writeTo(month);
        Path out = dir.resolve("clean-out");
        OperatorRun clean = OperatorRun.start(dir.resolve("clean-home"), command(out));
        assertEquals(0, clean.await(), String.join("\n", clean.output()));
        uninterrupted = new TreeMap<>();
        for (String file : OperatorRun.SEPTEMBER_OUTPUTS) {
            uninterrupted.put(file, OperatorRun.content(out.resolve(file)));
        }
    }

    private static String[] command(Path output) {
        return new String[]{"--period=2024-09", "--input=" + month, "--output=" + output, OperatorRun.AS_OF};
    }

    @ParameterizedTest(name = "killed at \"{0}\"")
    @ValueSource(strings = {
            "Executing step: [agencies]",
            "Executing step: [narratives]",
            "Executing step: [media]",
            "Writing pcm-rejects-2024-09.csv",
            "Writing pcm-figures-2024-09.json",
            "Writing pcm-report-2024-09.pdf",
            "scorecards",
            "Storing the history of 2024-09",
            "Publishing the outputs of 2024-09"})
    void aRunKilledInThisPhaseIsCompletedByTheSameCommand(String phase) throws Exception {
        String name = phase.replaceAll("[^A-Za-z0-9]+", "-");
        Path home = dir.resolve("home-" + name);
        Path out = dir.resolve("out-" + name);
        OutputWatch watch = new OutputWatch(out);
        watch.start();
        try {
            OperatorRun victim = OperatorRun.start(home, command(out));
            victim.awaitLogLine(line -> line.endsWith(phase), 120_000);
            assertEquals(137, victim.kill(), "killed by SIGKILL while running: " + victim.output());
            // Where the kill landed, for the test's output: the last thing the run logged before it died.
            System.out.println("Killed at \"" + phase + "\"; its last log line: "
                    + victim.newLogLines().stream().reduce((first, second) -> second).orElse("(the trigger line)"));
            assertOnlyWholeOutputsAndWorkingFiles(out);

            OperatorRun again = OperatorRun.start(home, command(out));
            assertEquals(0, again.await(), String.join("\n", again.output()));
            assertTrue(again.output().contains("PCM: resuming attempt 1 of 2024-09 as of 2024-10-10T00:00:00+07:00"),
                    "the killed attempt was resumed: " + again.output());
        } finally {
            watch.stopWatching();
        }
        assertEquals(List.of(), watch.violations, "every output seen while the runs went on was whole");
        assertTrue(watch.sawAny, "the watch read the outputs as they appeared");
        assertEquals(new TreeSet<>(OperatorRun.SEPTEMBER_OUTPUTS), new TreeSet<>(OperatorRun.names(out)), "the three outputs and no working file left");
        for (String file : OperatorRun.SEPTEMBER_OUTPUTS) {
            assertTrue(Arrays.equals(uninterrupted.get(file), OperatorRun.content(out.resolve(file))),
                    file + " is byte-identical to an uninterrupted run's");
        }
    }

    /** After a kill: any output present is whole; anything else is a hidden working file. */
    private static void assertOnlyWholeOutputsAndWorkingFiles(Path out) throws IOException {
        for (String name : OperatorRun.names(out)) {
            if (OperatorRun.SEPTEMBER_OUTPUTS.contains(name)) {
                assertTrue(Arrays.equals(uninterrupted.get(name), OperatorRun.content(out.resolve(name))),
                        name + " is whole after the kill");
            } else {
                assertTrue(isWorkingFile(name), "only working files beside the outputs: " + name);
            }
        }
    }

    /** Hidden temporaries and spools, the publication's staging, earlier set and journal, and the month's lock file. */
    private static boolean isWorkingFile(String name) {
        return name.startsWith(".") && (name.endsWith(".tmp") || name.endsWith(".part")
                || name.matches("\\.pcm-2024-09-(staging|previous|publishing)") || name.equals(".pcm-2024-09.lock"));
    }


    /**
     * Looks at the output folder every few milliseconds, as a reader would, and reads each output file
     * whenever it changes (another inode, size or time): every one must be the whole file.
     */
    private static final class OutputWatch extends Thread {

        private final Path folder;
        private final Map<String, Object> seen = new ConcurrentHashMap<>();
        final List<String> violations = new CopyOnWriteArrayList<>();
        volatile boolean sawAny;
        private volatile boolean running = true;

        OutputWatch(Path folder) {
            this.folder = folder;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                look();
                try {
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    return;
                }
            }
            look();
        }

        private void look() {
            if (!Files.isDirectory(folder)) {
                return;
            }
            List<Path> files = new ArrayList<>();
            try (Stream<Path> list = Files.list(folder)) {
                list.forEach(files::add);
            } catch (IOException e) {
                return;
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!OperatorRun.SEPTEMBER_OUTPUTS.contains(name)) {
                    if (!isWorkingFile(name)) {
                        violations.add("not an output nor a working file: " + name);
                    }
                    continue;
                }
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    List<Object> version = List.of(String.valueOf(attributes.fileKey()), attributes.size(),
                            attributes.lastModifiedTime());
                    if (version.equals(seen.put(name, version))) {
                        continue;
                    }
                    sawAny = true;
                    byte[] bytes = OperatorRun.content(file);
                    if (!Arrays.equals(uninterrupted.get(name), bytes)) {
                        violations.add(name + " seen with " + bytes.length + " bytes instead of " + uninterrupted.get(name).length);
                    }
                } catch (NoSuchFileException gone) {
                    // replaced between the listing and the read: the next look sees the new one
                } catch (IOException e) {
                    violations.add(name + ": " + e);
                }
            }
        }

        void stopWatching() throws InterruptedException {
            running = false;
            join(5_000);
        }
    }
}
