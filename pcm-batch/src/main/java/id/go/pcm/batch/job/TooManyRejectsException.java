package id.go.pcm.batch.job;

/** More than {@code --max-reject-ratio} of a file's rows were rejected: exit status 4. */
public final class TooManyRejectsException extends RuntimeException {

    /**
     * @param message which file, how many rows, and where the rejects are listed
     */
    public TooManyRejectsException(String message) {
        super(message);
    }
}
