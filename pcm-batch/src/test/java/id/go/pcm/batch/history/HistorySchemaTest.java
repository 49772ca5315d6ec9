package id.go.pcm.batch.history;

import id.go.pcm.batch.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The history tables are migrated by Flyway on a fresh or an older database, and Flyway is not run
 * at all on one already at the latest version (issue 24: a tenth of a second of every start).
 */
class HistorySchemaTest {

    @TempDir
    Path home;

    /** A Flyway configured as PCM's application.properties configures it, counting its migrations. */
    private static final class CountingFlyway extends Flyway {
        int migrations;

        CountingFlyway(FluentConfiguration database, MigrationVersion target) {
            super(database.locations("classpath:db/pcm").table("pcm_schema_history")
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

    private CountingFlyway h2(MigrationVersion target) {
        return new CountingFlyway(new FluentConfiguration().dataSource("jdbc:h2:file:" + home.resolve("db/pcm"), "sa", ""),
                target);
    }

    @Test
    void aFreshDatabaseIsMigratedToTheLatestVersion() {
        CountingFlyway flyway = h2(MigrationVersion.LATEST);
        new HistorySchema().migrate(flyway);
        assertEquals(1, flyway.migrations);
        assertEquals(HistorySchema.LATEST.getVersion(), flyway.version());
    }

    @Test
    void anOlderDatabaseIsMigratedToTheLatestVersion() {
        h2(MigrationVersion.fromVersion("2")).migrate();
        CountingFlyway flyway = h2(MigrationVersion.LATEST);
        new HistorySchema().migrate(flyway);
        assertEquals(1, flyway.migrations);
        assertEquals(HistorySchema.LATEST.getVersion(), flyway.version());
    }

    @Test
    void aDatabaseAtTheLatestVersionIsLeftAsItIsWithoutRunningFlyway() {
        h2(MigrationVersion.LATEST).migrate();
        CountingFlyway flyway = h2(MigrationVersion.LATEST);
        new HistorySchema().migrate(flyway);
        assertEquals(0, flyway.migrations);
        assertEquals(HistorySchema.LATEST.getVersion(), flyway.version());
    }

    @Test
    void onPostgresqlACurrentSchemaIsFoundInTheConnectionsSchemaAndInFlywaysDefaultSchema() throws Exception {
        TestPostgres server = TestPostgres.server();
        String bySearchPath = server.createSchema("pcm_");
        FluentConfiguration connection = new FluentConfiguration().dataSource(server.url(bySearchPath), server.user(), "");
        new CountingFlyway(connection, MigrationVersion.fromVersion("2")).migrate();
        CountingFlyway older = new CountingFlyway(connection, MigrationVersion.LATEST);
        new HistorySchema().migrate(older);
        assertEquals(1, older.migrations, "an older PostgreSQL schema is migrated");
        CountingFlyway current = new CountingFlyway(connection, MigrationVersion.LATEST);
        new HistorySchema().migrate(current);
        assertEquals(0, current.migrations, "a current PostgreSQL schema is left as it is");

        String named = server.createSchema("pcm_");
        FluentConfiguration inSchema = new FluentConfiguration().dataSource(server.url(), server.user(), "").defaultSchema(named);
        new CountingFlyway(inSchema, MigrationVersion.LATEST).migrate();
        CountingFlyway again = new CountingFlyway(inSchema, MigrationVersion.LATEST);
        new HistorySchema().migrate(again);
        assertEquals(0, again.migrations, "Flyway's default schema is where its table is read");
    }

    @Test
    void aFreshPostgresqlDatabaseIsCheckedWithoutAFailingStatement() throws SQLException {
        // PostgreSQL writes every failed statement to its server log as an ERROR: a first run must not.
        TestPostgres server = TestPostgres.server();
        String schema = server.createSchema("pcm_");
        List<SQLException> failed = new ArrayList<>();
        DataSource recording = recording(new FluentConfiguration().dataSource(server.url(schema), server.user(), "")
                .getDataSource(), failed);
        CountingFlyway flyway = new CountingFlyway(new FluentConfiguration().dataSource(recording), MigrationVersion.LATEST);

        assertFalse(HistorySchema.isCurrent(flyway.getConfiguration()), "a fresh database is not current");
        assertEquals(List.of(), failed, "statements that failed while the history table was looked for");
        new HistorySchema().migrate(flyway);
        assertEquals(1, flyway.migrations);
        assertTrue(HistorySchema.isCurrent(flyway.getConfiguration()), "once migrated, it is current");
    }

    /** The data source, its connections and their statements, keeping every SQLException they throw. */
    private static DataSource recording(DataSource dataSource, List<SQLException> failed) {
        return (DataSource) recordingProxy(dataSource, DataSource.class, failed);
    }

    private static Object recordingProxy(Object target, Class<?> type, List<SQLException> failed) {
        return Proxy.newProxyInstance(HistorySchemaTest.class.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    failed.add(sql);
                }
                throw e.getCause();
            }
            if (result instanceof Connection connection) {
                return recordingProxy(connection, Connection.class, failed);
            }
            if (result instanceof Statement statement && method.getReturnType() == Statement.class) {
                return recordingProxy(statement, Statement.class, failed);
            }
            return result;
        });
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
