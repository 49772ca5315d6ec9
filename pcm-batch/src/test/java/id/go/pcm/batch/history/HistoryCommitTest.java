package id.go.pcm.batch.history;

import id.go.pcm.Monev;
import id.go.pcm.batch.PcmBatchApplication;
import id.go.pcm.batch.job.JobTests;
import id.go.pcm.evaluation.MonthlyFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The history step stores the month inside the step's own transaction, which commits later. The
 * history must not wait for it: once stored, it stays stored even when that surrounding transaction
 * rolls back (the database lost just after the store).
 */
@SpringBootTest(classes = PcmBatchApplication.class)
class HistoryCommitTest {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        JobTests.embeddedHome(registry, home);
    }

    @Autowired
    HistoryStore history;
    @Autowired
    PlatformTransactionManager tx;

    @Test
    void aStoredMonthOutlivesTheRollbackOfTheTransactionAroundIt() throws Exception {
        Path month = Path.of(HistoryCommitTest.class.getResource("/months/2024-09").toURI());
        MonthlyFigures september = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+07:00"))
                .evaluate(month).figures();

        new TransactionTemplate(tx).executeWithoutResult(step -> {
            history.replace(september, "0".repeat(64));
            step.setRollbackOnly(); // what the history step's transaction does when its commit fails
        });

        assertEquals(1, history.before(YearMonth.of(2024, 10)).size(), "September is stored");
    }
}
