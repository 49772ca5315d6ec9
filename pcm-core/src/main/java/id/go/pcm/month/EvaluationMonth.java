package id.go.pcm.month;

import id.go.pcm.internal.Values;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The month being evaluated and the moment the evaluation is made. Immutable.
 *
 * <p>The month spans from its first day 00:00 to the next month's first day 00:00 in the office's
 * zone (SPEC 9.2), whatever the zone of the machine: Western Indonesian Time (WIB,
 * {@code Asia/Jakarta}, UTC+07:00) unless another is given, {@code Asia/Makassar} (WITA) for a
 * regional office in Kalimantan Timur. The same zone is the clock of the report deadline and of
 * timestamps written without an offset. The as-of time is the "now" of the run: any timestamp after
 * it is in the future ({@code FUTURE}). The bounds are worked out once: every row's timestamps are
 * checked against them.
 */
public final class EvaluationMonth {

    /** Western Indonesian Time, the office's zone unless another is given: the ministry's, in Jakarta. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** The zones of Indonesia as its documents name them; the aliases name the same clocks today. */
    private static final Map<String, String> INDONESIAN_ZONES = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
            "Asia/Makassar", "WITA", "Asia/Ujung_Pandang", "WITA",
            "Asia/Jayapura", "WIT");

    private final YearMonth period;
    private final OffsetDateTime asOf;
    private final ZoneId zone;
    private final Instant start;
    private final Instant end;
    private final Instant asOfInstant;

    /**
     * A month in Western Indonesian Time ({@link #WIB}), the ministry's zone.
     *
     * @param period the evaluation month
     * @param asOf   the evaluation time; printed on the report and used by the {@code FUTURE} rule
     * @throws NullPointerException when the period or the as-of time is missing
     */
    public EvaluationMonth(YearMonth period, OffsetDateTime asOf) {
        this(period, asOf, WIB);
    }

    /**
     * A month on the clock of an office's zone (SPEC 9.2).
     *
     * @param period the evaluation month
     * @param asOf   the evaluation time; printed on the report and used by the {@code FUTURE} rule
     * @param zone   the office's zone: the month's bounds, the report deadline and timestamps written
     *               without an offset are read in it
     * @throws NullPointerException when the period, the as-of time or the zone is missing
     */
    public EvaluationMonth(YearMonth period, OffsetDateTime asOf, ZoneId zone) {
        this.period = Objects.requireNonNull(period, "period");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.start = period.atDay(1).atStartOfDay(zone).toInstant();
        this.end = period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
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

    /** @return the office's zone, on whose clock the month, the deadline and local timestamps are read */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The month as its operators write it.
     *
     * @return the period, for example {@code 2024-09}
     */
    public String label() {
        return period.toString();
    }

    /** @return the first instant of the month, first day 00:00 in the month's zone */
    public Instant start() {
        return start;
    }

    /** @return the first instant after the month, the next month's first day 00:00 in the month's zone */
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
     * The report deadline: day {@code deadlineDay + 1} 00:00 of the following month in the month's
     * zone. A report submitted before this instant is on time.
     *
     * @param deadlineDay the last day of the following month on which a report is on time (1 or more)
     * @return the first instant at which a report is late
     */
    public Instant reportDeadline(int deadlineDay) {
        return reportDeadline(period, deadlineDay, zone);
    }

    /**
     * The report deadline of a month: the one place PCM reckons it (the evaluation, the scorecard's
     * dates and next steps all read it from here).
     *
     * @param period      the month reported on
     * @param deadlineDay the last day of the following month on which a report is on time (1 or more)
     * @param zone        the office's zone
     * @return the first instant at which a report of that month is late: the day after
     *         {@link #lastDayOnTime(YearMonth, int)}, 00:00 in that zone
     */
    public static Instant reportDeadline(YearMonth period, int deadlineDay, ZoneId zone) {
        return lastDayOnTime(period, deadlineDay).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * @param period      the month reported on
     * @param deadlineDay the last day of the following month on which a report is on time (1 or more)
     * @return the last day (on the office's clock) on which a report of that month is on time: day {@code deadlineDay}
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
     * Reads a timestamp in any form of SPEC 1.1 (ISO-8601 with offset, ISO local date-time, or the
     * day-first {@code 03/09/2024 10:15}), as the rules of a month in that zone read them: for an as-of
     * time typed by a user.
     *
     * @param text the text, trimmed or not
     * @param zone the office's zone, in which a time written without an offset is read
     * @return the instant, or empty when the text is not a timestamp
     */
    public static Optional<Instant> parseTimestamp(String text, ZoneId zone) {
        return Values.timestamps(zone).apply(text.strip());
    }

    /**
     * The zone as Indonesian documents name it beside a time: {@code WIB} ({@code Asia/Jakarta},
     * {@code Asia/Pontianak}), {@code WITA} ({@code Asia/Makassar}), {@code WIT} ({@code Asia/Jayapura});
     * any other zone by its offset from UTC at that instant, {@code UTC+08:00} ({@code UTC} itself when
     * the offset is zero), which every reader understands.
     *
     * @param zone an office's zone
     * @param at   the instant printed beside the name (a zone with summer time has two offsets)
     * @return its name
     */
    public static String zoneName(ZoneId zone, Instant at) {
        String indonesian = INDONESIAN_ZONES.get(zone.normalized().getId());
        if (indonesian != null) {
            return indonesian;
        }
        ZoneOffset offset = zone.getRules().getOffset(at);
        return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvaluationMonth that && period.equals(that.period) && asOf.equals(that.asOf)
                && zone.equals(that.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, asOf, zone);
    }

    @Override
    public String toString() {
        return "EvaluationMonth[period=" + period + ", asOf=" + asOf + ", zone=" + zone + "]";
    }
}
