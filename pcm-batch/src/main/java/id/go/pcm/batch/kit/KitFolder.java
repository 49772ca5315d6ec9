package id.go.pcm.batch.kit;

import id.go.pcm.batch.output.OutputFiles;
import id.go.pcm.batch.output.OutputWriteException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The month's kit folder, {@code pcm-kit-YYYY-MM/}, written whole or not at all (SPEC 10.3): the kits
 * are written into a hidden folder of this run's own beside it, which then takes the folder's place;
 * an earlier kit folder is moved aside first and removed once the new one is in place, or put back
 * when the move fails. Kits belong to no month's set, so the month's lock and journal play no part:
 * two runs at once each put a whole folder in place, the later one winning.
 */
final class KitFolder implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path staging;
    private boolean published;

    private KitFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * @param output the output folder
     * @param period the month
     * @return {@code output/pcm-kit-YYYY-MM}
     */
    static Path of(Path output, YearMonth period) {
        return output.resolve("pcm-kit-" + period);
    }

    /**
     * Starts a new kit folder.
     *
     * @param output the output folder, created when missing
     * @param period the month
     * @return the folder being written
     * @throws OutputWriteException when its hidden folder cannot be made
     */
    static KitFolder stage(Path output, YearMonth period) {
        Path target = of(output, period);
        try {
            Files.createDirectories(output); // the command line's check of --output leaves no folder it made
            // named for this run: another run's kits of the month, being written, are left alone; made with
            // the user's own permissions (a temporary folder's would be the owner's alone)
            Path staging = output.resolve("." + target.getFileName() + "-" + ProcessHandle.current().pid() + "-"
                    + HexFormat.of().toHexDigits(RANDOM.nextInt()));
            return new KitFolder(target, Files.createDirectory(staging));
        } catch (IOException e) {
            throw new OutputWriteException(target, e);
        }
    }

    /** @return the hidden folder the kits are written into: also the scratch folder of their writing */
    Path staging() {
        return staging;
    }

    /**
     * @param fileName a kit's file name
     * @param bytes    the kit
     * @throws OutputWriteException when it cannot be written
     */
    void write(String fileName, byte[] bytes) {
        try {
            Files.write(staging.resolve(fileName), bytes);
        } catch (IOException e) {
            throw new OutputWriteException(target.resolve(fileName), e);
        }
    }

    /**
     * Puts the written folder in place of the earlier one.
     *
     * @throws OutputWriteException when a file stands where the folder goes, or a move fails (the
     *                              earlier folder is then where it was)
     */
    void publish() {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputWriteException(target, new IOException("a file stands where the kit folder goes; move it away"));
        }
        Path aside = staging.resolveSibling(staging.getFileName() + "-previous");
        boolean moved = false;
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(target, aside);
                moved = true;
            }
            move(staging, target);
            published = true;
        } catch (IOException e) {
            if (moved) {
                try {
                    move(aside, target);
                } catch (IOException notBack) {
                    e.addSuppressed(notBack);
                }
            }
            throw new OutputWriteException(target, e);
        }
        if (moved) {
            deleteTree(aside);
        }
    }

    /** Removes the hidden folder unless it was published. */
    @Override
    public void close() {
        if (!published) {
            deleteTree(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(OutputFiles::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // a leftover hidden folder harms nothing; the kits are in place or were never published
        }
    }
}
