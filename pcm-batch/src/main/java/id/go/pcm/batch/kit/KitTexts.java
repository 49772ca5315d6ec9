package id.go.pcm.batch.kit;

import id.go.pcm.Language;
import id.go.pcm.batch.Texts;
import id.go.pcm.batch.report.DocumentWords;
import id.go.pcm.month.EvaluationMonth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A kit's words in one language ({@code texts_id.properties}, {@code texts.properties}), with the
 * installation's agencies-word filled in (SPEC 9.4) and times on the office's clock (SPEC 9.2).
 * Every text is read as a {@link java.text.MessageFormat} pattern, with or without arguments.
 */
final class KitTexts {

    private static final String BUNDLE = "id.go.pcm.batch.kit.texts";

    private final Texts texts;
    private final Language language;
    private final ZoneId zone;
    private final String issuer;

    KitTexts(Language language, DocumentWords words, ZoneId zone) {
        this.language = language;
        this.issuer = words.issuer();
        this.texts = words.fillAgencyWords(new Texts(BUNDLE, Locale.forLanguageTag(language.code())));
        this.zone = zone;
    }

    /** @return the kit's language */
    Language language() {
        return language;
    }

    /** @return the issuing unit ({@code pcm.report.issuer}) */
    String issuer() {
        return issuer;
    }

    /** @return the office's zone */
    ZoneId zone() {
        return zone;
    }

    /**
     * @param key  a text's key
     * @param args its arguments
     * @return the text
     */
    String text(String key, Object... args) {
        return texts.format(key, args);
    }

    /** @return the month in words, {@code September 2024} */
    String month(YearMonth month) {
        return DateTimeFormatter.ofPattern(texts.get("format.month"), texts.locale()).format(month);
    }

    /** @return the date in words, {@code 5 Oktober 2024} */
    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(texts.get("format.date"), texts.locale()).format(date);
    }

    /** @return the date and time on the office's clock, named: {@code 1 September 2024, 16.13 WIB} */
    String dateTime(Instant time) {
        return DateTimeFormatter.ofPattern(texts.get("format.datetime"), texts.locale()).format(time.atZone(zone))
                + " " + zoneName(time);
    }

    /** @return the zone's name at a time: {@code WIB}, {@code WITA}, or {@code UTC+…} */
    String zoneName(Instant at) {
        return EvaluationMonth.zoneName(zone, at);
    }
}
