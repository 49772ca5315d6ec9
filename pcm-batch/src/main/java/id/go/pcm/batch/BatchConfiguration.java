package id.go.pcm.batch;

import id.go.pcm.batch.history.HistorySchema;
import id.go.pcm.batch.history.HistoryStore;
import id.go.pcm.batch.job.MonthlyLauncher;
import id.go.pcm.batch.job.RunStop;
import id.go.pcm.batch.report.MinisterReport;
import id.go.pcm.batch.report.ReportRenderer;
import id.go.pcm.batch.sign.SigningKey;
import id.go.pcm.batch.settings.PcmSettings;
import id.go.pcm.batch.settings.Settings;
import id.go.pcm.evaluation.EvaluationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.PrintStream;

/**
 * The batch's plain objects, wired from configuration: PCM's settings from {@code pcm.*}
 * properties ({@link Settings}; SPEC 2's defaults when absent), the history store, the report renderer, the launcher.
 */
@Configuration(proxyBeanMethods = false)
public class BatchConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(BatchConfiguration.class);

    /**
     * PCM's settings, read and checked as {@link PcmBatchApplication} checked them before Spring started
     * (so that a test's context gets the same checks).
     */
    @Bean
    PcmSettings pcmSettings(ConfigurableEnvironment env) {
        PcmSettings settings = Settings.read(env);
        settings.warnings(true).forEach(LOG::warn);
        return settings;
    }

    @Bean
    EvaluationSettings evaluationSettings(PcmSettings settings) {
        return settings.evaluation();
    }

    @Bean
    HistoryStore historyStore(DataSource dataSource, PlatformTransactionManager tx) {
        // Its own transaction, committed when the month is stored, whatever becomes of the history
        // step's transaction around it: the publish step moves the outputs into place only after that.
        TransactionTemplate own = new TransactionTemplate(tx);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new HistoryStore(JdbcClient.create(dataSource), own);
    }

    /** Flyway's migration of the history tables, skipped when they are already at their latest version. */
    @Bean
    HistorySchema historySchema() {
        return new HistorySchema();
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
                                    ObjectProvider<SigningKey> signingKey, Environment env, PcmSettings settings) {
        return new MonthlyLauncher(operator, repository, monthlyJob, console, dataSource, runStop,
                signingKey.getIfAvailable(), jobDatabase(env), settings.zone());
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
