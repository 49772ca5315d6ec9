package id.go.pcm.batch.job;

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
}
