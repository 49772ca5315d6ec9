package id.go.pcm.batch.job;

import id.go.pcm.Language;
import id.go.pcm.batch.cli.RunRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded job database is taken by one run at a time, and whoever finds it taken learns by whom. */
class EmbeddedDatabaseLockTest {

    @TempDir
    Path dir;

    private EmbeddedDatabaseLock take(String period, String url) {
        EmbeddedDatabaseLock lock = new EmbeddedDatabaseLock(new RunRequest(YearMonth.parse(period), dir, dir.resolve("out"),
                null, Language.ID, 0.5), id.go.pcm.month.EvaluationMonth.WIB);
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
        lock.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
                new String[0], environment));
        return lock;
    }

    @Test
    void aSecondRunIsRefusedNamingTheFirstAndMayTakeItOnceReleased() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db/pcm") + ";WRITE_DELAY=0";
        try (EmbeddedDatabaseLock first = take("2024-09", url)) {
            assertTrue(Files.readString(dir.resolve("db/pcm.pcm-lock")).startsWith("month 2024-09, process "
                    + ProcessHandle.current().pid()));
            RuntimeException refused = assertThrows(EmbeddedDatabaseLock.JobDatabaseInUseException.class,
                    () -> take("2024-08", url));
            assertTrue(refused.getMessage().startsWith("Another PCM run (month 2024-09, process " + ProcessHandle.current().pid()),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("is using the embedded job database " + dir.resolve("db") + ";"),
                    refused.getMessage());
        }
        take("2024-08", url).close();
    }

    @Test
    void aServerDatabaseIsNotLockedHere() {
        try (EmbeddedDatabaseLock first = take("2024-09", "jdbc:postgresql://127.0.0.1/pcm");
             EmbeddedDatabaseLock second = take("2024-09", "jdbc:postgresql://127.0.0.1/pcm")) {
            assertFalse(Files.exists(dir.resolve("db")));
        }
        assertEquals(0, dir.toFile().list().length);
    }
}
