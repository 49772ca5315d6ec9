package id.go.pcm.batch.it;

import id.go.pcm.batch.TestPostgres;
import id.go.pcm.samples.MonthGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job repository and history on PostgreSQL, and the database lost in the middle of a run: the
 * packaged jar reaches the server through a forwarder of the test's own, which is cut when the run
 * enters a phase and restored afterwards (the shared server, {@link TestPostgres}, is never stopped). The run must end
 * with exit 1 and one line saying the database cannot be reached, leave no output and no working file,
 * and the same command, once the database is back, must recover the execution the failed run left
 * behind and end with the bytes of an uninterrupted run.
 */
class DatabaseLostIT {


    @TempDir
    static Path dir;
    static Path month;
    static Path uninterrupted;

    @BeforeAll
    static void monthAndItsUninterruptedOutputs() throws Exception {
        month = dir.resolve("month");
        // The central bodies and one province (68 agencies, so 68 scorecards per run rather than ~600):
        // recovering from a lost database does not depend on how many agencies the month has.
        new MonthGenerator(YearMonth.of(2024, 9), 1, 11, 0.005).withFirstProvinces(1).writeTo(month);
        uninterrupted = dir.resolve("clean-out");
        OperatorRun clean = OperatorRun.start(dir.resolve("clean-home"), "--period=2024-09", "--input=" + month,
                "--output=" + uninterrupted, OperatorRun.AS_OF);
        assertEquals(0, clean.await(), String.join("\n", clean.output()));
    }

    @ParameterizedTest(name = "database lost at \"{0}\"")
    @ValueSource(strings = {
            "Executing step: [media]",          // while the files are read (chunks are committed to the job repository)
            "Writing pcm-report-2024-09.pdf"})  // while publishing: the history is stored after the PDF is written
    void theSameCommandCompletesTheRunOnceTheDatabaseIsBack(String phase) throws Exception {
        String name = phase.replaceAll("[^A-Za-z0-9]+", "-");
        TestPostgres server = TestPostgres.server();
        String schema = server.createSchema("pcm_lost_");
        Path home = dir.resolve("home-" + name);
        Path out = dir.resolve("out-" + name);
        try (TcpForwarder database = TcpForwarder.to(server.host(), server.port())) {
            String[] command = {"--period=2024-09", "--input=" + month, "--output=" + out, OperatorRun.AS_OF,
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + database.port() + "/" + server.database()
                            + "?currentSchema=" + schema,
                    "--spring.datasource.username=" + server.user(),
                    // as an operator may: give up on the lost database after 1 s, not the default 10 s
                    // at each of the updates Spring Batch attempts, to keep the suite quick
                    "--spring.datasource.hikari.connection-timeout=1000"};

            OperatorRun victim = OperatorRun.start(home, command);
            victim.awaitLogLine(line -> line.endsWith(phase), 120_000);
            database.cut();
            assertEquals(1, victim.await(), String.join("\n", victim.output()));
            List<String> said = victim.output().stream().filter(line -> line.startsWith("pcm: ")).toList();
            assertEquals(1, said.size(), "one line for the operator: " + victim.output());
            assertTrue(said.get(0).startsWith("pcm: The job database cannot be reached ("), said.get(0));
            assertTrue(said.get(0).endsWith("then run the same command again."), said.get(0));
            assertTrue(victim.output().stream().noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception")),
                    "no stack trace for the operator: " + victim.output());
            assertEquals(List.of(), OperatorRun.names(out), "no output and no working file from the failed run");

            database.restore();
            OperatorRun again = OperatorRun.start(home, command);
            assertEquals(0, again.await(), String.join("\n", again.output()));
            assertTrue(again.output().contains("PCM: resuming attempt 1 of 2024-09 as of 2024-10-10T00:00:00+07:00"),
                    "the failed attempt was recovered and resumed: " + again.output());
        }
        assertEquals(OperatorRun.SEPTEMBER_OUTPUTS.stream().sorted().toList(), OperatorRun.names(out));
        for (String file : OperatorRun.SEPTEMBER_OUTPUTS) {
            assertArrayEquals(OperatorRun.content(uninterrupted.resolve(file)), OperatorRun.content(out.resolve(file)), file);
        }
    }

}
