package id.go.pcm.batch.output;

import id.go.pcm.Monev;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The output folder of a month: the three files of SPEC 3, written under a temporary name and moved
 * into place whole, so that a reader never sees half a file, and the working files of a run.
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
     * The working file where one input's rejects are spooled while it is read: hidden beside the
     * outputs and never mistaken for one.
     *
     * @param inputFile one of {@link Monev#FILES}
     * @return its path
     */
    public Path rejectSpool(String inputFile) {
        return folder.resolve(".pcm-" + period + "-rejects-" + inputFile + ".part");
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
        return Stream.concat(Stream.of(rejects(), figures(), report()).map(OutputFiles::temporary),
                Monev.FILES.stream().map(this::rejectSpool)).toList();
    }

    /**
     * Deletes this month's working files: they are only needed while a run is alive, and a restarted
     * run writes them again from the start.
     */
    public void removeWorkFiles() {
        workFiles().forEach(OutputFiles::deleteQuietly);
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

    /** @return a set of outputs to write and then publish together */
    public Staging staging() {
        return new Staging();
    }

    /**
     * Outputs written whole under their temporary names, then moved into place together by
     * {@link #publish()}: a failure while any of them is written (a full disk, the database lost
     * before publishing) leaves every earlier output as it was. Closing removes what was not published.
     */
    public static final class Staging implements AutoCloseable {

        private final Map<Path, Path> staged = new LinkedHashMap<>();

        private Staging() {
        }

        /**
         * Writes one output under its temporary name, flushed to disk.
         *
         * @param target  the output file
         * @param content what to write
         * @throws OutputWriteException when it cannot be written; nothing of it is left behind
         */
        public void write(Path target, Content content) {
            Path temporary = temporary(target);
            LOG.info("Writing {}", target.getFileName());
            try {
                writeFlushed(temporary, content);
            } catch (IOException e) {
                deleteQuietly(temporary);
                throw new OutputWriteException(target, e);
            } catch (RuntimeException | Error e) {
                deleteQuietly(temporary);
                throw e;
            }
            staged.put(target, temporary);
        }

        /**
         * Moves every output written so far into place, in the order written.
         *
         * @throws OutputWriteException when a move fails
         */
        public void publish() {
            for (Map.Entry<Path, Path> entry : new ArrayList<>(staged.entrySet())) {
                try {
                    try {
                        Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.ATOMIC_MOVE,
                                StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new OutputWriteException(entry.getKey(), e);
                }
                staged.remove(entry.getKey());
            }
        }

        @Override
        public void close() {
            staged.values().forEach(OutputFiles::deleteQuietly);
            staged.clear();
        }
    }

    /**
     * Writes a new file and forces it to disk. Whatever is at the path is replaced first, so that a
     * killed run's leftover (or a link planted there) is never written through.
     */
    private static void writeFlushed(Path file, Content content) throws IOException {
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
