package id.go.pcm.batch.output;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The month's outputs as one set (SPEC 3): after any failure or kill the folder holds the previous set
 * whole or the new one whole.
 *
 * <p>A run writes its whole set into a hidden staging folder ({@code .pcm-YYYY-MM-staging}). To
 * publish it, it first checks that nothing stands in the way, then writes a journal
 * ({@code .pcm-YYYY-MM-publishing}, the names of the new set) and from then on moves each member of
 * the earlier set aside into {@code .pcm-YYYY-MM-previous} and each new member into place; the
 * journal's removal is the end of the publication. Every step can be told from what is on disk, so the
 * next run of the month, finding the journal of a run killed in the middle, completes the publication
 * before it does anything else; a publication that fails in the run (a move refused) is undone at once.
 * Without a journal, a staging folder is a run's unfinished writing and is simply removed.
 */
public final class OutputSet {

    private static final Logger LOG = LoggerFactory.getLogger(OutputSet.class);

    /** A test's look at each step of a publication: it may stop the process there, as a kill would. */
    @FunctionalInterface
    interface Steps {
        /** @param step what was just done, e.g. "moved pcm-report-2024-09.pdf into place" */
        void done(String step) throws IOException;
    }

    private final OutputFiles files;
    private final Path staging;
    private final Path previous;
    private final Path journal;
    private final Steps steps;

    /**
     * @param files the month's output folder
     */
    public OutputSet(OutputFiles files) {
        this(files, step -> { });
    }

    OutputSet(OutputFiles files, Steps steps) {
        this.files = files;
        this.staging = files.folder().resolve(".pcm-" + files.period() + "-staging");
        this.previous = files.folder().resolve(".pcm-" + files.period() + "-previous");
        this.journal = files.folder().resolve(".pcm-" + files.period() + "-publishing");
        this.steps = steps;
    }

    /**
     * Completes a publication that a killed run left half done, or removes a run's unfinished
     * staging. Call it before the month's run does anything else in the folder.
     *
     * @return whether a publication was completed
     * @throws OutputWriteException when the publication cannot be completed
     */
    public boolean recover() {
        if (!Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(staging);
            deleteTree(previous);
            return false;
        }
        List<String> names;
        try {
            names = Files.readAllLines(journal, StandardCharsets.UTF_8).stream().filter(n -> !n.isBlank()).toList();
        } catch (IOException e) {
            throw new OutputWriteException(journal, e);
        }
        LOG.warn("A publication of {} was cut short; completing it: {}", files.period(), names);
        try {
            complete(names);
        } catch (IOException e) {
            throw new OutputWriteException(files.folder().resolve(failedName(e)), e);
        }
        return true;
    }

    /** @return whether the folder holds a publication cut short, which only {@link #recover()} may touch */
    boolean publishing() {
        return Files.exists(journal, LinkOption.NOFOLLOW_LINKS);
    }

    /** @return the hidden working folders of a publication, for the run's clean-up */
    List<Path> workFolders() {
        return List.of(staging, previous);
    }

    /**
     * Starts writing a new set.
     *
     * @return the staging, to write every member into and then publish
     * @throws OutputWriteException when the staging folder cannot be made
     */
    public Staging stage() {
        deleteTree(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new OutputWriteException(staging, e);
        }
        return new Staging();
    }

    /** A new set being written; closing it without publishing removes it. */
    public final class Staging implements AutoCloseable {

        private final Set<String> written = new LinkedHashSet<>();
        private boolean published;

        private Staging() {
        }

        /**
         * Writes one member of the set, whole and flushed to disk, under the staging folder.
         *
         * @param target  the output, e.g. {@link OutputFiles#report()}
         * @param content what to write
         * @throws OutputWriteException when it cannot be written (the disk is full)
         */
        public void write(Path target, OutputFiles.Content content) {
            String name = files.memberName(target);
            LOG.info("Writing {}", name);
            Path file = staging.resolve(name);
            try {
                OutputFiles.writeFlushed(file, content);
            } catch (IOException e) {
                OutputFiles.deleteQuietly(file);
                // named as the output it becomes: the staging folder is PCM's business, not the operator's
                throw new OutputWriteException(target, e);
            } catch (RuntimeException | Error e) {
                OutputFiles.deleteQuietly(file);
                throw e;
            }
            written.add(name);
        }

        /**
         * Starts a folder member of the set (the scorecards), to write its files into, from several
         * threads at once if need be.
         *
         * @param target the folder, e.g. {@link OutputFiles#scorecards()}
         * @return the folder being staged
         * @throws OutputWriteException when it cannot be made
         */
        public Folder folder(Path target) {
            String name = files.memberName(target);
            Path staged = staging.resolve(name);
            try {
                Files.createDirectories(staged);
            } catch (IOException e) {
                throw new OutputWriteException(target, e);
            }
            written.add(name);
            return new Folder(target, staged);
        }

        /**
         * Reads back a member written into the staging, e.g. to sign the bytes that will be published.
         *
         * @param target an output written with {@link #write}
         * @return its staged bytes; close it
         * @throws IOException when it cannot be read
         */
        public InputStream read(Path target) throws IOException {
            String name = files.memberName(target);
            if (!written.contains(name)) {
                throw new IllegalArgumentException(name + " is not written into the staging yet");
            }
            return Files.newInputStream(staging.resolve(name));
        }

        /**
         * Puts the written set in place of the month's earlier one; earlier members this run did not
         * write are removed.
         *
         * @throws OutputWriteException when something stands in the way (nothing is then changed) or
         *                              a move fails (the earlier set is then put back)
         */
        public void publish() {
            checkNothingInTheWay();
            deleteTree(previous);
            try {
                Files.createDirectories(previous);
                Path temporary = OutputFiles.temporary(journal);
                OutputFiles.writeFlushed(temporary, out -> out.write(String.join("\n", written).getBytes(StandardCharsets.UTF_8)));
                move(temporary, journal);
                syncFolder();
                steps.done("wrote the journal");
            } catch (IOException e) {
                OutputFiles.deleteQuietly(journal);
                deleteTree(previous);
                throw new OutputWriteException(journal, e);
            }
            List<String> names = List.copyOf(written);
            try {
                complete(names);
            } catch (IOException e) {
                Path failed = files.folder().resolve(failedName(e));
                try {
                    undo(names);
                } catch (IOException | UncheckedIOException notUndone) {
                    e.addSuppressed(notUndone);
                    LOG.error("The publication of {} could not be undone; the next run completes it", files.period(), notUndone);
                    throw new OutputWriteException(failed, e, false);
                }
                throw new OutputWriteException(failed, e, true);
            }
            published = true;
        }

        @Override
        public void close() {
            if (!published && !publishing()) {
                deleteTree(staging);
            }
        }

        /**
         * A folder where a file of the set goes (or a file where its folder goes) would make a move
         * fail halfway; it is found before anything is moved.
         */
        private void checkNothingInTheWay() {
            for (String name : written) {
                Path target = files.folder().resolve(name);
                boolean folderWanted = Files.isDirectory(staging.resolve(name), LinkOption.NOFOLLOW_LINKS);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                        && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) != folderWanted) {
                    throw new OutputWriteException(target, OutputWriteException.inTheWay(target, folderWanted));
                }
            }
        }
    }

    /** A folder of the set being staged: its files are written whole, each flushed to disk. */
    public static final class Folder {
        private final Path target;
        private final Path staged;

        private Folder(Path target, Path staged) {
            this.target = target;
            this.staged = staged;
        }

        /**
         * Writes one file of the folder.
         *
         * @param fileName its name in the folder
         * @param content  what to write
         * @throws OutputWriteException when it cannot be written (named as the file it becomes)
         */
        public void write(String fileName, OutputFiles.Content content) {
            Path file = staged.resolve(fileName);
            try {
                OutputFiles.writeFlushed(file, content);
            } catch (IOException e) {
                OutputFiles.deleteQuietly(file);
                throw new OutputWriteException(target.resolve(fileName), e);
            }
        }
    }

    /**
     * Moves the earlier set aside and the new one in, for every member the month can have; each step
     * is decided by what is on disk, so running it again after a kill carries on where it stopped.
     */
    private void complete(List<String> names) throws IOException {
        Files.createDirectories(previous);
        for (String name : files.memberNames()) {
            Path target = files.folder().resolve(name);
            Path staged = staging.resolve(name);
            boolean present = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (names.contains(name)) {
                if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
                    if (present) {
                        move(target, previous.resolve(name));
                        steps.done("moved the earlier " + name + " aside");
                    }
                    move(staged, target);
                    steps.done("moved " + name + " into place");
                }
            } else if (present && isMember(target, name)) {
                move(target, previous.resolve(name));
                steps.done("moved the earlier " + name + " aside, as the new set has none");
            }
        }
        syncFolder();
        Files.delete(journal);
        syncFolder();
        steps.done("removed the journal");
        deleteTree(previous);
        deleteTree(staging);
    }

    /** Puts the earlier set back after a move failed in this run. */
    private void undo(List<String> names) throws IOException {
        List<String> members = new ArrayList<>(files.memberNames());
        Collections.reverse(members);
        for (String name : members) {
            Path target = files.folder().resolve(name);
            Path staged = staging.resolve(name);
            Path aside = previous.resolve(name);
            if (names.contains(name) && !Files.exists(staged, LinkOption.NOFOLLOW_LINKS)
                    && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(target, staged);
            }
            if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
                move(aside, target);
            }
        }
        syncFolder();
        Files.delete(journal);
        syncFolder();
        deleteTree(previous);
        deleteTree(staging);
        LOG.info("The publication of {} was undone: the earlier outputs are as they were", files.period());
    }

    /** Only what PCM writes is moved aside: a file for a file member, a folder for a folder member. */
    private boolean isMember(Path target, String name) {
        return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) == files.isFolderMember(name);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Makes the renames durable where the file system allows a folder to be synced (Linux does). */
    private void syncFolder() {
        try (FileChannel folder = FileChannel.open(files.folder(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException | UncheckedIOException e) {
            LOG.debug("The output folder cannot be synced on this file system", e);
        }
    }

    /** The output a failed move was about, as the operator knows it. */
    private String failedName(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            Path path = files.folder().getFileSystem().getPath(fs.getFile());
            for (Path p = path; p != null && p.getFileName() != null; p = p.getParent()) {
                if (files.memberNames().contains(p.getFileName().toString())) {
                    return p.getFileName().toString();
                }
            }
        }
        return files.folder().relativize(journal).toString();
    }

    /** Removes a working folder and all it holds; what cannot be removed is left for the next run. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(OutputFiles::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Could not remove {}", folder, e);
        }
    }
}
