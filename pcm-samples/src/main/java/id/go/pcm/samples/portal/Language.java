package id.go.pcm.samples.portal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The page's language: Bahasa Indonesia by default, English with {@code lang=en}, whatever the browser's
 * {@code Accept-Language} says (a clerk on a borrowed computer still gets the ministry's language).
 */
enum Language {
    /** Bahasa Indonesia: {@code 12.500}, {@code 10 Oktober 2024 00.00 WIB}. */
    ID("id", Locale.forLanguageTag("id-ID"), "d MMMM yyyy HH.mm"),
    /** English: {@code 12,500}, {@code 10 October 2024 00:00 WIB}. */
    EN("en", Locale.UK, "d MMMM yyyy HH:mm");

    /** Times are shown in WIB, the zone of the evaluation month (SPEC 1.1). */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final String code;
    private final Locale locale;
    private final DateTimeFormatter time;
    private final DateTimeFormatter month;

    Language(String code, Locale locale, String timePattern) {
        this.code = code;
        this.locale = locale;
        this.time = DateTimeFormatter.ofPattern(timePattern, locale);
        this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
    }

    /** @return the locale of the page's messages and formats */
    Locale locale() {
        return locale;
    }

    /**
     * @param locale a locale resolved for a request
     * @return English for an English locale, else Bahasa Indonesia
     */
    static Language of(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? EN : ID;
    }

    /** @return the code of {@code lang=} and {@code <html lang>} */
    String code() {
        return code;
    }

    /**
     * @param rawQuery a request's raw query, or {@code null}
     * @return English when it holds {@code lang=en}, else Bahasa Indonesia
     */
    static Language ofQuery(String rawQuery) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && decode(pair.substring(0, eq)).equals("lang")) {
                    return of(decode(pair.substring(eq + 1)));
                }
            }
        }
        return ID;
    }

    /** A broken escape ({@code %zz}) is read as nothing rather than failing the request. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * @param value a {@code lang} value
     * @return English for {@code en}, else Bahasa Indonesia
     */
    static Language of(String value) {
        return "en".equalsIgnoreCase(value == null ? "" : value.strip()) ? EN : ID;
    }

    /** @return the number with the language's grouping ({@code 12.500} or {@code 12,500}) */
    String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** @return the month in words, for example {@code September 2024} */
    String month(YearMonth period) {
        return month.format(period.atDay(1));
    }

    /** @return the time in WIB, to the minute */
    String time(OffsetDateTime at) {
        return time.format(at.atZoneSameInstant(WIB)) + " WIB";
    }

    /** @return the query that keeps this language on a link ({@code ?lang=en}, or nothing for the default) */
    String query() {
        return this == ID ? "" : "?lang=" + code;
    }
}
