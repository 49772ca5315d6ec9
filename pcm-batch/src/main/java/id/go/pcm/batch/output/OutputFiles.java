package id.go.pcm.batch.output;

import id.go.pcm.MonthFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The output folder of a month: the names of its outputs (SPEC 3), published together by
 * {@link OutputSet}, and the working files of a run. Every file is written whole and flushed before it
 * is moved into place, so that a reader never sees half a file.
 * Everything goes through {@link Files} and {@link FileChannel#open(Path, java.nio.file.OpenOption...)},
 * so the folder may be on any file system provider.
 */
public final class OutputFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OutputFiles.class);
    private static final int BUFFER = 64 * 1024;

    private final Path folder;
    private final YearMonth period;

    /**
     * @param folder the output folder, created when missing
     * @param period the evaluation month
     */
    public OutputFiles(Path folder, YearMonth period) {
        this.folder = folder;
        this.period = period;
    }

    /** @return the output folder */
    public Path folder() {
        return folder;
    }

    /** @return the evaluation month */
    public YearMonth period() {
        return period;
    }

    /** @return {@code pcm-report-YYYY-MM.pdf} */
    public Path report() {
        return folder.resolve("pcm-report-" + period + ".pdf");
    }

    /** @return {@code pcm-figures-YYYY-MM.json} */
    public Path figures() {
        return folder.resolve("pcm-figures-" + period + ".json");
    }

    /** @return {@code pcm-rejects-YYYY-MM.csv} */
    public Path rejects() {
        return folder.resolve("pcm-rejects-" + period + ".csv");
    }

    /**
     * @return {@code pcm-rejects-YYYY-MM-refused.csv}: the rejects of a run refused for too many of
     *         them (exit 4), written beside the month's set, which stays as it was
     */
    public Path refusedRejects() {
        return folder.resolve("pcm-rejects-" + period + "-refused.csv");
    }

    /** @return {@code pcm-rapor-YYYY-MM}: the folder of the agencies' scorecards (SPEC 7) */
    public Path scorecards() {
        return folder.resolve("pcm-rapor-" + period);
    }

    /**
     * @param signed a data file of the month: {@link #figures()}, {@link #rejects()} or {@link #refusedRejects()}
     * @return its detached signature beside it, {@code NAME.p7s} (SPEC 8)
     */
    public Path signatureOf(Path signed) {
        return signed.resolveSibling(signed.getFileName() + ".p7s");
    }

    /**
     * @return the names of every output the month's set may hold, whether a run writes it or not
     *         (a successful run removes those it does not write: the refused rejects, and the
     *         signatures of a signed run when this one signs nothing)
     */
    List<String> memberNames() {
        return Stream.of(report(), figures(), signatureOf(figures()), rejects(), signatureOf(rejects()), scorecards(),
                refusedRejects(), signatureOf(refusedRejects())).map(p -> p.getFileName().toString()).toList();
    }

    /**
     * @param name one of {@link #memberNames()}
     * @return whether that member is a folder
     */
    boolean isFolderMember(String name) {
        return name.equals(scorecards().getFileName().toString());
    }

    /**
     * @param target an output of this folder
     * @return its name in the set
     * @throws IllegalArgumentException when it is not a member of the month's set
     */
    String memberName(Path target) {
        String name = target.getFileName().toString();
        if (!target.getParent().equals(folder) || !memberNames().contains(name)) {
            throw new IllegalArgumentException(target + " is not an output of " + period + " in " + folder);
        }
        return name;
    }

    /**
     * The working file where one input's rejects are spooled while it is read: hidden beside the
     * outputs and never mistaken for one.
     *
     * @param inputFile one of the five
     * @return its path
     */
    public Path rejectSpool(MonthFile inputFile) {
        return folder.resolve(".pcm-" + period + "-rejects-" + inputFile.fileName() + ".part");
    }

    /**
     * The file by which a run holds the month in this folder ({@link OutputLock}): hidden beside the
     * outputs, held for the whole run, removed when it ends.
     *
     * @return {@code .pcm-YYYY-MM.lock}
     */
    public Path lock() {
        return folder.resolve(".pcm-" + period + ".lock");
    }

    /**
     * The name an output is written under before it is moved into place.
     *
     * @param target an output file
     * @return {@code .NAME.tmp} beside it
     */
    static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    /** @return every working file a run of this month may leave behind when it is killed */
    public List<Path> workFiles() {
        return Stream.concat(Stream.of(refusedRejects(), signatureOf(refusedRejects())).map(OutputFiles::temporary),
                Arrays.stream(MonthFile.values()).map(this::rejectSpool)).toList();
    }

    /**
     * Deletes this month's working files: they are only needed while a run is alive, and a restarted
     * run writes them again from the start. A publication cut short is left for
     * {@link OutputSet#recover()}, which the next run calls first.
     */
    public void removeWorkFiles() {
        workFiles().forEach(OutputFiles::deleteQuietly);
        OutputSet set = new OutputSet(this);
        if (!set.publishing()) {
            set.workFolders().forEach(OutputSet::deleteTree);
        }
    }

    /**
     * @param folder a folder that may not exist yet
     * @return the topmost of it and its parents that does not exist, which creating it would create;
     *         empty when it exists
     */
    public static Optional<Path> topmostMissing(Path folder) {
        Path missing = null;
        for (Path p = folder.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return Optional.ofNullable(missing);
    }

    /**
     * Removes the folders a run created and left empty, from {@code folder} up to {@code topmost}: a
     * run that publishes nothing leaves no trace of itself.
     *
     * @param folder  the folder
     * @param topmost the topmost folder created ({@link #topmostMissing} before creating it)
     */
    public static void removeCreatedIfEmpty(Path folder, Path topmost) {
        for (Path p = folder.toAbsolutePath(); p != null && p.startsWith(topmost); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | UncheckedIOException notEmpty) {
                return; // it holds something (perhaps another run's outputs): it stays
            }
        }
    }

    /** Creates the folder when missing. */
    public void prepare() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new OutputWriteException(folder, e);
        }
    }

    /** Writes the bytes of one output. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out where to write; closing it is harmless, the caller closes the file
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes one file alone, whole, under its temporary name, then moves it into place: for a file
     * that is not part of the month's set ({@link #refusedRejects()}).
     *
     * @param target  the file
     * @param content what to write
     * @throws OutputWriteException when it cannot be written; nothing of it is left behind
     */
    public void writeAlone(Path target, Content content) {
        Path temporary = temporary(target);
        LOG.info("Writing {}", target.getFileName());
        try {
            writeFlushed(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new OutputWriteException(target, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    /**
     * Writes a new file and forces it to disk. Whatever is at the path is replaced first, so that a
     * killed run's leftover (or a link planted there) is never written through.
     */
    static void writeFlushed(Path file, Content content) throws IOException {
        Files.deleteIfExists(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            Guarded guarded = new Guarded(Channels.newOutputStream(channel));
            try (OutputStream out = new BufferedOutputStream(guarded, BUFFER)) {
                content.writeTo(out);
                out.flush();
            } catch (RuntimeException e) {
                // Libraries wrap the disk's IOException in their own exceptions (or swallow it); the
                // first failure of the file itself is what the operator must hear about.
                if (guarded.failure != null) {
                    guarded.failure.addSuppressed(e);
                    throw guarded.failure;
                }
                throw e;
            }
            if (guarded.failure != null) {
                throw guarded.failure;
            }
            channel.force(true);
        }
    }

    /** The file's stream as content sees it: closing it only flushes, and the first write failure is kept. */
    private static final class Guarded extends FilterOutputStream {

        private IOException failure;

        Guarded(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /**
     * Deletes a working file if it is there.
     *
     * @param path the file
     */
    public static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover working file is harmless: the next run replaces it
        }
    }
}
