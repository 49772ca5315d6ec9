package id.go.pcm.batch.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A file of the output folder (an output or a run's working file) could not be written. It names the
 * file and tells a full disk apart from other failures, so that the operator reads what to fix.
 */
public final class OutputWriteException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    /**
     * How "no space" reads: Linux's ENOSPC and EDQUOT, Windows' ERROR_DISK_FULL, and an in-memory
     * file system's wording. Java has no exception type of its own for them.
     */
    private static final List<String> NO_SPACE = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk", "out of disk space");

    private final transient Path file;
    /** Null when nothing had been published yet; else whether a failed publication was undone. */
    private final Boolean undone;

    /**
     * @param file  the file being written
     * @param cause why it failed
     */
    public OutputWriteException(Path file, IOException cause) {
        super("cannot write " + file + ": " + reason(cause), cause);
        this.file = file;
        this.undone = null;
    }

    /**
     * A publication that failed halfway (SPEC 3: the month's outputs are one set).
     *
     * @param file   the output whose move failed
     * @param cause  why it failed
     * @param undone whether the earlier outputs were put back; if not, the next run completes the publication
     */
    OutputWriteException(Path file, IOException cause, boolean undone) {
        super("cannot put " + file + " in place: " + reason(cause), cause);
        this.file = file;
        this.undone = undone;
    }

    /**
     * @param target       an output of the month's set
     * @param folderWanted whether the output is a folder (and a file stands in its way), or a file
     * @return the failure of a folder standing where a file of the set goes, or a file where its folder goes
     */
    static IOException inTheWay(Path target, boolean folderWanted) {
        return new InTheWay(target, folderWanted);
    }

    private static final class InTheWay extends FileSystemException {
        private static final long serialVersionUID = 1L;
        private final boolean folderWanted;

        InTheWay(Path target, boolean folderWanted) {
            super(target.toString(), null, folderWanted ? "a file stands where this folder goes" : "a folder stands where this file goes");
            this.folderWanted = folderWanted;
        }
    }

    /** @return the file being written */
    public Path file() {
        return file;
    }

    /** @return whether it failed for lack of space (or quota) on the disk that holds the file */
    public boolean diskFull() {
        return isNoSpace(getCause());
    }

    /**
     * @param e a failure to write
     * @return whether it says the disk (or the user's quota on it) is full
     */
    static boolean isNoSpace(IOException e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return NO_SPACE.stream().anyMatch(text::contains);
    }

    /** @return one line for the operator: what failed and what to do */
    public String operatorLine() {
        Path folder = file.toAbsolutePath().getParent();
        if (diskFull()) {
            return "The output disk is full: " + file + " could not be written (" + reason(getCause())
                    + "); free space on the disk that holds " + folder + ", then run the same command again.";
        }
        String cause = reason(getCause());
        String what = (undone == null ? "Could not write " : "Could not put in place ") + file + " (" + cause + ")";
        String state = undone == null || undone ? "" : "; the month's outputs could not be put back as they were,"
                + " and the next run of the month completes the publication";
        if (getCause() instanceof InTheWay inTheWay) {
            return (inTheWay.folderWanted ? "A file" : "A folder") + " stands where " + file
                    + " goes: move it away or remove it, then run the same command again;"
                    + " the month's earlier outputs are as they were.";
        }
        if (isDenied(getCause())) {
            return what + state + "; check that this user may write and replace files in " + folder
                    + ", then run the same command again.";
        }
        return what + state + "; fix that, then run the same command again.";
    }

    /** Permission bits, an immutable file or a read-only mount: what an operator fixes with rights, not space. */
    private static boolean isDenied(IOException e) {
        String text = String.valueOf(e instanceof FileSystemException fs ? fs.getReason() : e.getMessage()).toLowerCase(Locale.ROOT);
        return e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("operation not permitted")
                || text.contains("read-only file system");
    }

    /** The system's reason without the file names Java puts around it, which the line already gives. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (e instanceof NoSuchFileException) {
                return "no such file or folder";
            }
            return e.getClass().getSimpleName();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
