package id.go.pcm.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the value forms agencies really send (SPEC 1.1). Each method takes a trimmed, non-empty
 * text and returns the value, or an empty result when the text is not in one of the accepted forms.
 */
public final class Values {

    private static final Pattern PLAIN_DIGITS = Pattern.compile("[0-9]+");
    /** Indonesian thousands: {@code 12.500}, {@code 1.250.000}; every group after the first has three digits. */
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("[0-9]+(\\.[0-9]{3})+");
    private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    /** Before any local time a year of 1970 or later can stand for, in any zone (offsets are at most 18 hours). */
    private static final Instant BEFORE_1970_ANYWHERE = Instant.parse("1969-12-31T00:00:00Z");
    private static final DateTimeFormatter DAY_FIRST_DATE = strict("d/M/uuuu");
    private static final DateTimeFormatter DAY_FIRST_DATE_TIME = strict("d/M/uuuu H:mm[:ss]");

    private Values() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Reads a whole number of zero or more: plain digits, or digits grouped by {@code .} in the
     * Indonesian style when every group after the first has exactly three digits.
     *
     * @param text the trimmed text
     * @return the number, or empty when the text is not such a number or exceeds {@code long}
     */
    public static OptionalLong nonNegativeInteger(String text) {
        if (text.length() <= 18 && isAsciiDigits(text)) {
            return OptionalLong.of(plainDigits(text)); // the usual case, without a regular expression
        }
        String digits;
        if (PLAIN_DIGITS.matcher(text).matches()) {
            digits = text;
        } else if (DOTTED_THOUSANDS.matcher(text).matches()) {
            digits = text.replace(".", "");
        } else {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(digits));
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
    }

    /** 18 digits always fit a {@code long}. */
    private static boolean isAsciiDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static long plainDigits(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value;
    }

    /**
     * Reads a yes/no value: {@code true/false}, {@code ya/tidak}, {@code y/n}, {@code 1/0}, in any case.
     *
     * @param text the trimmed text
     * @return the value, or empty when the text is none of these words
     */
    public static Optional<Boolean> bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "ya", "y", "1" -> Optional.of(Boolean.TRUE);
            case "false", "tidak", "n", "0" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /**
     * Reads moments in an office's zone: ISO-8601 with an offset ({@code 2024-09-03T10:15:00+07:00},
     * {@code ...Z}), ISO local date-time ({@code 2024-09-03T10:15:00}) or the day-first form people type
     * ({@code 03/09/2024 10:15}, {@code 03/09/2024 10:15:30}); forms without an offset are read in the
     * zone (SPEC 9.2). Made once per file: the zone's rules are looked at here, not for every row.
     *
     * @param zone the office's zone
     * @return the reader, taking a trimmed text and giving the instant, or empty when the text is in none
     *         of these forms or names no real date
     */
    public static Function<String, Optional<Instant>> timestamps(ZoneId zone) {
        ZoneOffset fixed = offsetSince1970(zone);
        return text -> timestamp(text, zone, fixed);
    }

    /**
     * The zone's one offset since 1970, or {@code null} when it has changed since (summer time): the
     * zones of Indonesia have kept theirs since 1964 (WIB, WIT) or earlier (WITA), so a modern local
     * time is read with a fixed offset, several times cheaper than the zone's rules.
     */
    static ZoneOffset offsetSince1970(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        return rules.nextTransition(BEFORE_1970_ANYWHERE) == null ? rules.getOffset(BEFORE_1970_ANYWHERE) : null;
    }

    private static Optional<Instant> timestamp(String text, ZoneId zone, ZoneOffset fixed) {
        Instant fast = commonTimestamp(text, zone, fixed);
        if (fast != null) {
            return Optional.of(fast);
        }
        try {
            if (text.indexOf('T') > 0 || text.indexOf('t') > 0) {
                return Optional.of(hasOffset(text)
                        ? OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                        : LocalDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                                .atZone(zone).toInstant());
            }
            return Optional.of(LocalDateTime.parse(text, DAY_FIRST_DATE_TIME).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The forms almost every row uses ({@code 2024-09-03T10:15:00+07:00}, {@code ...Z},
     * {@code 2024-09-03T10:15:00}, {@code 03/09/2024 10:15[:30]}), read without the general
     * formatters, which cost several times more; {@code null} sends the text to the general path,
     * which accepts the same and more. Invalid dates are refused there too.
     */
    private static Instant commonTimestamp(String text, ZoneId zone, ZoneOffset fixed) {
        int n = text.length();
        try {
            if ((n == 19 || n == 20 || n == 25) && text.charAt(10) == 'T' && text.charAt(4) == '-' && text.charAt(7) == '-'
                    && text.charAt(13) == ':' && text.charAt(16) == ':') {
                LocalDateTime local = LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2),
                        digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
                if (n == 19) {
                    return local(local, zone, fixed);
                }
                if (n == 20) {
                    return text.charAt(19) == 'Z' ? local.toInstant(ZoneOffset.UTC) : null;
                }
                char sign = text.charAt(19);
                if ((sign != '+' && sign != '-') || text.charAt(22) != ':') {
                    return null;
                }
                int seconds = (digits(text, 20, 2) * 60 + digits(text, 23, 2)) * 60;
                int total = sign == '+' ? seconds : -seconds;
                // most timestamps carry the office's offset; the JDK looks any other up in a shared cache
                return local.toInstant(fixed != null && total == fixed.getTotalSeconds() ? fixed : ZoneOffset.ofTotalSeconds(total));
            }
            if ((n == 16 || n == 19) && text.charAt(2) == '/' && text.charAt(5) == '/' && text.charAt(10) == ' '
                    && text.charAt(13) == ':' && (n == 16 || text.charAt(16) == ':')) {
                return local(LocalDateTime.of(digits(text, 6, 4), digits(text, 3, 2), digits(text, 0, 2),
                        digits(text, 11, 2), digits(text, 14, 2), n == 19 ? digits(text, 17, 2) : 0), zone, fixed);
            }
        } catch (DateTimeException | NumberFormatException notThisForm) {
            return null;
        }
        return null;
    }

    /** A local time in the zone: with its one offset when it has kept it since 1970, else by its rules. */
    private static Instant local(LocalDateTime local, ZoneId zone, ZoneOffset fixed) {
        return fixed != null && local.getYear() >= 1970 ? local.toInstant(fixed) : local.atZone(zone).toInstant();
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean hasOffset(String text) {
        int time = Math.max(text.indexOf('T'), text.indexOf('t'));
        String tail = text.substring(time);
        return tail.endsWith("Z") || tail.endsWith("z") || tail.indexOf('+') >= 0 || tail.indexOf('-') >= 0;
    }

    /**
     * Reads a calendar date: {@code 2024-09-03} or {@code 03/09/2024}.
     *
     * @param text the trimmed text
     * @return the date, or empty when the text is in neither form or names no real date
     */
    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(text.indexOf('/') >= 0
                    ? LocalDate.parse(text, DAY_FIRST_DATE)
                    : LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a month written {@code YYYY-MM}.
     *
     * @param text the trimmed text
     * @return the month, or empty when the text is not of that form or the month is not 01–12
     */
    public static Optional<YearMonth> yearMonth(String text) {
        if (!YEAR_MONTH.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The length of a text in characters as people count them (Unicode code points), so that a
     * name in a non-Latin script is not cut short by Java's UTF-16 counting.
     *
     * @param text the text
     * @return its number of code points
     */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
