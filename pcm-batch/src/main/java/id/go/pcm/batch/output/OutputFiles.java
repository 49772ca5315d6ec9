package id.go.pcm.batch.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;

/**
 * The output folder of a month: the three files of SPEC 3, written under a temporary name and moved
 * into place whole, so that a reader never sees half a file, and the working files of a run.
 */
public final class OutputFiles {

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
     * A run's working file, hidden beside the outputs and never mistaken for one.
     *
     * @param name a name unique within the run
     * @return its path
     */
    public Path work(String name) {
        return folder.resolve(".pcm-" + period + "-" + name + ".part");
    }

    /** Creates the folder when missing. */
    public void prepare() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + folder, e);
        }
    }

    /** Writes the bytes of one output. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out where to write; closed by the caller
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file whole: into a temporary file beside it, flushed to disk, then moved over the target.
     *
     * @param target  the output file
     * @param content what to write
     * @throws UncheckedIOException when writing or moving fails; the target is then untouched
     */
    public void writeWhole(Path target, Content content) {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
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
        } catch (IOException ignored) {
            // a leftover working file is harmless: the next run overwrites it
        }
    }
}
