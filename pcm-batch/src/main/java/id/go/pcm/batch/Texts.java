package id.go.pcm.batch;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words in one language from a resource bundle ({@code NAME_id.properties} for Bahasa Indonesia,
 * {@code NAME.properties} for English): the batch's one way to its texts, the report's and the
 * settings' messages alike. No fallback to the machine's locale: an operator's locale must not change
 * what is printed. Patterns are {@link MessageFormat}s; arguments are passed already formatted except
 * where a pattern chooses a plural.
 */
public final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    /**
     * @param bundle the bundle's base name, e.g. {@code id.go.pcm.batch.report.texts}
     * @param locale the language
     */
    public Texts(String bundle, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return the language's locale */
    public Locale locale() {
        return locale;
    }

    /**
     * @param key a text's key
     * @return the text, as written in the bundle
     * @throws MissingResourceException when the bundle lacks the key
     */
    public String get(String key) {
        return bundle.getString(key);
    }

    /**
     * @param key  a pattern's key ({@link MessageFormat} syntax: quotes doubled)
     * @param args its arguments
     * @return the sentence
     */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /**
     * @param prefix the key's prefix, e.g. {@code type}
     * @param value  an enumeration value
     * @return the text of {@code prefix.VALUE}
     */
    public String name(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name());
    }
}
