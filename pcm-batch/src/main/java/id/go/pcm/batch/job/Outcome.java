package id.go.pcm.batch.job;

import id.go.pcm.batch.cli.UsageException;
import id.go.pcm.batch.output.OutputWriteException;
import id.go.pcm.batch.sign.SigningKeyException;
import id.go.pcm.csv.UnusableFileException;

import java.sql.SQLException;
import java.util.Optional;

/**
 * How a run ended, for the operator: the exit status of SPEC 3 and one line saying what happened
 * or what to fix.
 *
 * @param exitCode 0 done, 1 unexpected, 2 bad arguments or configuration, 3 input unusable, 4 too many rejects
 * @param message  one line for the console
 */
public record Outcome(int exitCode, String message) {

    /** Done. */
    public static final int DONE = 0;
    /** Anything unexpected. */
    public static final int UNEXPECTED = 1;
    /** Bad arguments or configuration. */
    public static final int BAD_ARGUMENTS = 2;
    /** An input file cannot be used. */
    public static final int INPUT_UNUSABLE = 3;
    /** More rows rejected than allowed. */
    public static final int TOO_MANY_REJECTS = 4;

    /** SQLState class 08: connection exception (the server cannot be reached, or the connection broke). */
    private static final String CONNECTION_EXCEPTION = "08";

    /**
     * The outcome of a failure whose cause the operator can act on: bad configuration (a signing key
     * that cannot be used among it), an unusable file, too many rejects, an output that cannot be
     * written (a full disk), a job database that cannot be reached or is in use.
     *
     * @param failure what the run failed with
     * @return the exit status and its line, or empty when the cause is none of those
     */
    public static Optional<Outcome> of(Throwable failure) {
        SQLException unreachable = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UsageException usage) {
                return Optional.of(new Outcome(BAD_ARGUMENTS, usage.getMessage()));
            }
            if (cause instanceof SigningKeyException key) {
                return Optional.of(new Outcome(BAD_ARGUMENTS, key.getMessage()));
            }
            if (cause instanceof UnusableFileException unusable) {
                return Optional.of(new Outcome(INPUT_UNUSABLE, unusable.getMessage()));
            }
            if (cause instanceof TooManyRejectsException tooMany) {
                return Optional.of(new Outcome(TOO_MANY_REJECTS, tooMany.getMessage()));
            }
            if (cause instanceof EmbeddedDatabaseLock.JobDatabaseInUseException inUse) {
                return Optional.of(new Outcome(UNEXPECTED, inUse.getMessage()));
            }
            if (cause instanceof OutputWriteException output) {
                return Optional.of(new Outcome(UNEXPECTED, output.operatorLine()));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                unreachable = sql; // the innermost says it best ("Connection to host:port refused")
            }
            if (String.valueOf(cause.getMessage()).contains("Database may be already in use")) {
                return Optional.of(new Outcome(UNEXPECTED,
                        "another PCM run is using the job database; wait for it to end, then run again."));
            }
        }
        if (unreachable != null) {
            return Optional.of(new Outcome(UNEXPECTED, "The job database cannot be reached (" + oneLine(unreachable.getMessage())
                    + "); check that it is running and reachable from here, then run the same command again."));
        }
        return Optional.empty();
    }

    /**
     * @param text a message, perhaps of several lines (a driver's, a library's)
     * @return it on one line, as the operator reads every failure
     */
    public static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
