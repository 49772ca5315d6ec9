package id.go.pcm.batch.job;

import id.go.pcm.batch.PcmBatchApplication;
import id.go.pcm.batch.job.internal.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run that fails in the middle of a step (a fault injected while dissemination.csv is read) is
 * resumed by running it again, as the same job instance, and ends with the same files as an
 * uninterrupted run.
 */
@SpringBootTest(classes = {PcmBatchApplication.class, RestartAfterFaultTest.FaultyProgress.class},
        properties = "spring.main.allow-bean-definition-overriding=true")
class RestartAfterFaultTest {

    @TempDir
    static Path home;

    static final AtomicBoolean ARMED = new AtomicBoolean();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        JobTests.embeddedHome(registry, home);
    }

    /** Progress that throws once, on the third row of dissemination.csv, while armed. */
    @TestConfiguration
    static class FaultyProgress {
        @Bean
        Progress progress() {
            return new Progress(System.out) {
                @Override
                public Tracker track(String file) {
                    return new Tracker(file) {
                        @Override
                        public void row() {
                            super.row();
                            if (file.equals("dissemination.csv") && rows() == 3 && ARMED.getAndSet(false)) {
                                throw new IllegalStateException("injected fault on row 3 of " + file);
                            }
                        }
                    };
                }
            };
        }
    }

    @Autowired
    MonthlyLauncher launcher;
    @Autowired
    JobRepository repository;

    @Test
    void resumesAFailedRunAndEndsWithTheOutputsOfAnUninterruptedOne() throws Exception {
        Path interrupted = home.resolve("interrupted");
        ARMED.set(true);
        Outcome failed = launcher.run(JobTests.september(interrupted));
        assertEquals(Outcome.UNEXPECTED, failed.exitCode());
        assertTrue(failed.message().contains("injected fault"), failed.message());
        assertTrue(failed.message().contains("run the same command again"), failed.message());
        assertFalse(Files.exists(interrupted.resolve("pcm-figures-2024-09.json")), "no outputs from a failed run");

        Outcome resumed = launcher.run(JobTests.september(interrupted));
        assertEquals(Outcome.DONE, resumed.exitCode(), resumed.message());

        JobInstance instance = repository.getLastJobInstance(MonthlyJobConfiguration.JOB_NAME);
        List<JobExecution> executions = repository.getJobExecutions(instance);
        assertEquals(2, executions.size(), "the second run restarted the same job instance");
        assertTrue(executions.stream().anyMatch(e -> e.getStatus() == BatchStatus.FAILED));
        assertTrue(executions.stream().anyMatch(e -> e.getStatus() == BatchStatus.COMPLETED));

        Path uninterrupted = home.resolve("uninterrupted");
        assertEquals(Outcome.DONE, launcher.run(JobTests.september(uninterrupted)).exitCode());
        for (String file : List.of("pcm-report-2024-09.pdf", "pcm-figures-2024-09.json", "pcm-rejects-2024-09.csv")) {
            assertArrayEquals(read(uninterrupted.resolve(file)), read(interrupted.resolve(file)), file);
        }
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
