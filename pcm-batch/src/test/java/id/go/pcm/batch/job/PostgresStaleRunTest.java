package id.go.pcm.batch.job;

import id.go.pcm.batch.PcmBatchApplication;
import id.go.pcm.batch.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On PostgreSQL every run holds its month's lock, so an execution still marked running when a run
 * gets the lock was left by a run that is gone, even one on another host (which this host cannot
 * look at): it is recovered and resumed, not refused until someone repairs the database.
 */
@SpringBootTest(classes = {PcmBatchApplication.class, RestartAfterFaultTest.FaultyProgress.class},
        properties = "spring.main.allow-bean-definition-overriding=true")
class PostgresStaleRunTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        TestPostgres postgres = TestPostgres.server();
        String schema = postgres.createSchema("pcm_stale_");
        registry.add("spring.datasource.url", () -> postgres.url(schema));
        registry.add("spring.datasource.username", postgres::user);
        registry.add("pcm.home", () -> home.toString());
    }

    @Autowired
    MonthlyLauncher launcher;
    @Autowired
    JobRepository repository;

    @Test
    void anExecutionLeftRunningByAProcessOfAnotherHostIsRecoveredOnceTheMonthIsHeld() throws Exception {
        Path out = home.resolve("out");
        RestartAfterFaultTest.ARMED.set(true);
        assertEquals(Outcome.UNEXPECTED, launcher.run(JobTests.september(out)).exitCode());
        // What a run on another host leaves when that host dies: its execution still "running".
        JobExecution left = repository.getLastJobExecution(repository.getLastJobInstance(MonthlyJobConfiguration.JOB_NAME));
        left.setStatus(BatchStatus.STARTED);
        left.setExitStatus(ExitStatus.UNKNOWN);
        left.setEndTime(null);
        repository.update(left);
        new RunOwner("elsewhere", "000000000000", 4242, "2024-10-10T00:00:00Z").writeTo(left.getExecutionContext());
        repository.updateExecutionContext(left);

        Outcome resumed = launcher.run(JobTests.september(out));

        assertEquals(Outcome.DONE, resumed.exitCode(), resumed.message());
        assertTrue(Files.exists(out.resolve("pcm-figures-2024-09.json")));
    }
}
