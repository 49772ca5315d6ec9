package id.go.pcm.batch;

import id.go.pcm.batch.cli.UsageException;
import id.go.pcm.batch.history.HistoryStore;
import id.go.pcm.batch.job.MonthlyLauncher;
import id.go.pcm.batch.job.RunStop;
import id.go.pcm.batch.report.MinisterReport;
import id.go.pcm.batch.report.ReportRenderer;
import id.go.pcm.batch.sign.SigningKey;
import id.go.pcm.evaluation.CategoryBounds;
import id.go.pcm.evaluation.EvaluationSettings;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.PrintStream;

/**
 * The batch's plain objects, wired from configuration: evaluation settings from {@code pcm.*}
 * properties (SPEC 2's defaults when absent), the history store, the report renderer, the launcher.
 */
@Configuration(proxyBeanMethods = false)
public class BatchConfiguration {

    @Bean
    EvaluationSettings evaluationSettings(Environment env) {
        EvaluationSettings d = EvaluationSettings.DEFAULTS;
        CategoryBounds b = d.bounds();
        try {
            return new EvaluationSettings(
                    env.getProperty("pcm.weights.report", Double.class, d.reportWeight()),
                    env.getProperty("pcm.weights.coverage", Double.class, d.coverageWeight()),
                    env.getProperty("pcm.weights.timeliness", Double.class, d.timelinessWeight()),
                    env.getProperty("pcm.deadline-day", Integer.class, d.deadlineDay()),
                    env.getProperty("pcm.default-due-hours", Integer.class, d.defaultDueHours()),
                    new CategoryBounds(
                            env.getProperty("pcm.bounds.sangat-baik", Double.class, b.sangatBaik()),
                            env.getProperty("pcm.bounds.baik", Double.class, b.baik()),
                            env.getProperty("pcm.bounds.cukup", Double.class, b.cukup()),
                            env.getProperty("pcm.bounds.kurang", Double.class, b.kurang())));
        } catch (IllegalArgumentException e) {
            throw new UsageException("Configuration pcm.* is not valid: " + e.getMessage() + ".");
        }
    }

    @Bean
    HistoryStore historyStore(DataSource dataSource, PlatformTransactionManager tx) {
        // Its own transaction, committed when the month is stored: the publish step moves the outputs
        // into place only after that, and the step's own transaction commits later still.
        TransactionTemplate own = new TransactionTemplate(tx);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new HistoryStore(JdbcClient.create(dataSource), own);
    }

    @Bean
    ReportRenderer reportRenderer() {
        return new MinisterReport();
    }

    /**
     * Where the operator reads what the run does: the stream {@link PcmBatchApplication#run} was given
     * (registered as {@value PcmBatchApplication#CONSOLE}), else standard output.
     */
    @Bean(PcmBatchApplication.CONSOLE)
    @ConditionalOnMissingBean(name = PcmBatchApplication.CONSOLE)
    PrintStream console() {
        return System.out;
    }

    @Bean
    MonthlyLauncher monthlyLauncher(JobOperator operator, JobRepository repository, Job monthlyJob, DataSource dataSource,
                                    @Qualifier(PcmBatchApplication.CONSOLE) PrintStream console, RunStop runStop,
                                    ObjectProvider<SigningKey> signingKey, Environment env) {
        return new MonthlyLauncher(operator, repository, monthlyJob, console, dataSource, runStop,
                signingKey.getIfAvailable(), jobDatabase(env));
    }

    /**
     * Where the run keeps its job state, as a run kept out of the month's output folder is told:
     * {@code PCM_HOME} and the job database's address without its options or credentials.
     */
    static String jobDatabase(Environment env) {
        String url = env.getProperty("spring.datasource.url", "").split("[;?]", 2)[0].replaceFirst("//[^/@]*@", "//");
        return "PCM_HOME=" + env.getProperty("pcm.home", "?") + "; database=" + url;
    }
}
