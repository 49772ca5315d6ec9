package id.go.pcm.batch.output;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A month's hold on its output folder: one run at a time writes a month's set into a folder, whatever
 * job database each uses. Two runs with a {@code PCM_HOME} each (or on two hosts sharing the folder)
 * do not see each other's job database, so the folder itself keeps the second out: a run takes an
 * operating-system lock on {@code .pcm-YYYY-MM.lock} ({@link OutputFiles#lock()}) before it touches
 * anything of the month there (a publication to complete, a staging to clean) and keeps it until it
 * ends. The file says which run holds it, for the run that finds it taken; the lock itself is the
 * operating system's and goes with the process however it ends (even {@code kill -9}), so a file left
 * by a killed run holds nothing. Other months in the same folder are not held back.
 */
public final class OutputLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutputLock.class);

    /** The lock files this process holds, with the run that holds each. */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();
    /** Each try that loses a race with a run ending (its file removed under us) is tried again. */
    private static final int ATTEMPTS = 20;
    /** The most read of a holder's description: the file is in a folder others may write to. */
    private static final int DESCRIPTION_BYTES = 1024;
    /** How long a refused run waits for a holder that has just taken the lock to describe itself. */
    private static final long DESCRIPTION_WAIT_MILLIS = 1000;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the month in its output folder for this process, creating the folder when missing.
     *
     * @param files  the month's output folder
     * @param holder which run this is, written into the lock file for a run that finds it taken
     * @return the lock, held until closed (or the process ends)
     * @throws OutputInUseException when another run, of this process or another, holds the month there
     * @throws OutputWriteException when the lock file cannot be made or opened
     */
    public static OutputLock take(OutputFiles files, String holder) {
        Path file;
        try {
            Files.createDirectories(files.folder());
            // One key per file however the folder was named: a second channel of this process on the
            // file, once closed, would drop the process's lock on it (POSIX locks are per process).
            file = files.folder().toRealPath().resolve(files.lock().getFileName().toString());
        } catch (IOException e) {
            throw new OutputWriteException(files.lock(), e);
        }
        String sameProcess = HELD.putIfAbsent(file, holder);
        if (sameProcess != null) {
            throw new OutputInUseException(files, sameProcess);
        }
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                OutputLock taken = tryOnce(files, file);
                if (taken != null) {
                    taken.describe(holder);
                    return taken;
                }
            }
            throw new OutputWriteException(files.lock(), new IOException("the lock file kept being replaced while it was taken"));
        } catch (IOException | OverlappingFileLockException e) {
            HELD.remove(file);
            throw new OutputWriteException(files.lock(), e instanceof IOException io ? io : new IOException(e));
        } catch (RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
    }

    /**
     * One try: the lock of the file at the path, or null when the path named another file by the time
     * the lock was had (the run that held it ended and removed it: its successor's file is the one to lock).
     */
    private static OutputLock tryOnce(OutputFiles files, Path file) throws IOException {
        Object before;
        try {
            before = fileKey(file);
        } catch (NoSuchFileException e) {
            try {
                Files.createDirectories(file.getParent()); // a run that made the folder removed it as it ended
                Files.createFile(file);
            } catch (FileAlreadyExistsException raced) {
                // another run made it first: lock that one
            }
            return null;
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new OutputInUseException(files, holderOf(file));
            }
            if (!isAtPath(before, file)) {
                lock.release();
                channel.close();
                return null;
            }
            return new OutputLock(file, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * @return whether the file locked is still the one at the path: it was there before it was opened
     *         and is there after it was locked, and a file kept open cannot have its identity taken by
     *         another. A file system without file keys (Windows) does not let an open file be removed.
     */
    private static boolean isAtPath(Object before, Path file) throws IOException {
        try {
            return before == null || before.equals(fileKey(file));
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    /** What the holder wrote, on one line; empty when it has written nothing yet (or could not). */
    private static String holderOf(Path file) {
        long deadline = System.currentTimeMillis() + DESCRIPTION_WAIT_MILLIS;
        while (true) {
            String description = "";
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                description = new String(in.readNBytes(DESCRIPTION_BYTES), StandardCharsets.UTF_8)
                        .replaceAll("\\p{Cntrl}+", " ").strip();
            } catch (IOException e) {
                LOG.debug("Could not read {}", file, e);
            }
            if (!description.isEmpty() || System.currentTimeMillis() > deadline) {
                return description;
            }
            try {
                Thread.sleep(50); // taken a moment ago: its holder is writing who it is
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return description;
            }
        }
    }

    /**
     * Says in the lock file which run holds it, replacing what it said. The lock holds whether or not
     * this can be written (a full disk): the description is only for the operator of a refused run.
     *
     * @param holder which run this is
     */
    public void describe(String holder) {
        HELD.replace(file, holder);
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
        } catch (IOException e) {
            LOG.warn("Could not say in {} which run holds it", file, e);
        }
    }

    /**
     * Gives the month's folder up: the file goes first, while still held, so that a run finding it is
     * never one that would take a lock already given up; then the lock. A killed run's file stays
     * (hidden, holding nothing) until the month's next run takes and removes it.
     */
    @Override
    public void close() {
        try {
            OutputFiles.deleteQuietly(file);
            lock.release();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not release {}", file, e); // the lock goes with the channel or the process
        } finally {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing the channel releases the lock; the process's end does too
            }
            HELD.remove(file);
        }
    }
}
