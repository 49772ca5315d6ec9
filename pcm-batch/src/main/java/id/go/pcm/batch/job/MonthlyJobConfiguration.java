package id.go.pcm.batch.job;

import id.go.pcm.MonthFile;
import id.go.pcm.batch.PcmBatchApplication;
import id.go.pcm.batch.history.HistoryStore;
import id.go.pcm.batch.job.internal.CsvRowReader;
import id.go.pcm.batch.job.internal.FileStep;
import id.go.pcm.batch.job.internal.Progress;
import id.go.pcm.batch.report.ReportRenderer;
import id.go.pcm.batch.settings.PcmSettings;
import id.go.pcm.batch.sign.SigningKey;
import id.go.pcm.csv.CsvRow;
import id.go.pcm.evaluation.EvaluationSettings;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.PrintStream;

/**
 * The monthly job, in step order (SPEC 3). Each reading step feeds one file to the month's
 * {@link id.go.pcm.MonthEvaluation}, which knows the file's rules and the registries they need:
 * <ol>
 *   <li>{@code agencies}: {@code agencies.csv}, the registry the other files refer to;</li>
 *   <li>{@code narratives}: {@code narratives.csv};</li>
 *   <li>{@code reports}, {@code dissemination}, {@code media}: the three large files, in parallel;</li>
 *   <li>{@code publish}: rejects file, figures, JSON twin, report, history; their signatures when
 *       the run signs (the key is the bean {@value PcmBatchApplication#SIGNING_KEY}, opened before
 *       the context started).</li>
 * </ol>
 * Reading steps keep their results in memory, so each restart runs them again from the top
 * ({@code allowStartIfComplete}); outputs are written whole and history is replaced, so a restarted
 * run ends with the same files as an uninterrupted one.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyJobConfiguration {

    /** The job's name in the job repository. */
    public static final String JOB_NAME = "pcmMonthly";
    /** The name of the last step, which writes the outputs and moves them into place. */
    public static final String PUBLISH_STEP = "publish";

    private static final int CHUNK = 2_000;

    @Bean
    CurrentRun currentRun() {
        return new CurrentRun();
    }

    @Bean
    RunStop runStop() {
        return new RunStop();
    }

    @Bean
    Progress progress(@Qualifier(PcmBatchApplication.CONSOLE) PrintStream console) {
        return new Progress(console);
    }

    @Bean
    Step agenciesStep(JobRepository repository, PlatformTransactionManager tx, CurrentRun run, Progress progress) {
        return readingStep(MonthFile.AGENCIES, repository, tx, run, progress);
    }

    @Bean
    Step narrativesStep(JobRepository repository, PlatformTransactionManager tx, CurrentRun run, Progress progress) {
        return readingStep(MonthFile.NARRATIVES, repository, tx, run, progress);
    }

    @Bean
    Step reportsStep(JobRepository repository, PlatformTransactionManager tx, CurrentRun run, Progress progress) {
        return readingStep(MonthFile.REPORTS, repository, tx, run, progress);
    }

    @Bean
    Step disseminationStep(JobRepository repository, PlatformTransactionManager tx, CurrentRun run, Progress progress) {
        return readingStep(MonthFile.DISSEMINATION, repository, tx, run, progress);
    }

    @Bean
    Step mediaStep(JobRepository repository, PlatformTransactionManager tx, CurrentRun run, Progress progress) {
        return readingStep(MonthFile.MEDIA, repository, tx, run, progress);
    }

    @Bean
    Step publishStep(JobRepository repository, PlatformTransactionManager tx, CurrentRun run, HistoryStore history,
                     ReportRenderer renderer, PcmSettings settings,
                     ObjectProvider<SigningKey> signingKey, RunStop stop) {
        return new StepBuilder(PUBLISH_STEP, repository)
                .tasklet(new Publication(run, history, renderer, settings.issuer(), signingKey.getIfAvailable()), tx)
                .listener(stop.publication())
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Job monthlyJob(JobRepository repository, CurrentRun run, RunStop stop, EvaluationSettings settings, Step agenciesStep,
                   Step narrativesStep, Step reportsStep, Step disseminationStep, Step mediaStep, Step publishStep) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("pcm-file-");
        Flow registries = new FlowBuilder<SimpleFlow>("registries").start(agenciesStep).next(narrativesStep).build();
        Flow events = new FlowBuilder<SimpleFlow>("events").split(threads)
                .add(flow(reportsStep), flow(disseminationStep), flow(mediaStep)).build();
        return new JobBuilder(JOB_NAME, repository)
                .listener(new RunListener(run, settings, repository))
                .listener(stop)
                .start(registries)
                .next(events)
                .next(publishStep)
                .end()
                .build();
    }

    private static Flow flow(Step step) {
        return new FlowBuilder<SimpleFlow>(step.getName()).start(step).build();
    }

    /**
     * A step that reads one file and feeds its rows to the month's evaluation, which checks each with
     * the file's rules. The step is named after the file ({@code agencies}, {@code media}, …).
     */
    private static Step readingStep(MonthFile file, JobRepository repository, PlatformTransactionManager tx,
                                    CurrentRun run, Progress progress) {
        CsvRowReader reader = new CsvRowReader(file, run, progress);
        FileStep writer = new FileStep(file, reader, run);
        return new StepBuilder(file.fileName().replace(".csv", ""), repository).<CsvRow, CsvRow>chunk(CHUNK)
                .transactionManager(tx).reader(reader).writer(writer).listener(writer)
                .allowStartIfComplete(true).build();
    }
}
