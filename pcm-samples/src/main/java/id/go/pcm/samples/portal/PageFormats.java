package id.go.pcm.samples.portal;

import id.go.pcm.Language;
import id.go.pcm.month.EvaluationMonth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a page in one {@link Language} writes numbers, months and times, and which locale picks its words
 * from the portal's message bundle. The language itself is pcm-core's, chosen with {@code lang=} only:
 * Bahasa Indonesia by default, English with {@code lang=en}, whatever the browser's {@code Accept-Language}
 * says (a clerk on a borrowed computer still gets the ministry's language).
 */
final class PageFormats {

    /** Bahasa Indonesia: {@code 12.500}, {@code 10 Oktober 2024 00.00 WIB}. */
    private static final PageFormats ID = new PageFormats(Language.ID, Locale.forLanguageTag("id-ID"), "d MMMM yyyy HH.mm");
    /** English: {@code 12,500}, {@code 10 October 2024 00:00 WIB}. */
    private static final PageFormats EN = new PageFormats(Language.EN, Locale.UK, "d MMMM yyyy HH:mm");

    private final Language language;
    private final Locale locale;
    private final DateTimeFormatter time;
    private final DateTimeFormatter month;

    private PageFormats(Language language, Locale locale, String timePattern) {
        this.language = language;
        this.locale = locale;
        this.time = DateTimeFormatter.ofPattern(timePattern, locale);
        this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
    }

    /**
     * @param language a page's language
     * @return its formats
     */
    static PageFormats of(Language language) {
        return language == Language.EN ? EN : ID;
    }

    /**
     * @param locale a locale resolved for a request (by {@link #ofQuery})
     * @return the formats of English for an English locale, else of Bahasa Indonesia
     */
    static PageFormats of(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? EN : ID;
    }

    /**
     * @param rawQuery a request's raw query, or {@code null}
     * @return English's formats when it holds {@code lang=en}, else Bahasa Indonesia's
     */
    static PageFormats ofQuery(String rawQuery) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && decode(pair.substring(0, eq)).equals("lang")) {
                    return of(Language.ofCode(decode(pair.substring(eq + 1)).strip()).orElse(Language.ID));
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

    /** @return the page's language */
    Language language() {
        return language;
    }

    /** @return the locale of the page's words in the message bundle */
    Locale locale() {
        return locale;
    }

    /** @return the number with the language's grouping ({@code 12.500} or {@code 12,500}) */
    String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** @return the month in words, for example {@code September 2024} */
    String month(YearMonth period) {
        return month.format(period.atDay(1));
    }

    /**
     * @param at   a time
     * @param zone the office's zone, the zone of the evaluation month (SPEC 9.2)
     * @return the time in that zone, to the minute, with the zone's name: {@code 10 Oktober 2024 00.00 WIB}
     */
    String time(OffsetDateTime at, ZoneId zone) {
        return time.format(at.atZoneSameInstant(zone)) + " " + EvaluationMonth.zoneName(zone, at.toInstant());
    }

    /** @return the query that keeps this language on a link ({@code ?lang=en}, or nothing for the default) */
    String query() {
        return language == Language.ID ? "" : "?lang=" + language.code();
    }
}
