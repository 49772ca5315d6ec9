package id.go.pcm.batch.cli;

/** The operator's command line or configuration is wrong: exit status 2, one line saying what to fix. */
public final class UsageException extends RuntimeException {

    /**
     * @param message what is wrong and how to fix it, one line
     */
    public UsageException(String message) {
        super(message);
    }
}
