package id.go.pcm.batch.job;

import id.go.pcm.batch.cli.RunRequest;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run at a time on the embedded H2 job database, told at once. H2 locks its file too, but a
 * second process only learns it after H2's and the pool's retries (about 13 s), with a message that
 * cannot say who holds it. So before the database is opened, a run takes an operating-system lock
 * on a file beside it ({@code pcm.pcm-lock}) and writes there which run it is; the lock goes with the
 * process, however it ends (even {@code kill -9}). A run that finds the lock taken is refused with
 * that run's description. Only {@code jdbc:h2:file:} databases are locked here; on a server database
 * a run holds its month ({@link MonthLock}).
 */
public final class EmbeddedDatabaseLock implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, AutoCloseable {

    private static final String H2_FILE = "jdbc:h2:file:";

    /** The lock files this process holds, with the run that holds each. */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

    private final RunRequest request;
    private final ZoneId zone;
    private Path lockFile;
    private FileChannel channel;
    private FileLock lock;

    /**
     * @param request the run that takes the lock, described in it for whoever finds it taken
     * @param zone    the office's zone, in which the run's start is told
     */
    public EmbeddedDatabaseLock(RunRequest request, ZoneId zone) {
        this.request = request;
        this.zone = zone;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String url = event.getEnvironment().getProperty("spring.datasource.url", "");
        if (url.startsWith(H2_FILE)) {
            String file = url.substring(H2_FILE.length()).split(";", 2)[0];
            take(Path.of(file.replaceFirst("^~", System.getProperty("user.home"))).toAbsolutePath());
        }
    }

    private void take(Path database) {
        Path file = database.resolveSibling(database.getFileName() + ".pcm-lock");
        String self = describe();
        // Within one process the file must not be opened a second time: closing any channel on it
        // drops the process's operating-system lock (POSIX), so runs of this JVM are told apart here.
        String sameProcess = HELD.putIfAbsent(file, self);
        if (sameProcess != null) {
            throw inUse(sameProcess, database);
        }
        lockFile = file;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            lock = channel.tryLock();
            if (lock == null) {
                String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
                close();
                throw inUse(holder, database);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(self.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
        } catch (IOException | OverlappingFileLockException e) {
            close();
            throw new JobDatabaseInUseException("The embedded job database's lock " + file + " cannot be taken ("
                    + e.getMessage() + "); check that this user may write in " + file.getParent() + ".");
        }
    }

    private static JobDatabaseInUseException inUse(String holder, Path database) {
        return new JobDatabaseInUseException("Another PCM run" + (holder.isEmpty() ? "" : " (" + holder + ")")
                + " is using the embedded job database " + database.getParent() + "; wait for it to end, then run"
                + " again (runs that must overlap need a PCM_HOME each, or a shared PostgreSQL job database).");
    }

    private String describe() {
        return "month " + request.period() + ", process " + ProcessHandle.current().pid()
                + ThisHost.name().map(host -> " on " + host).orElse("") + ", started "
                + OffsetDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Releases the lock (the process's end releases it too). */
    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the channel or the process
        } finally {
            lock = null;
            channel = null;
            if (lockFile != null) {
                HELD.remove(lockFile);
                lockFile = null;
            }
        }
    }

    /** Another run holds the embedded job database. */
    public static final class JobDatabaseInUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JobDatabaseInUseException(String message) {
            super(message);
        }
    }
}
