package id.go.pcm.batch.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One process at a time per month on a shared job database. On PostgreSQL a session-level advisory
 * lock on the month is held on a connection of its own for the whole run: a second run of the same
 * month is refused however closely the two start (checking the job repository alone cannot promise
 * that: two runs can both read "not running"), and a killed run's lock goes with its connection.
 *
 * <p>When the server does not see the connection go (the run's host crashed or was cut off), the
 * session would hold the lock until the server's keepalive gives up, hours later. So the session is
 * named after its process ({@code application_name}); a run that finds the month held by a process of
 * its own host that no longer exists ends that session and takes the month, as it recovers the
 * execution such a process left "running". An embedded H2 file is locked by the process that opened
 * it, which already keeps every other run out.
 */
public final class MonthLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MonthLock.class);

    /** The lock's first key: "PCM" in ASCII, so that other applications' advisory locks do not meet it. */
    static final int PCM = 0x50434D;
    private static final Pattern NAME = Pattern.compile("pcm:(\\d+):(\\d+):([0-9a-f]{12}|\\?)");
    private static final int TAKE_ATTEMPTS = 20;

    private final Connection connection;
    /** The month held on PostgreSQL, to unlock before the connection goes back to its pool; null on H2. */
    private final YearMonth held;

    private MonthLock(Connection connection, YearMonth held) {
        this.connection = connection;
        this.held = held;
    }

    /**
     * Takes the month for this process.
     *
     * @param database the job database
     * @param period   the month
     * @return the lock, held until closed; empty when a live run holds the month
     * @throws SQLException when the database cannot be asked
     */
    public static Optional<MonthLock> tryTake(DataSource database, YearMonth period) throws SQLException {
        Connection connection = database.getConnection();
        try {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return Optional.of(new MonthLock(connection, null)); // H2: the file lock keeps other runs out
            }
            connection.setAutoCommit(true);
            try (PreparedStatement name = connection.prepareStatement("select set_config('application_name', ?, false)")) {
                name.setString(1, sessionName(ProcessHandle.current()));
                name.execute();
            }
            boolean ended = false;
            for (int attempt = 0; attempt < TAKE_ATTEMPTS; attempt++) {
                if (lock(connection, period)) {
                    return Optional.of(new MonthLock(connection, period));
                }
                Optional<Holder> holder = holder(connection, period);
                if (holder.isPresent() && !holder.get().isGone()) {
                    break;
                }
                if (holder.isPresent() && !ended) {
                    LOG.warn("Month {} is held by database session {} of process {} of this host, which is gone: ending that session",
                            period, holder.get().session(), holder.get().pid());
                    terminate(connection, holder.get().session());
                    ended = true;
                }
                Thread.sleep(100); // a released or ended session lets its lock go in a moment
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        } catch (InterruptedException e) {
            connection.close();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static boolean lock(Connection connection, YearMonth period) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, PCM);
            lock.setInt(2, key(period));
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static Optional<Holder> holder(Connection connection, YearMonth period) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select a.pid, a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
                where l.locktype = 'advisory' and l.granted and l.classid::bigint = ? and l.objid::bigint = ?
                  and l.objsubid = 2 and l.database = (select oid from pg_database where datname = current_database())""")) {
            query.setLong(1, PCM);
            query.setLong(2, key(period));
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? Holder.of(result.getInt(1), result.getString(2)) : Optional.empty();
            }
        }
    }

    private static void terminate(Connection connection, int session) throws SQLException {
        try (PreparedStatement end = connection.prepareStatement("select pg_terminate_backend(?)")) {
            end.setInt(1, session);
            end.execute();
        }
    }

    /** @return the month as {@code yyyymm}, the lock's second key */
    static int key(YearMonth period) {
        return period.getYear() * 100 + period.getMonthValue();
    }

    /**
     * The name a run's lock session carries ({@code application_name}), for a later run to tell
     * whether its process is gone.
     *
     * @param process a process of this host
     * @return {@code pcm:<pid>:<start, epoch ms>:<host fingerprint, or ?>}
     */
    public static String sessionName(ProcessHandle process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return "pcm:" + process.pid() + ":" + started + ":" + ThisHost.id().orElse("?");
    }

    /**
     * The session holding a month, and the process it names.
     *
     * @param session the server's process id of the session
     * @param pid     the holding process's id
     * @param started its start, epoch milliseconds (0 when it could not be read)
     * @param machine its host's fingerprint, {@code ?} when unknown
     */
    record Holder(int session, long pid, long started, String machine) {

        static Optional<Holder> of(int session, String applicationName) {
            Matcher m = NAME.matcher(applicationName == null ? "" : applicationName);
            return m.matches() ? Optional.of(new Holder(session, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    m.group(3))) : Optional.empty();
        }

        /**
         * @return whether the holder is a process of this host that no longer runs (or whose id now
         *         belongs to a process started at another time); a holder of another host or container,
         *         or one whose host or start cannot be told, is taken as alive
         */
        boolean isGone() {
            return started != 0 && ThisHost.id().map(machine::equals).orElse(false)
                    && ThisHost.isGone(pid, Instant.ofEpochMilli(started));
        }
    }

    /**
     * @return whether holding this lock keeps every other run of the month out, so that an execution
     *         still marked running was left by a run that is gone: true on PostgreSQL, where every run
     *         takes the lock; false elsewhere, where the owner recorded in the execution decides
     */
    public boolean excludesOtherRuns() {
        return held != null;
    }

    /**
     * Gives the month up. The connection goes back to its pool with its session, so the lock is
     * released first. A connection already lost (the database gone mid-run) has released it with its
     * session, so a failure here changes nothing and must not hide how the run ended.
     */
    @Override
    public void close() {
        try (connection) {
            if (held != null) {
                try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
                    unlock.setInt(1, PCM);
                    unlock.setInt(2, key(held));
                    unlock.execute();
                }
            }
        } catch (SQLException ignored) {
            // the session is gone, and its locks with it
        }
    }
}
