package id.go.pcm.batch.report;

import id.go.pcm.batch.Texts;
import id.go.pcm.month.EvaluationMonth;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Numbers and dates as the edition's readers write them: {@code 12.500}, {@code 77,8%},
 * {@code 3 Oktober 2024} in Indonesian; {@code 12,500}, {@code 77.8%}, {@code 3 October 2024} in
 * English. Rounding is half-up. A figure that does not exist (a ratio over zero) is an en dash.
 */
final class Formats {

    /** What an absent figure prints as. */
    static final String NONE = "\u2013";

    private final Texts texts;
    private final DecimalFormatSymbols symbols;
    private final ZoneId zone;

    /**
     * @param texts the edition's texts, which hold the date patterns and units
     * @param zone  the office's zone, in which times are printed (SPEC 9.2)
     */
    Formats(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.symbols = DecimalFormatSymbols.getInstance(texts.locale());
        this.zone = zone;
    }

    /** @return the office's zone, in which times are printed */
    ZoneId zone() {
        return zone;
    }

    /** @return the zone's name beside a time, {@code WIB} (SPEC 9.2) */
    String zoneName(Instant at) {
        return EvaluationMonth.zoneName(zone, at);
    }

    /** @return the edition's locale */
    java.util.Locale locale() {
        return texts.locale();
    }

    /** @return a format of whole numbers with thousands separators */
    NumberFormat integerFormat() {
        return pattern("#,##0");
    }

    /**
     * @param digits the fraction digits
     * @return a format with exactly that many fraction digits
     */
    NumberFormat decimalFormat(int digits) {
        return pattern(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits));
    }

    /** @return a format of percentages of 0–100 without fraction, for chart axes: {@code 80%} */
    NumberFormat percentAxisFormat() {
        return pattern("#,##0'%'");
    }

    private NumberFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** @return {@code 12.500} */
    String integer(long value) {
        return integerFormat().format(value);
    }

    /** @return a setting as written, without trailing zeros: {@code 0,3}, {@code 90} */
    String plain(double value) {
        return pattern("#,##0.####").format(value);
    }

    /** @return the value with one decimal, {@code 71,2}, or a dash */
    String decimal(Double value) {
        return value == null ? NONE : decimalFormat(1).format(value);
    }

    /** @return a percentage of 0–100 with one decimal, {@code 77,8%}, or a dash */
    String percent(Double percent) {
        return percent == null ? NONE : decimalFormat(1).format(percent) + "%";
    }

    /** @return a ratio of 0–1 as a percentage with one decimal, {@code 0.778} as {@code 77,8%}, or a dash */
    String ratio(Double ratio) {
        return ratio == null ? NONE : percent(100 * ratio);
    }

    /** @return a ratio of −1–1 as a signed percentage, {@code 0.25} as {@code +25,0%}, or a dash */
    String signedRatio(Double ratio) {
        return ratio == null ? NONE : signed(100 * ratio, 1) + "%";
    }

    /** @return a change of a score with its sign, {@code +1,2}, or a dash */
    String change(Double change) {
        return change == null ? NONE : signed(change, 1);
    }

    /** @return a change of a percentage in points, {@code +2,3 poin}, or a dash */
    String changePoints(Double change) {
        return change == null ? NONE : texts.format("unit.points", signed(change, 1));
    }

    /** @return a change of a count with its sign, {@code +12} */
    String changeCount(long change) {
        return (change > 0 ? "+" : change < 0 ? "-" : "") + integer(Math.abs(change));
    }

    /** A signed number whose sign is dropped when it rounds to zero, so that no "-0,0" is printed. */
    private String signed(double value, int digits) {
        String magnitude = decimalFormat(digits).format(Math.abs(value));
        boolean zero = decimalFormat(digits).format(0).equals(magnitude);
        return (zero ? "" : value > 0 ? "+" : "-") + magnitude;
    }

    /** @return the month in words, {@code September 2024} */
    String month(YearMonth month) {
        return DateTimeFormatter.ofPattern(texts.get("format.month"), texts.locale()).format(month);
    }

    /** @return the month in short, {@code Sep 2024}, for chart axes */
    String monthShort(YearMonth month) {
        return DateTimeFormatter.ofPattern(texts.get("format.month.short"), texts.locale()).format(month);
    }

    /** @return the date in words, {@code 3 Oktober 2024} */
    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(texts.get("format.date"), texts.locale()).format(date);
    }

    /** @return the day and short month, {@code 3 Okt}, for tables */
    String shortDate(LocalDate date) {
        return DateTimeFormatter.ofPattern(texts.get("format.date.short"), texts.locale()).format(date);
    }

    /** @return the date and time in the office's zone, named: {@code 10 Oktober 2024, 00.00 WIB} */
    String dateTime(OffsetDateTime time) {
        return dateTime(time.toInstant());
    }

    /** @return the date and time in the office's zone, named: {@code 10 Oktober 2024, 00.00 WIB} */
    String dateTime(Instant time) {
        return DateTimeFormatter.ofPattern(texts.get("format.datetime"), texts.locale()).format(time.atZone(zone))
                + " " + zoneName(time);
    }

    /** @return the day, short month and time in the office's zone, {@code 3 Sep 10.15}, for tables */
    String shortDateTime(Instant time) {
        return DateTimeFormatter.ofPattern(texts.get("format.datetime.short"), texts.locale()).format(time.atZone(zone));
    }

    /** @return the day and short month of an instant in the office's zone, {@code 3 Sep}, for tables */
    String shortDate(Instant time) {
        return shortDate(time.atZone(zone).toLocalDate());
    }
}
