package id.go.pcm.batch.cli;

import id.go.pcm.Language;
import id.go.pcm.batch.sign.KeySource;
import id.go.pcm.month.EvaluationMonth;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the operator asked for (SPEC 3): the month, where its files are, where the outputs go, the
 * evaluation time, the report's language, the reject ratio that stops the run, and the key that signs
 * the outputs (SPEC 8), if any.
 *
 * @param period         the evaluation month
 * @param input          the month folder with the five files
 * @param output         the folder the three outputs are written to
 * @param asOf           the evaluation time given, or {@code null} for "now" (or, on a restart, the
 *                       interrupted run's time)
 * @param language       the report's language
 * @param maxRejectRatio the largest share of any file's rows that may be rejected (default 0.5)
 * @param signing        the key store and alias that sign the outputs, or {@code null} when the run signs
 *                       nothing; never the password
 */
public record RunRequest(YearMonth period, Path input, Path output, OffsetDateTime asOf, Language language,
                         double maxRejectRatio, KeySource signing) {

    /** Checks the required parts. */
    public RunRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(language, "language");
    }

    /**
     * A run that signs nothing.
     *
     * @param period         the evaluation month
     * @param input          the month folder with the five files
     * @param output         the folder the outputs are written to
     * @param asOf           the evaluation time given, or {@code null} for "now"
     * @param language       the report's language
     * @param maxRejectRatio the largest share of any file's rows that may be rejected
     */
    public RunRequest(YearMonth period, Path input, Path output, OffsetDateTime asOf, Language language,
                      double maxRejectRatio) {
        this(period, input, output, asOf, language, maxRejectRatio, null);
    }

    /**
     * The month and evaluation time of this run.
     *
     * @param resolvedAsOf the evaluation time in force
     * @param zone         the office's zone ({@code pcm.zone})
     * @return the evaluation month
     */
    public EvaluationMonth month(OffsetDateTime resolvedAsOf, ZoneId zone) {
        return new EvaluationMonth(period, resolvedAsOf, zone);
    }
}
