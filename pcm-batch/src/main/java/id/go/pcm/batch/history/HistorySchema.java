package id.go.pcm.batch.history;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings the history tables to their latest version ({@code db/pcm/V*.sql}) with Flyway, and does
 * nothing when the database says they are already there: what almost every month finds. Flyway would
 * find the same, but only after reading and checksumming its migrations and inspecting the database,
 * about a tenth of a second of every run's start (issue 24). A fresh database, an older one, one whose
 * last migration failed or one this check cannot read is migrated by Flyway as before.
 */
public final class HistorySchema implements FlywayMigrationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(HistorySchema.class);

    /** The version of the newest migration in {@code db/pcm}: raise it with each new one (a test compares them). */
    static final MigrationVersion LATEST = MigrationVersion.fromVersion("3");

    @Override
    public void migrate(Flyway flyway) {
        if (isCurrent(flyway.getConfiguration())) {
            LOG.info("The history tables are at version {}: no migration needed", LATEST);
            return;
        }
        flyway.migrate();
    }

    /**
     * @return whether Flyway's history table records {@link #LATEST} (or later) applied and no failed
     *         migration; false when it cannot be read (no such table yet)
     */
    static boolean isCurrent(Configuration configuration) {
        try (Connection connection = configuration.getDataSource().getConnection()) {
            // Asked first rather than found by a failing select: PostgreSQL logs every failed statement
            // as an ERROR, which a fresh database's first run should not leave in the server's log.
            if (!historyTableExists(connection, configuration)) {
                return false;
            }
            return newest(connection, configuration).compareTo(LATEST) >= 0;
        } catch (SQLException e) {
            LOG.debug("The history tables' version cannot be read ({}): Flyway checks them", e.getMessage());
            return false;
        }
    }

    private static boolean historyTableExists(Connection connection, Configuration configuration) throws SQLException {
        String schema = schema(configuration);
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(),
                schema == null ? connection.getSchema() : schema, configuration.getTable(), null)) {
            return tables.next();
        }
    }

    /** @return the newest version applied, {@link MigrationVersion#EMPTY} when one failed (Flyway reports or repairs it) */
    private static MigrationVersion newest(Connection connection, Configuration configuration) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select \"version\", \"success\" from " + table(configuration))) {
            MigrationVersion newest = MigrationVersion.EMPTY;
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    return MigrationVersion.EMPTY;
                }
                if (version != null && MigrationVersion.fromVersion(version).isNewerThan(newest.getVersion())) {
                    newest = MigrationVersion.fromVersion(version);
                }
            }
            return newest;
        }
    }

    /** Flyway's history table, as Flyway names it: quoted, in its default schema when one is set. */
    private static String table(Configuration configuration) {
        String schema = schema(configuration);
        String table = "\"" + configuration.getTable() + "\"";
        return schema == null ? table : "\"" + schema + "\"." + table;
    }

    /** @return Flyway's default schema, else the first of its schemas, else {@code null} (the connection's own) */
    private static String schema(Configuration configuration) {
        String schema = configuration.getDefaultSchema();
        if (schema == null && configuration.getSchemas().length > 0) {
            schema = configuration.getSchemas()[0];
        }
        return schema;
    }
}
