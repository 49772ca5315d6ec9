package id.go.pcm.batch;

import id.go.pcm.batch.job.JobTests;
import id.go.pcm.batch.job.MonthlyLauncher;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The job's context holds what a month uses and nothing else (issue 24: every tenth of a second of
 * start counts): the auto-configurations it imports by name give the job database, its transactions,
 * Flyway and Spring Batch; those {@code @EnableAutoConfiguration} would also apply are not there.
 */
@SpringBootTest(classes = PcmBatchApplication.class)
class LeanContextTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        JobTests.embeddedHome(registry, home);
    }

    @Autowired
    ApplicationContext context;

    @Test
    void theContextHoldsWhatAMonthUses() {
        for (Class<?> used : List.of(DataSource.class, PlatformTransactionManager.class, Flyway.class,
                JobRepository.class, MonthlyLauncher.class)) {
            assertEquals(1, context.getBeanNamesForType(used).length, used.getSimpleName());
        }
    }

    @Test
    void theAutoConfigurationsNoMonthUsesAreNotApplied() {
        // JSON is written by FiguresJson's own mapper, SQL through JdbcClient.create, threads by the job itself.
        for (Class<?> unused : List.of(JsonMapper.class, JdbcTemplate.class, JdbcClient.class, TaskExecutor.class,
                TransactionOperations.class)) {
            assertEquals(0, context.getBeanNamesForType(unused).length, unused.getSimpleName() + " is not needed");
        }
    }
}
