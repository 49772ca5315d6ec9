package id.go.pcm.batch.job;

import id.go.pcm.Language;
import id.go.pcm.batch.cli.RunRequest;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * How a run is written into job parameters and read back. A job instance is one attempt at one
 * month ({@code period} and {@code attempt} identify it); the rest describes the attempt, so that a
 * restart of an interrupted attempt runs with exactly what the first start had.
 */
public final class RunParameters {

    static final String PERIOD = "period";
    static final String ATTEMPT = "attempt";
    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String AS_OF = "asOf";
    static final String LANGUAGE = "lang";
    static final String MAX_REJECT_RATIO = "maxRejectRatio";
    static final String FINGERPRINT = "inputsFingerprint";
    /** The signing key's store, alias and certificate digest ({@link id.go.pcm.batch.sign.SigningKey#identity()}); never its password. */
    static final String SIGN_KEY = "signKey";

    private RunParameters() {
    }

    /**
     * @param request     what the operator asked for
     * @param asOf        the evaluation time in force
     * @param fingerprint the input files' names, sizes and modification times
     * @param attempt     the attempt number for the month, from 1
     * @param signKey     the identity of the key that signs the outputs, or {@code null} when the run
     *                    signs nothing
     * @return the job parameters
     */
    public static JobParameters of(RunRequest request, OffsetDateTime asOf, String fingerprint, long attempt,
                                   String signKey) {
        JobParametersBuilder builder = new JobParametersBuilder(identity(request.period().toString(), attempt))
                .addString(INPUT, request.input().toString(), false)
                .addString(OUTPUT, text(request.output()), false)
                .addString(AS_OF, asOf.toString(), false)
                .addString(LANGUAGE, request.language().name(), false)
                .addDouble(MAX_REJECT_RATIO, request.maxRejectRatio(), false)
                .addString(FINGERPRINT, fingerprint, false);
        if (signKey != null) {
            builder.addString(SIGN_KEY, signKey, false);
        }
        return builder.toJobParameters();
    }

    /**
     * @param period  a month, {@code 2024-09}
     * @param attempt an attempt number for it
     * @return the parameters that identify that attempt's job instance
     */
    static JobParameters identity(String period, long attempt) {
        return new JobParametersBuilder().addString(PERIOD, period, true).addLong(ATTEMPT, attempt, true).toJobParameters();
    }

    /**
     * @param parameters a run's job parameters
     * @return the request they describe, with the as-of time in force; without the signing key, which
     *         the job takes from this process (the key opened for the run, {@link #signKey})
     */
    public static RunRequest request(JobParameters parameters) {
        return new RunRequest(YearMonth.parse(parameters.getString(PERIOD)), Path.of(parameters.getString(INPUT)),
                path(parameters.getString(OUTPUT)), asOf(parameters),
                Language.valueOf(parameters.getString(LANGUAGE)), parameters.getDouble(MAX_REJECT_RATIO));
    }

    /**
     * A folder as stored: as written on the default file system (as runs always stored it), by URI on
     * any other (an in-memory disk in tests), so that it is read back on its own file system.
     */
    static String text(Path folder) {
        return folder.getFileSystem() == FileSystems.getDefault() ? folder.toString() : folder.toUri().toString();
    }

    static Path path(String text) {
        if (text.startsWith("/") || !text.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            return Path.of(text);
        }
        return Path.of(URI.create(text));
    }

    /**
     * @param parameters a run's job parameters
     * @return its evaluation time
     */
    public static OffsetDateTime asOf(JobParameters parameters) {
        return OffsetDateTime.parse(parameters.getString(AS_OF));
    }

    /**
     * @param parameters a run's job parameters
     * @return its month, or {@code null} when they are not a PCM run's
     */
    public static String period(JobParameters parameters) {
        return parameters.getString(PERIOD);
    }

    /**
     * @param parameters a run's job parameters
     * @return its attempt number
     */
    public static long attempt(JobParameters parameters) {
        Long attempt = parameters.getLong(ATTEMPT);
        return attempt == null ? 0 : attempt;
    }

    /**
     * @param parameters a run's job parameters
     * @return the identity of the key it signs with, or {@code null} when it signs nothing
     */
    public static String signKey(JobParameters parameters) {
        return parameters.getString(SIGN_KEY);
    }

    /**
     * @param parameters a run's job parameters
     * @return the input fingerprint it was started with
     */
    public static String fingerprint(JobParameters parameters) {
        return parameters.getString(FINGERPRINT);
    }
}
