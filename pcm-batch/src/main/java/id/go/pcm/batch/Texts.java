package id.go.pcm.batch;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * Words in one language from a resource bundle ({@code NAME_id.properties} for Bahasa Indonesia,
 * {@code NAME.properties} for English): the batch's one way to its texts, the report's and the
 * settings' messages alike. No fallback to the machine's locale: an operator's locale must not change
 * what is printed. Patterns are {@link MessageFormat}s; arguments are passed already formatted except
 * where a pattern chooses a plural.
 */
public final class Texts {

    /** Fills a text's named words ({@code {agencies}}) as it is read, quoting each word as the text's use needs. */
    @FunctionalInterface
    public interface Filling {
        /** No named words: the texts as written. */
        Filling NONE = (text, quote) -> text;

        /**
         * @param text  a text as written in the bundle
         * @param quote what to do to a word put into the text: nothing for a text printed as it is, the
         *              {@link MessageFormat} quoting for a pattern (a word's {@code '} or braces stay text)
         * @return the text with its named words filled in
         */
        String fill(String text, UnaryOperator<String> quote);
    }

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Filling filling;

    /**
     * @param bundle the bundle's base name, e.g. {@code id.go.pcm.batch.report.texts}
     * @param locale the language
     */
    public Texts(String bundle, Locale locale) {
        this(ResourceBundle.getBundle(bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale, Filling.NONE);
    }

    private Texts(ResourceBundle bundle, Locale locale, Filling filling) {
        this.bundle = bundle;
        this.locale = locale;
        this.filling = filling;
    }

    /**
     * @param filling how the texts' named words are filled in
     * @return the same texts, read with that filling
     */
    public Texts with(Filling filling) {
        return new Texts(bundle, locale, filling);
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
        return filling.fill(bundle.getString(key), UnaryOperator.identity());
    }

    /**
     * @param key  a pattern's key ({@link MessageFormat} syntax: quotes doubled)
     * @param args its arguments
     * @return the sentence
     */
    public String format(String key, Object... args) {
        return new MessageFormat(filling.fill(bundle.getString(key), Texts::quoted), locale).format(args);
    }

    /** @return a word as a {@link MessageFormat} pattern prints it: quoted when it holds a quote or a brace */
    private static String quoted(String word) {
        return word.matches("[^'{}]*") ? word : "'" + word.replace("'", "''") + "'";
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
