package id.go.pcm.batch.job;

import id.go.pcm.batch.PcmBatchApplication;
import id.go.pcm.batch.cli.RunRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The monthly job runs its steps in the order its configuration lists them: the five files (the three
 * large ones in parallel), then the gate, the rendering, the history and the publication, each a
 * step of its own in the job repository.
 */
@SpringBootTest(classes = PcmBatchApplication.class)
class MonthlyJobStepsTest {

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

    private List<StepExecution> stepsOfTheLastRun() {
        JobExecution last = repository.getLastJobExecution(repository.getLastJobInstance(MonthlyJobConfiguration.JOB_NAME));
        return last.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getId)).toList();
    }

    private static List<String> names(List<StepExecution> steps) {
        return steps.stream().map(StepExecution::getStepName).toList();
    }

    @Test
    void aMonthRunsItsFilesThenTheGateTheRenderingTheHistoryAndThePublication() throws Exception {
        assertEquals(Outcome.DONE, launcher.run(JobTests.september(home.resolve("out"))).exitCode());

        List<StepExecution> steps = stepsOfTheLastRun();
        List<String> names = names(steps);
        assertEquals(List.of("agencies", "narratives"), names.subList(0, 2));
        assertEquals(Set.of("reports", "dissemination", "media"), Set.copyOf(names.subList(2, 5)), "in parallel, in any order");
        assertEquals(List.of("gate", "render", "history", MonthlyJobConfiguration.PUBLISH_STEP), names.subList(5, names.size()));
        steps.forEach(step -> assertEquals(BatchStatus.COMPLETED, step.getStatus(), step.getStepName()));
    }

    @Test
    void aMonthWithTooManyRejectsEndsAtTheGate() throws Exception {
        RunRequest september = JobTests.september(home.resolve("refused"));
        RunRequest strict = new RunRequest(september.period(), september.input(), september.output(), september.asOf(),
                september.language(), 0.3);

        assertEquals(Outcome.TOO_MANY_REJECTS, launcher.run(strict).exitCode());

        List<StepExecution> steps = stepsOfTheLastRun();
        assertEquals("gate", steps.get(steps.size() - 1).getStepName(), "nothing rendered: " + names(steps));
        assertEquals(BatchStatus.FAILED, steps.get(steps.size() - 1).getStatus());
    }
}
