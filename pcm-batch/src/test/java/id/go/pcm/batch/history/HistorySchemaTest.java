package id.go.pcm.batch.history;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The history tables are migrated by Flyway on a fresh or an older database, and Flyway is not run
 * at all on one already at the latest version (issue 24: a tenth of a second of every start).
 */
class HistorySchemaTest {

    @TempDir
    Path home;

    /** A Flyway configured as PCM's application.properties configures it, counting its migrations. */
    private final class CountingFlyway extends Flyway {
        int migrations;

        CountingFlyway(MigrationVersion target) {
            super(new FluentConfiguration().dataSource("jdbc:h2:file:" + home.resolve("db/pcm"), "sa", "")
                    .locations("classpath:db/pcm").table("pcm_schema_history")
                    .baselineOnMigrate(true).baselineVersion("0").target(target));
        }

        @Override
        public MigrateResult migrate() {
            migrations++;
            return super.migrate();
        }

        String version() {
            return info().current().getVersion().getVersion();
        }
    }

    @Test
    void aFreshDatabaseIsMigratedToTheLatestVersion() {
        CountingFlyway flyway = new CountingFlyway(MigrationVersion.LATEST);
        new HistorySchema().migrate(flyway);
        assertEquals(1, flyway.migrations);
        assertEquals(HistorySchema.LATEST.getVersion(), flyway.version());
    }

    @Test
    void anOlderDatabaseIsMigratedToTheLatestVersion() {
        new CountingFlyway(MigrationVersion.fromVersion("2")).migrate();
        CountingFlyway flyway = new CountingFlyway(MigrationVersion.LATEST);
        new HistorySchema().migrate(flyway);
        assertEquals(1, flyway.migrations);
        assertEquals(HistorySchema.LATEST.getVersion(), flyway.version());
    }

    @Test
    void aDatabaseAtTheLatestVersionIsLeftAsItIsWithoutRunningFlyway() {
        new CountingFlyway(MigrationVersion.LATEST).migrate();
        CountingFlyway flyway = new CountingFlyway(MigrationVersion.LATEST);
        new HistorySchema().migrate(flyway);
        assertEquals(0, flyway.migrations);
        assertEquals(HistorySchema.LATEST.getVersion(), flyway.version());
    }

    @Test
    void theLatestVersionIsTheNewestMigration() throws IOException, URISyntaxException {
        Path migrations = Path.of(HistorySchema.class.getResource("/db/pcm").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            MigrationVersion newest = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V[0-9._]+__.*\\.sql"))
                    .map(name -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.')))
                    .max(MigrationVersion::compareTo).orElseThrow();
            assertTrue(newest.equals(HistorySchema.LATEST), "HistorySchema.LATEST is " + HistorySchema.LATEST
                    + " but db/pcm's newest migration is " + newest + ": raise LATEST with each migration");
        }
    }
}
