package id.go.pcm.batch.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's words, from the {@code texts} resource bundles: {@code texts_id.properties} for the
 * Indonesian edition, {@code texts.properties} (English) otherwise. No sentence of the report is
 * written in code. Arguments are passed already formatted (see {@link Formats}) except where a
 * pattern chooses a plural.
 */
final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    /**
     * @param locale the edition's language
     */
    Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("id.go.pcm.batch.report.texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return the edition's locale */
    Locale locale() {
        return locale;
    }

    /**
     * @param key a text's key
     * @return the text, as written in the bundle
     * @throws MissingResourceException when the bundle lacks the key
     */
    String get(String key) {
        return bundle.getString(key);
    }

    /**
     * @param key  a pattern's key ({@link MessageFormat} syntax: quotes doubled)
     * @param args its arguments
     * @return the sentence
     */
    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /**
     * @param prefix the key's prefix, e.g. {@code type}
     * @param value  an enumeration value
     * @return the text of {@code prefix.VALUE}
     */
    String name(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name());
    }
}
