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

    /**
     * @param file  the file being written
     * @param cause why it failed
     */
    public OutputWriteException(Path file, IOException cause) {
        super("cannot write " + file + ": " + reason(cause), cause);
        this.file = file;
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
        return "Could not write " + file + " (" + reason(getCause()) + "); check that " + folder
                + " can be written, then run the same command again.";
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
