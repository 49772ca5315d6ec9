package id.go.pcm.batch.job;

import id.go.pcm.MonthFile;
import id.go.pcm.batch.PcmBatchApplication;
import id.go.pcm.batch.history.HistoryStore;
import id.go.pcm.batch.job.internal.InputRowReader;
import id.go.pcm.batch.job.internal.FileStep;
import id.go.pcm.batch.job.internal.Progress;
import id.go.pcm.batch.report.ReportRenderer;
import id.go.pcm.batch.settings.PcmSettings;
import id.go.pcm.batch.sign.SigningKey;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.validation.Row;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.PrintStream;

/**
 * The monthly job, in step order (SPEC 3):
 * <ol>
 *   <li>{@code agencies}: {@code agencies.csv}, the registry the other files refer to;</li>
 *   <li>{@code narratives}: {@code narratives.csv};</li>
 *   <li>{@code reports}, {@code dissemination}, {@code media}: the three large files, in parallel;</li>
 *   <li>{@code gate}: the month is refused when too many rows were rejected ({@link RejectGate});</li>
 *   <li>{@code render}: the rejects file, the JSON twin, the scorecards and the report are written into
 *       the set's staging ({@link Publication}); signed when the run signs (the key is the bean
 *       {@value PcmBatchApplication#SIGNING_KEY}, opened before the context started);</li>
 *   <li>{@code history}: the month's figures are stored ({@link HistoryRecording});</li>
 *   <li>{@code publish}: the set is put in place, as one ({@link SetPublishing}).</li>
 * </ol>
 * The steps share the month the Spring Batch way, in job-scoped beans made for each execution from
 * its job parameters: the {@link MonthRun} that the reading steps fill (each feeds one file to the
 * month's {@link id.go.pcm.MonthEvaluation}) and the steps after them read, and the {@link StagedSet}
 * that {@code render} writes and {@code publish} puts in place. They are in memory only, so every
 * step runs again on a restart ({@code allowStartIfComplete}), from the top of the files; outputs are
 * written whole and history is replaced, so a restarted run ends with the same files as an
 * uninterrupted one.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyJobConfiguration {

    /** The job's name in the job repository. */
    public static final String JOB_NAME = "pcmMonthly";
    /** The name of the last step, which moves the outputs into place. */
    public static final String PUBLISH_STEP = "publish";

    private static final int CHUNK = 2_000;

    /** The month the steps read and evaluate, one per job execution, made from its parameters. */
    @Bean
    @JobScope
    MonthRun monthRun(@Value("#{jobExecution.jobParameters}") JobParameters parameters, EvaluationSettings settings,
                      PcmSettings pcm) {
        return MonthRun.of(parameters, settings, pcm.zone());
    }

    /** The execution's new set of outputs; when the execution ends, a set not published is removed. */
    @Bean
    @JobScope
    StagedSet stagedSet(MonthRun run) {
        return new StagedSet(run.outputs());
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
    Step agenciesStep(JobRepository repository, PlatformTransactionManager tx, MonthRun run, Progress progress) {
        return readingStep(MonthFile.AGENCIES, repository, tx, run, progress);
    }

    @Bean
    Step narrativesStep(JobRepository repository, PlatformTransactionManager tx, MonthRun run, Progress progress) {
        return readingStep(MonthFile.NARRATIVES, repository, tx, run, progress);
    }

    @Bean
    Step reportsStep(JobRepository repository, PlatformTransactionManager tx, MonthRun run, Progress progress) {
        return readingStep(MonthFile.REPORTS, repository, tx, run, progress);
    }

    @Bean
    Step disseminationStep(JobRepository repository, PlatformTransactionManager tx, MonthRun run, Progress progress) {
        return readingStep(MonthFile.DISSEMINATION, repository, tx, run, progress);
    }

    @Bean
    Step mediaStep(JobRepository repository, PlatformTransactionManager tx, MonthRun run, Progress progress) {
        return readingStep(MonthFile.MEDIA, repository, tx, run, progress);
    }

    @Bean
    Step gateStep(JobRepository repository, PlatformTransactionManager tx, MonthRun run,
                  ObjectProvider<SigningKey> signingKey, RunStop stop) {
        return endingStep("gate", new RejectGate(run, signingKey.getIfAvailable()), repository, tx, stop);
    }

    @Bean
    Step renderStep(JobRepository repository, PlatformTransactionManager tx, MonthRun run, StagedSet staged,
                    HistoryStore history, ReportRenderer renderer, PcmSettings settings,
                    ObjectProvider<SigningKey> signingKey, RunStop stop) {
        Publication publication = new Publication(run, staged, history, renderer, settings.words(), signingKey.getIfAvailable());
        return endingStep("render", publication, repository, tx, stop);
    }

    @Bean
    Step historyStep(JobRepository repository, PlatformTransactionManager tx, MonthRun run, HistoryStore history,
                     RunStop stop) {
        return endingStep("history", new HistoryRecording(run, history), repository, tx, stop);
    }

    @Bean
    Step publishStep(JobRepository repository, PlatformTransactionManager tx, MonthRun run, StagedSet staged,
                     RunStop stop) {
        return endingStep(PUBLISH_STEP, new SetPublishing(run, staged), repository, tx, stop);
    }

    @Bean
    Job monthlyJob(JobRepository repository, MonthRun run, RunStop stop, Step agenciesStep, Step narrativesStep,
                   Step reportsStep, Step disseminationStep, Step mediaStep, Step gateStep, Step renderStep,
                   Step historyStep, Step publishStep) {
        Flow registries = new FlowBuilder<SimpleFlow>("registries").start(agenciesStep).next(narrativesStep).build();
        // Spring Batch 6 binds the job execution, and so the job-scoped beans, to each parallel flow's thread.
        Flow events = new FlowBuilder<SimpleFlow>("events").split(new SimpleAsyncTaskExecutor("pcm-file-"))
                .add(flow(reportsStep), flow(disseminationStep), flow(mediaStep)).build();
        return new JobBuilder(JOB_NAME, repository)
                .listener(new RunListener(run, repository))
                .listener(stop)
                .start(registries)
                .next(events)
                .next(gateStep)
                .next(renderStep)
                .next(historyStep)
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
                                    MonthRun run, Progress progress) {
        InputRowReader reader = new InputRowReader(file, run, progress);
        FileStep writer = new FileStep(file, reader, run);
        return new StepBuilder(file.baseName(), repository).<Row, Row>chunk(CHUNK)
                .transactionManager(tx).reader(reader).writer(writer).listener(writer)
                .allowStartIfComplete(true).build();
    }

    /**
     * A step of the job's end, after the reading: one tasklet, which a stop lets finish ({@link RunStop}:
     * no later step starts, and the set on disk stays whole).
     */
    private static Step endingStep(String name, Tasklet tasklet, JobRepository repository, PlatformTransactionManager tx,
                                   RunStop stop) {
        return new StepBuilder(name, repository)
                .tasklet(tasklet, tx)
                .listener(stop.publication())
                .allowStartIfComplete(true)
                .build();
    }
}
