package id.go.pcm.evaluation;

import java.util.Objects;

/**
 * The evaluation's configuration: score weights, report deadline, default dissemination window and
 * category bounds. Inpres 9/2015 fixes none of them; the defaults are PCM's (SPEC 2).
 *
 * @param reportWeight     weight of R, the report score (default 0.3)
 * @param coverageWeight   weight of C, the coverage score (default 0.5)
 * @param timelinessWeight weight of T, the timeliness score (default 0.2)
 * @param deadlineDay      a report is on time on or before this day of the following month (default 5)
 * @param defaultDueHours  the dissemination window when a narrative gives none (default 72)
 * @param bounds           the category bounds (default 90, 80, 60, 40)
 */
public record EvaluationSettings(double reportWeight, double coverageWeight, double timelinessWeight,
                                 int deadlineDay, int defaultDueHours, CategoryBounds bounds) {

    /** The latest deadline day allowed: every month has it. */
    public static final int LAST_DEADLINE_DAY = 28;
    /** The longest default dissemination window allowed, in hours (30 days). */
    public static final int MAX_DEFAULT_DUE_HOURS = 720;

    /** The defaults of SPEC 2. */
    public static final EvaluationSettings DEFAULTS = new EvaluationSettings(0.3, 0.5, 0.2, 5, 72, CategoryBounds.DEFAULT);

    /**
     * Checks the settings.
     *
     * @param reportWeight weight of R, the report score (default 0.3)
     * @param coverageWeight weight of C, the coverage score (default 0.5)
     * @param timelinessWeight weight of T, the timeliness score (default 0.2)
     * @param deadlineDay a report is on time on or before this day of the following month (default 5)
     * @param defaultDueHours the dissemination window when a narrative gives none (default 72)
     * @param bounds the category bounds (default 90, 80, 60, 40)
     * @throws IllegalArgumentException when a weight is negative or the weights do not add up to 1 (so that
     *                                  scores stay within 0–100), the deadline day is not 1–28, or the
     *                                  default window is outside 1–720 hours
     */
    public EvaluationSettings {
        Objects.requireNonNull(bounds, "bounds");
        if (reportWeight < 0 || coverageWeight < 0 || timelinessWeight < 0) {
            throw new IllegalArgumentException("weights must not be negative");
        }
        if (Math.abs(reportWeight + coverageWeight + timelinessWeight - 1) > 1e-9) {
            throw new IllegalArgumentException("weights must add up to 1, they add up to "
                    + (reportWeight + coverageWeight + timelinessWeight));
        }
        if (deadlineDay < 1 || deadlineDay > LAST_DEADLINE_DAY) {
            throw new IllegalArgumentException("deadline day must be 1-28, was " + deadlineDay);
        }
        if (defaultDueHours < 1 || defaultDueHours > MAX_DEFAULT_DUE_HOURS) {
            throw new IllegalArgumentException("default due hours must be 1-720, was " + defaultDueHours);
        }
    }

    /**
     * The same settings with other weights.
     *
     * @param report     weight of R
     * @param coverage   weight of C
     * @param timeliness weight of T
     * @return the new settings
     */
    public EvaluationSettings withWeights(double report, double coverage, double timeliness) {
        return new EvaluationSettings(report, coverage, timeliness, deadlineDay, defaultDueHours, bounds);
    }

    /**
     * The same settings with another deadline day.
     *
     * @param day the last on-time day of the following month
     * @return the new settings
     */
    public EvaluationSettings withDeadlineDay(int day) {
        return new EvaluationSettings(reportWeight, coverageWeight, timelinessWeight, day, defaultDueHours, bounds);
    }

    /**
     * The same settings with another default window.
     *
     * @param hours the window in hours
     * @return the new settings
     */
    public EvaluationSettings withDefaultDueHours(int hours) {
        return new EvaluationSettings(reportWeight, coverageWeight, timelinessWeight, deadlineDay, hours, bounds);
    }

    /**
     * The same settings with other category bounds.
     *
     * @param newBounds the bounds
     * @return the new settings
     */
    public EvaluationSettings withBounds(CategoryBounds newBounds) {
        return new EvaluationSettings(reportWeight, coverageWeight, timelinessWeight, deadlineDay, defaultDueHours, newBounds);
    }
}
