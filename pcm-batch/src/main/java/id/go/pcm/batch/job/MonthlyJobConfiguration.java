package id.go.pcm.batch.job;

import id.go.pcm.agency.AgencyRules;
import id.go.pcm.batch.history.HistoryStore;
import id.go.pcm.batch.job.internal.AgencyStep;
import id.go.pcm.batch.job.internal.CsvRowReader;
import id.go.pcm.batch.job.internal.Progress;
import id.go.pcm.batch.job.internal.RowCheck;
import id.go.pcm.batch.report.ReportRenderer;
import id.go.pcm.csv.Columns;
import id.go.pcm.csv.CsvRow;
import id.go.pcm.dissemination.DisseminationEvidence;
import id.go.pcm.dissemination.EvidenceRules;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.media.MediaItem;
import id.go.pcm.media.MediaRules;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.narrative.NarrativeRegistry;
import id.go.pcm.narrative.NarrativeRules;
import id.go.pcm.report.PeriodicReport;
import id.go.pcm.report.ReportRules;
import id.go.pcm.validation.Checked;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The monthly job, in step order (SPEC 3):
 * <ol>
 *   <li>{@code agencies}: read and check {@code agencies.csv}; the registry the other files refer to;</li>
 *   <li>{@code narratives}: read and check {@code narratives.csv};</li>
 *   <li>{@code reports}, {@code dissemination}, {@code media}: the three large files, in parallel,
 *       each row checked and accepted ones fed to the evaluation;</li>
 *   <li>{@code publish}: rejects file, figures, JSON twin, report, history.</li>
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
    Progress progress() {
        return new Progress(System.out);
    }

    @Bean
    Step agenciesStep(JobRepository repository, PlatformTransactionManager tx, CurrentRun run, Progress progress) {
        CsvRowReader reader = new CsvRowReader(AgencyRules.FILE, AgencyRules.COLUMNS, run, progress);
        AgencyStep writer = new AgencyStep(reader, run);
        return new StepBuilder("agencies", repository).<CsvRow, CsvRow>chunk(CHUNK).transactionManager(tx)
                .reader(reader).writer(writer).listener(writer).allowStartIfComplete(true).build();
    }

    @Bean
    Step narrativesStep(JobRepository repository, PlatformTransactionManager tx, CurrentRun run, Progress progress) {
        // The step's accepted narratives; emptied when the step starts, so a restart begins afresh.
        List<Narrative> accepted = new ArrayList<>();
        return MonthlyJobConfiguration.<Narrative>readingStep(NarrativeRules.FILE, NarrativeRules.COLUMNS, repository, tx, run, progress,
                month -> {
                    accepted.clear();
                    return new NarrativeRules(month.month(), month.agencies(), month.settings().defaultDueHours())::check;
                },
                (month, narrative) -> accepted.add(narrative),
                month -> month.narratives(new NarrativeRegistry(accepted)));
    }

    @Bean
    Step reportsStep(JobRepository repository, PlatformTransactionManager tx, CurrentRun run, Progress progress) {
        return MonthlyJobConfiguration.<PeriodicReport>readingStep(ReportRules.FILE, ReportRules.COLUMNS, repository, tx, run, progress,
                month -> new ReportRules(month.month(), month.agencies())::check,
                (month, report) -> month.evaluator().add(report), month -> { });
    }

    @Bean
    Step disseminationStep(JobRepository repository, PlatformTransactionManager tx, CurrentRun run, Progress progress) {
        return MonthlyJobConfiguration.<DisseminationEvidence>readingStep(EvidenceRules.FILE, EvidenceRules.COLUMNS, repository, tx, run, progress,
                month -> new EvidenceRules(month.month(), month.agencies(), month.narratives())::check,
                (month, evidence) -> month.evaluator().add(evidence), month -> { });
    }

    @Bean
    Step mediaStep(JobRepository repository, PlatformTransactionManager tx, CurrentRun run, Progress progress) {
        return MonthlyJobConfiguration.<MediaItem>readingStep(MediaRules.FILE, MediaRules.COLUMNS, repository, tx, run, progress,
                month -> new MediaRules(month.month(), month.narratives())::check,
                (month, item) -> month.evaluator().add(item), month -> { });
    }

    @Bean
    Step publishStep(JobRepository repository, PlatformTransactionManager tx, CurrentRun run, HistoryStore history,
                     ReportRenderer renderer, @Value("${pcm.report.issuer}") String issuer) {
        return new StepBuilder(PUBLISH_STEP, repository)
                .tasklet(new Publication(run, history, renderer, issuer), tx)
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

    /** A step that reads one file, checks each row with the file's rules and hands accepted values on. */
    private static <T> Step readingStep(String file, Columns columns, JobRepository repository,
                                        PlatformTransactionManager tx, CurrentRun run, Progress progress,
                                        RowCheck.Rules<T> rules, BiConsumer<MonthRun, T> accept,
                                        Consumer<MonthRun> finish) {
        CsvRowReader reader = new CsvRowReader(file, columns, run, progress);
        RowCheck<T> check = new RowCheck<>(file, reader, run, rules, accept, finish);
        return new StepBuilder(file.replace(".csv", ""), repository).<CsvRow, Checked<T>>chunk(CHUNK)
                .transactionManager(tx).reader(reader).processor(check).writer(check).listener(check)
                .allowStartIfComplete(true).build();
    }
}
