package id.go.pcm.internal.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.report.ReportStatus;

/**
 * The arithmetic of SPEC 2 as pure functions, in the order the formulas are written so that results
 * agree to the last bit with any other faithful implementation.
 */
public final class Scoring {

    private Scoring() {
    }

    /**
     * R, the report score: 100 × completeness when on time, 50 × completeness when late, 0 when missing.
     *
     * @param status       the report's status
     * @param completeness 0–1
     * @return 0–100
     */
    public static double report(ReportStatus status, double completeness) {
        return switch (status) {
            case ON_TIME -> 100 * completeness;
            case LATE -> 50 * completeness;
            case MISSING -> 0;
        };
    }

    /**
     * A percentage: 100 × part / whole.
     *
     * @param part  the part
     * @param whole the whole
     * @return the percentage, or {@code null} when the whole is zero
     */
    public static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    /**
     * A ratio: part / whole.
     *
     * @param part  the part
     * @param whole the whole
     * @return the ratio, or {@code null} when the whole is zero
     */
    public static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /**
     * The score: wR·R + wC·C + wT·T, or R alone when no narrative targeted the agency.
     *
     * @param settings the weights
     * @param r        the report score
     * @param c        the coverage score, or {@code null} when not targeted
     * @param t        the timeliness score, or {@code null} when not targeted
     * @return the score
     */
    public static double score(EvaluationSettings settings, double r, Double c, Double t) {
        if (c == null || t == null) {
            return r;
        }
        return settings.reportWeight() * r + settings.coverageWeight() * c + settings.timelinessWeight() * t;
    }

    /**
     * Net sentiment: (positive − negative) / items.
     *
     * @param positive positive items
     * @param negative negative items
     * @param items    all items
     * @return −1 to 1, or {@code null} when there are no items
     */
    public static Double netSentiment(long positive, long negative, long items) {
        return ratio(positive - negative, items);
    }

    /**
     * A score as the category and the rank judge it: rounded half-up to two decimals, as
     * {@code BigDecimal.valueOf(score)} gives it (SPEC 2 and 7).
     *
     * @param score a score
     * @return it rounded
     */
    public static BigDecimal rounded(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP);
    }
}
