package id.go.pcm.batch.job;

import id.go.pcm.batch.PcmBatchApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A process killed between Spring Batch's two commits that begin an attempt (its job instance, then
 * its first execution) leaves an attempt without an execution, which Spring Batch refuses to start;
 * the next run takes the number after it.
 */
@SpringBootTest(classes = PcmBatchApplication.class)
class AttemptWithoutExecutionTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        JobTests.embeddedHome(registry, home);
    }

    @Autowired
    MonthlyLauncher launcher;
    @Autowired
    JobRepository repository;

    @Test
    void theNextRunTakesTheNumberAfterAnAttemptThatNeverRan() throws Exception {
        assertEquals(Outcome.DONE, launcher.run(JobTests.september(home.resolve("first"))).exitCode());
        JobInstance orphan = repository.createJobInstance(MonthlyJobConfiguration.JOB_NAME, RunParameters.identity("2024-09", 2));

        Outcome again = launcher.run(JobTests.september(home.resolve("second")));
        assertEquals(Outcome.DONE, again.exitCode(), again.message());
        assertEquals(List.of(), repository.getJobExecutions(orphan), "Spring Batch will not start an instance left without an execution");
        JobExecution third = repository.getLastJobExecution(MonthlyJobConfiguration.JOB_NAME, RunParameters.identity("2024-09", 3));
        assertEquals(BatchStatus.COMPLETED, third.getStatus());

        assertEquals(Outcome.DONE, launcher.run(JobTests.september(home.resolve("third"))).exitCode(), "and the one after that");
        assertEquals(BatchStatus.COMPLETED, repository.getLastJobExecution(MonthlyJobConfiguration.JOB_NAME,
                RunParameters.identity("2024-09", 4)).getStatus());
    }
}
