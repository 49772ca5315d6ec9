package id.go.pcm.month;

import id.go.pcm.internal.Values;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The month being evaluated and the moment the evaluation is made. Immutable.
 *
 * <p>The month spans from its first day 00:00 to the next month's first day 00:00 in Western
 * Indonesian Time (WIB, {@code Asia/Jakarta}, UTC+07:00), whatever the zone of the machine. The
 * as-of time is the "now" of the run: any timestamp after it is in the future ({@code FUTURE}).
 * The bounds are worked out once: every row's timestamps are checked against them.
 */
public final class EvaluationMonth {

    /** Western Indonesian Time, the zone in which local timestamps and month bounds are read. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final YearMonth period;
    private final OffsetDateTime asOf;
    private final Instant start;
    private final Instant end;
    private final Instant asOfInstant;

    /**
     * @param period the evaluation month
     * @param asOf   the evaluation time; printed on the report and used by the {@code FUTURE} rule
     * @throws NullPointerException when the period or the as-of time is missing
     */
    public EvaluationMonth(YearMonth period, OffsetDateTime asOf) {
        this.period = Objects.requireNonNull(period, "period");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.start = period.atDay(1).atStartOfDay(WIB).toInstant();
        this.end = period.plusMonths(1).atDay(1).atStartOfDay(WIB).toInstant();
        this.asOfInstant = asOf.toInstant();
    }

    /** @return the evaluation month */
    public YearMonth period() {
        return period;
    }

    /** @return the evaluation time, with the offset it was given in */
    public OffsetDateTime asOf() {
        return asOf;
    }

    /**
     * The month as its operators write it.
     *
     * @return the period, for example {@code 2024-09}
     */
    public String label() {
        return period.toString();
    }

    /** @return the first instant of the month, first day 00:00 WIB */
    public Instant start() {
        return start;
    }

    /** @return the first instant after the month, the next month's first day 00:00 WIB */
    public Instant end() {
        return end;
    }

    /** @return the first day of the month */
    public LocalDate firstDay() {
        return period.atDay(1);
    }

    /** @return the last day of the month */
    public LocalDate lastDay() {
        return period.atEndOfMonth();
    }

    /**
     * Whether an instant falls inside the month, start included and end excluded.
     *
     * @param instant the instant to test
     * @return {@code true} when {@code start() <= instant < end()}
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /**
     * Whether an instant is after the evaluation time.
     *
     * @param instant the instant to test
     * @return {@code true} when the instant is strictly after {@link #asOf()}
     */
    public boolean isFuture(Instant instant) {
        return instant.isAfter(asOfInstant);
    }

    /**
     * The report deadline: day {@code deadlineDay + 1} 00:00 WIB of the following month. A report
     * submitted before this instant is on time.
     *
     * @param deadlineDay the last day of the following month on which a report is on time (1 or more)
     * @return the first instant at which a report is late
     */
    public Instant reportDeadline(int deadlineDay) {
        return reportDeadline(period, deadlineDay);
    }

    /**
     * The report deadline of a month: the one place PCM reckons it (the evaluation, the scorecard's
     * dates and next steps all read it from here).
     *
     * @param period      the month reported on
     * @param deadlineDay the last day of the following month on which a report is on time (1 or more)
     * @return the first instant at which a report of that month is late: the day after
     *         {@link #lastDayOnTime(YearMonth, int)}, 00:00 WIB
     */
    public static Instant reportDeadline(YearMonth period, int deadlineDay) {
        return lastDayOnTime(period, deadlineDay).plusDays(1).atStartOfDay(WIB).toInstant();
    }

    /**
     * @param period      the month reported on
     * @param deadlineDay the last day of the following month on which a report is on time (1 or more)
     * @return the last day (WIB) on which a report of that month is on time: day {@code deadlineDay}
     *         of the following month
     */
    public static LocalDate lastDayOnTime(YearMonth period, int deadlineDay) {
        return period.plusMonths(1).atDay(deadlineDay);
    }

    /**
     * Reads a month as SPEC 1.1 writes one, {@code YYYY-MM}: for systems that take the evaluation
     * month from their users as the files give it.
     *
     * @param text the text, trimmed or not
     * @return the month, or empty when the text is not one
     */
    public static Optional<YearMonth> parsePeriod(String text) {
        return Values.yearMonth(text);
    }

    /**
     * Reads a timestamp in any form of SPEC 1.1 (ISO-8601 with offset, ISO local date-time read in
     * WIB, or the day-first {@code 03/09/2024 10:15}), as the rules read them: for an as-of time typed
     * by a user.
     *
     * @param text the text, trimmed or not
     * @return the instant, or empty when the text is not a timestamp
     */
    public static Optional<Instant> parseTimestamp(String text) {
        return Values.timestamp(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvaluationMonth that && period.equals(that.period) && asOf.equals(that.asOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, asOf);
    }

    @Override
    public String toString() {
        return "EvaluationMonth[period=" + period + ", asOf=" + asOf + "]";
    }
}
