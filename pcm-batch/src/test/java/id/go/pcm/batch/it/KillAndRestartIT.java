package id.go.pcm.batch.it;

import id.go.pcm.batch.TestPostgres;
import id.go.pcm.samples.MonthGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar killed with {@code kill -9} in the middle of reading a month, then run again with
 * the same command: it recovers the execution the dead process left "running", resumes it, and
 * ends with the same bytes as an uninterrupted run. The month is large enough (about 600,000 rows)
 * to be killed mid-step, and of the central bodies and one province (68 agencies, so 68 scorecards
 * per run rather than ~600): recovering a run does not depend on how many agencies it has.
 */
class KillAndRestartIT {


    @TempDir
    static Path dir;
    static Path month;
    private static Path uninterrupted;

    @BeforeAll
    static void generate() {
        month = dir.resolve("month");
        new MonthGenerator(YearMonth.of(2024, 9), 20, 11, 0.005).withFirstProvinces(1).writeTo(month);
    }

    /**
     * The outputs of an uninterrupted run of the month as of 2024-10-10 on the embedded database,
     * made by the first test that compares with them and kept for the others (the jar writes the same
     * bytes whichever database holds its job repository).
     */
    private static synchronized Path uninterrupted() throws Exception {
        if (uninterrupted == null) {
            Path cleanOut = dir.resolve("clean-out");
            OperatorRun clean = OperatorRun.start(dir.resolve("clean-home"), command(cleanOut, "--as-of=2024-10-10T00:00:00+07:00"));
            assertEquals(0, clean.await(), String.join("\n", clean.output()));
            uninterrupted = cleanOut;
        }
        return uninterrupted;
    }

    private static String[] command(Path output, String... extra) {
        String[] base = {"--period=2024-09", "--input=" + month, "--output=" + output};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void aKilledRunIsResumedByTheSameCommandAndEndsAsAnUninterruptedOne() throws Exception {
        Path cleanOut = uninterrupted();

        Path home = dir.resolve("home");
        Path out = dir.resolve("out");
        String[] sameCommand = command(out, "--as-of=2024-10-10T00:00:00+07:00");
        OperatorRun victim = OperatorRun.start(home, sameCommand);
        victim.awaitLine(line -> line.contains("narratives.csv") && line.contains("read"), 60_000);
        Thread.sleep(500); // now inside the parallel reading of reports, dissemination and media
        assertEquals(137, victim.kill(), "killed by SIGKILL");
        assertFalse(Files.exists(out.resolve("pcm-figures-2024-09.json")), "killed before the outputs: " + victim.output());
        assertFalse(Files.exists(out.resolve("pcm-report-2024-09.pdf")));

        OperatorRun again = OperatorRun.start(home, sameCommand);
        assertEquals(0, again.await(), String.join("\n", again.output()));
        for (String file : OperatorRun.SEPTEMBER_OUTPUTS) {
            assertArrayEquals(OperatorRun.content(cleanOut.resolve(file)), OperatorRun.content(out.resolve(file)), file);
        }
        String log = Files.readString(home.resolve("logs/pcm-batch.log"));
        assertTrue(log.contains("which is gone: recovering it"), "the stale execution was recognised");
        assertTrue(log.contains("Restarting execution"), "the same attempt was resumed, not a new one started");
    }

    @Test
    void aKilledRunIsResumedOnPostgresToo() throws Exception {
        TestPostgres server = TestPostgres.server();
        String[] database = server.datasourceArguments(server.createSchema("pcm_kill_")).toArray(String[]::new);
        Path home = dir.resolve("home-pg");
        Path out = dir.resolve("out-pg");
        String[] sameCommand = command(out, concat(new String[]{"--as-of=2024-10-10T00:00:00+07:00"}, database));
        OperatorRun victim = OperatorRun.start(home, sameCommand);
        victim.awaitLine(line -> line.contains("narratives.csv") && line.contains("read"), 60_000);
        Thread.sleep(500);
        assertEquals(137, victim.kill());
        OperatorRun again = OperatorRun.start(home, sameCommand);
        assertEquals(0, again.await(), String.join("\n", again.output()));
        assertTrue(again.output().stream().anyMatch(l -> l.startsWith("PCM: resuming attempt 1")), again.output().toString());
        Path cleanOut = uninterrupted();
        for (String file : OperatorRun.SEPTEMBER_OUTPUTS) {
            assertArrayEquals(OperatorRun.content(cleanOut.resolve(file)), OperatorRun.content(out.resolve(file)), file);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aKilledRunWithoutAsOfResumesWithTheTimeOfTheRunItResumes() throws Exception {
        Path home = dir.resolve("home-now");
        Path out = dir.resolve("out-now");
        OperatorRun victim = OperatorRun.start(home, command(out));
        victim.awaitLine(line -> line.contains("narratives.csv") && line.contains("read"), 60_000);
        assertEquals(137, victim.kill());
        Thread.sleep(1_500); // so that "now" has moved on by the time of the second run

        OperatorRun again = OperatorRun.start(home, command(out));
        assertEquals(0, again.await(), String.join("\n", again.output()));
        String figures = Files.readString(out.resolve("pcm-figures-2024-09.json"));
        String started = victim.output().stream().filter(l -> l.startsWith("PCM: starting")).findFirst().orElseThrow();
        String resumed = again.output().stream().filter(l -> l.startsWith("PCM: resuming")).findFirst()
                .orElseThrow(() -> new AssertionError("not resumed: " + again.output()));
        // A fresh start would have taken a new "now"; the resumed run keeps the killed run's.
        String asOf = asOfOf(figures);
        assertTrue(started.endsWith("as of " + asOf), started + " vs " + asOf);
        assertTrue(resumed.endsWith("as of " + asOf), resumed + " vs " + asOf);
    }

    private static String asOfOf(String figures) {
        int at = figures.indexOf("\"as_of\" : \"") + 11;
        return figures.substring(at, figures.indexOf('"', at));
    }

    /**
     * One run under way, and two more started on its embedded database while it reads: one of the same
     * month, one of another. Both are refused at once, each with one line naming the run that holds
     * the database, and write nothing; the first run ends as if they had not been tried. (One run
     * serves both refusals: each is tried while it reads, and it takes far longer than two refusals.)
     */
    @Test
    void aSecondRunOfTheSameMonthOrOfAnotherOnTheEmbeddedDatabaseIsRefusedAtOnceNamingTheRunThatHoldsIt() throws Exception {
        Path home = dir.resolve("home-twice");
        OperatorRun first = OperatorRun.start(home, command(dir.resolve("out-a"), "--as-of=2024-10-10T00:00:00+07:00"));
        first.awaitLine(line -> line.contains("agencies.csv"), 60_000);

        OperatorRun sameMonth = OperatorRun.start(home, command(dir.resolve("out-b"), "--as-of=2024-10-10T00:00:00+07:00"));
        int sameMonthExit = sameMonth.await();
        boolean firstRunningAfterTheSameMonth = first.isAlive();
        OperatorRun otherMonth = OperatorRun.start(home, "--period=2024-08", "--input=" + month, "--output=" + dir.resolve("out-d"));
        int otherMonthExit = otherMonth.await();
        boolean firstRunningAfterTheOtherMonth = first.isAlive();
        assertEquals(0, first.await(), String.join("\n", first.output()));

        assertEquals(1, sameMonthExit, String.join("\n", sameMonth.output()));
        assertTrue(sameMonth.output().stream().anyMatch(l -> l.startsWith("pcm: ")), "one clear line: " + sameMonth.output());
        assertEquals(1, otherMonthExit, String.join("\n", otherMonth.output()));
        for (OperatorRun refused : List.of(sameMonth, otherMonth)) {
            List<String> refusal = refused.output().stream().filter(l -> l.startsWith("pcm: ")).toList();
            assertEquals(1, refusal.size(), refused.output().toString());
            assertTrue(refusal.get(0).startsWith("pcm: Another PCM run (month 2024-09, process " + first.pid() + " "), refusal.get(0));
            assertTrue(refusal.get(0).contains("is using the embedded job database " + home.resolve("db")), refusal.get(0));
        }
        assertTrue(firstRunningAfterTheSameMonth && firstRunningAfterTheOtherMonth,
                "refused while the first run was reading, not after waiting for it");
        assertTrue(Files.notExists(dir.resolve("out-b")), "the refused run of the same month wrote nothing");
        assertTrue(Files.notExists(dir.resolve("out-d")), "the refused run of another month wrote nothing");
        assertArrayEquals(OperatorRun.content(uninterrupted().resolve("pcm-figures-2024-09.json")),
                OperatorRun.content(dir.resolve("out-a").resolve("pcm-figures-2024-09.json")),
                "the first run's figures are those of a run nobody tried to join");
    }

    /**
     * Two runs of the month into one output folder with a job database each (two {@code PCM_HOME}s,
     * so that no job database lock sees the other), the second on a corrected copy of the files and
     * started while the first runs (issue 19): the second is refused at once with one line naming the
     * run that holds the folder, and the folder ends holding the first run's set and nothing else,
     * every file as an uninterrupted run writes it.
     */
    @Test
    void aRunOfTheMonthIntoAFolderThatAnotherRunWithItsOwnJobDatabaseHoldsIsRefusedNamingThatRun() throws Exception {
        Path out = dir.resolve("out-shared");
        Path homeA = dir.resolve("home-shared-a");
        Path homeB = dir.resolve("home-shared-b");
        Path corrected = dir.resolve("month-corrected");
        Files.createDirectories(corrected);
        for (String file : List.of("agencies.csv", "narratives.csv", "dissemination.csv", "media.csv")) {
            Files.copy(month.resolve(file), corrected.resolve(file));
        }
        List<String> reports = Files.readAllLines(month.resolve("reports.csv"));
        Files.write(corrected.resolve("reports.csv"), reports.subList(0, reports.size() / 2));

        OperatorRun first = OperatorRun.start(homeA, command(out, "--as-of=2024-10-10T00:00:00+07:00"));
        first.awaitLine(line -> line.startsWith("PCM: starting attempt 1 of 2024-09"), 60_000);
        OperatorRun second = OperatorRun.start(homeB, "--period=2024-09", "--input=" + corrected, "--output=" + out,
                "--as-of=2024-10-10T00:00:00+07:00");
        int secondExit = second.await(60_000);
        boolean firstRunningAfterTheSecond = first.isAlive();
        assertEquals(0, first.await(), String.join("\n", first.output()));

        assertEquals(1, secondExit, String.join("\n", second.output()));
        List<String> refusal = second.output().stream().filter(l -> l.startsWith("pcm: ")).toList();
        assertEquals(1, refusal.size(), second.output().toString());
        assertTrue(refusal.get(0).startsWith("pcm: Bulan 2024-09 sedang ditulis ke " + out
                + " oleh run PCM lain (month=2024-09; attempt=1; host="), refusal.get(0));
        assertTrue(refusal.get(0).contains("; pid=" + first.pid() + "; "), "names the process: " + refusal.get(0));
        assertTrue(refusal.get(0).contains("PCM_HOME=" + homeA + "; database=jdbc:h2:file:" + homeA.resolve("db/pcm") + ")"),
                "names the job database: " + refusal.get(0));
        assertTrue(firstRunningAfterTheSecond, "refused while the first run was going on, not after it");
        assertEquals(OperatorRun.SEPTEMBER_OUTPUTS.stream().sorted().toList(), OperatorRun.names(out),
                "the set and no working file: " + OperatorRun.names(out));
        for (String file : OperatorRun.SEPTEMBER_OUTPUTS) {
            assertArrayEquals(OperatorRun.content(uninterrupted().resolve(file)), OperatorRun.content(out.resolve(file)),
                    file + " is the first run's, as a run nobody tried to join writes it");
        }
    }

    @Test
    void theJarPrintsHelpAndRefusesBadArguments() throws Exception {
        OperatorRun help = OperatorRun.start(dir.resolve("home-help"), "--help");
        assertEquals(0, help.await());
        assertTrue(help.output().stream().anyMatch(l -> l.startsWith("Usage: pcm-batch --period=YYYY-MM")));
        OperatorRun bad = OperatorRun.start(dir.resolve("home-help"), "--period=2024-09");
        assertEquals(2, bad.await());
        assertEquals(List.of("pcm: --input is required; see --help."), bad.output());
        assertTrue(Files.notExists(dir.resolve("home-help/db")), "nothing started for a bad command line");
    }
}
