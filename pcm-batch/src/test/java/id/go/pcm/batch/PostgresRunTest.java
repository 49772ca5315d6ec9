package id.go.pcm.batch;

import id.go.pcm.batch.job.MonthLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job repository and PCM's history tables on a real PostgreSQL server ({@link TestPostgres}), in a
 * schema of the test's own.
 */
class PostgresRunTest {

    private static final String AS_OF = "--as-of=2024-10-10T00:00:00+07:00";
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;
    private String schema;
    private Runs runs;

    private static Connection connect() throws SQLException {
        return TestPostgres.server().connect();
    }

    @BeforeEach
    void freshSchema() throws SQLException {
        schema = TestPostgres.server().createSchema("pcm_");
        runs = new Runs(dir.resolve("home"), TestPostgres.server().datasourceArguments(schema));
    }

    @Test
    void keepsJobStateAndHistoryInPostgres() throws SQLException {
        Path out = dir.resolve("out");
        Runs.Result august = runs.run("--period=2024-08", "--input=" + Runs.month("2024-08"), "--output=" + out,
                "--as-of=2024-09-30T00:00:00+07:00");
        assertEquals(0, august.exit(), august.err());
        Runs.Result september = runs.run("--period=2024-09", "--input=" + Runs.month("2024-09"), "--output=" + out, AS_OF);
        assertEquals(0, september.exit(), september.err());
        Runs.Result again = runs.run("--period=2024-09", "--input=" + Runs.month("2024-09"), "--output=" + out, AS_OF);
        assertEquals(0, again.exit(), again.err());

        JsonNode json = Runs.json(out.resolve("pcm-figures-2024-09.json"));
        JsonNode history = json.get("history");
        assertEquals(1, history.size());
        assertEquals("2024-08", json.get("previous_period").asString(), "the previous month's details come from PostgreSQL");
        assertEquals(100.0, json.at("/agencies/0/previous_score").asDouble(), EPS);
        int programs = Runs.json(out.resolve("pcm-figures-2024-08.json")).at("/media/programs").size()
                + json.at("/media/programs").size();
        assertEquals((100 + 22.5 + 65) / 3, history.get(0).get("mean_score").asDouble(), EPS);

        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertEquals(3, count(s, "select count(*) from " + schema + ".batch_job_execution where status = 'COMPLETED'"));
            assertEquals(2, count(s, "select count(*) from " + schema + ".pcm_month"), "one row per month, re-runs replace");
            assertEquals(6, count(s, "select count(*) from " + schema + ".pcm_agency_score"));
            assertEquals(programs, count(s, "select count(*) from " + schema + ".pcm_program_sentiment"));
            try (ResultSet rs = s.executeQuery("select mean_score from " + schema + ".pcm_month where period = '2024-09'")) {
                assertTrue(rs.next());
                assertEquals((92.5 + 71.25) / 3, rs.getDouble(1), EPS);
            }
        }
    }

    @Test
    void exitsWith1AndOneLineWhenTheDatabaseIsUnreachable() {
        Runs unreachable = new Runs(dir.resolve("home2"), List.of(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                "--spring.datasource.username=x", "--spring.datasource.password=x"));
        Runs.Result result = unreachable.run("--period=2024-09", "--input=" + Runs.month("2024-09"),
                "--output=" + dir.resolve("out2"), AS_OF);
        assertEquals(1, result.exit());
        assertTrue(result.err().startsWith("pcm: The job database cannot be reached (Connection to 127.0.0.1:1 refused"),
                result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    /** Holds September 2024 as a run would, from a session of the test's own named {@code applicationName}. */
    private static Connection holdSeptember(String applicationName) throws SQLException {
        Connection c = connect();
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('application_name', '" + applicationName + "', false)");
            s.execute("select pg_advisory_lock(" + 0x50434D + ", 202409)");
        }
        return c;
    }

    private Runs.Result runSeptember(String out) {
        return runs.run("--period=2024-09", "--input=" + Runs.month("2024-09"), "--output=" + dir.resolve(out), AS_OF);
    }

    @Test
    void aMonthHeldByALiveRunIsRefusedWithOneLineAndRunsOnceReleased() throws Exception {
        try (Connection holder = holdSeptember(MonthLock.sessionName(ProcessHandle.current()))) {
            Runs.Result refused = runSeptember("out-held");
            assertEquals(1, refused.exit(), refused.out());
            assertEquals(1, refused.err().lines().count(), refused.err());
            assertTrue(refused.err().startsWith("pcm: Month 2024-09 is already being evaluated by another PCM run"), refused.err());
            assertFalse(Files.exists(dir.resolve("out-held/pcm-figures-2024-09.json")));
        }
        Runs.Result released = runSeptember("out-held");
        assertEquals(0, released.exit(), released.err());
    }

    @Test
    void aMonthHeldBySomeOtherApplicationIsRefusedToo() throws Exception {
        try (Connection holder = holdSeptember("psql")) {
            Runs.Result refused = runSeptember("out-other");
            assertEquals(1, refused.exit(), refused.out());
            assertTrue(refused.err().contains("already being evaluated"), refused.err());
        }
    }

    @Test
    void aMonthHeldBySessionOfAProcessThatIsGoneIsTakenOver() throws Exception {
        // A run whose host crashed: its server session outlives it. Here, a process of this host, ended.
        Process gone = new ProcessBuilder("sleep", "60").start();
        String name = MonthLock.sessionName(gone.toHandle()); // read while it runs: its start is known then
        gone.destroyForcibly().waitFor();
        try (Connection holder = holdSeptember(name)) {
            Runs.Result taken = runSeptember("out-taken");
            assertEquals(0, taken.exit(), taken.err());
            assertTrue(Files.exists(dir.resolve("out-taken/pcm-figures-2024-09.json")));
            assertThrows(SQLException.class, () -> holder.createStatement().execute("select 1"),
                    "the orphaned session was ended");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
