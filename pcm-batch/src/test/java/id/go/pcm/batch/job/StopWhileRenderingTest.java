package id.go.pcm.batch.job;

import id.go.pcm.batch.PcmBatchApplication;
import id.go.pcm.batch.history.HistoryStore;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.batch.report.DocumentWords;
import id.go.pcm.batch.report.MinisterReport;
import id.go.pcm.batch.report.ReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stop asked while the month's set is rendered (the operator's Ctrl-C) lets the {@code render} step
 * finish and starts no later step: the execution ends {@code STOPPED}, with neither the month's history
 * stored nor its set published, and no working file left in the output folder.
 */
@SpringBootTest(classes = {PcmBatchApplication.class, StopWhileRenderingTest.StopInTheReport.class},
        properties = "spring.main.allow-bean-definition-overriding=true")
class StopWhileRenderingTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        JobTests.embeddedHome(registry, home);
    }

    /** The report renderer, asking the run to stop as it starts the report. */
    @TestConfiguration
    static class StopInTheReport {
        @Bean
        ReportRenderer reportRenderer(RunStop stop) {
            MinisterReport report = new MinisterReport();
            return new ReportRenderer() {
                @Override
                public void render(FiguresDocument document, Locale locale, DocumentWords words, String signer, OutputStream out) {
                    stop.request();
                    report.render(document, locale, words, signer, out);
                }

                @Override
                public Scorecards scorecards(FiguresDocument document, Locale locale, DocumentWords words) {
                    return report.scorecards(document, locale, words);
                }
            };
        }
    }

    @Autowired
    MonthlyLauncher launcher;
    @Autowired
    JobRepository repository;
    @Autowired
    HistoryStore history;
    @Autowired
    RunStop stop;

    @Test
    void theRenderingEndsWholeAndNeitherTheHistoryNorThePublicationStarts() throws Exception {
        Path out = home.resolve("out");

        launcher.run(JobTests.september(out));

        assertTrue(stop.tookEffect());
        JobExecution execution = repository.getLastJobExecution(repository.getLastJobInstance(MonthlyJobConfiguration.JOB_NAME));
        assertEquals(BatchStatus.STOPPED, execution.getStatus());
        StepExecution last = execution.getStepExecutions().stream()
                .max(java.util.Comparator.comparing(StepExecution::getId)).orElseThrow();
        assertEquals("render", last.getStepName(), "no step after the rendering");
        assertEquals(BatchStatus.STOPPED, last.getStatus());
        assertEquals(List.of(), history.before(YearMonth.of(2024, 10)), "September's history is not stored");
        assertFalse(Files.exists(out), "nothing published and no staging left: a run that publishes nothing leaves"
                + " no trace, not even the folder it created");
    }
}
