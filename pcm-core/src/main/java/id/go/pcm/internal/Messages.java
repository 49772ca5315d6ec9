package id.go.pcm.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reject message catalogue in one language. Texts live in
 * {@code id/go/pcm/validation/messages.properties} (English) and {@code messages_id.properties}
 * (Bahasa Indonesia) so that clerks' wording can be changed without touching the rules.
 */
public final class Messages {

    /** Messages in Bahasa Indonesia. */
    public static final Messages INDONESIAN = new Messages(Locale.forLanguageTag("id"));
    /** Messages in English. */
    public static final Messages ENGLISH = new Messages(Locale.ROOT);

    private static final int SHOWN_CHARS = 80;
    private static final String BUNDLE = "id.go.pcm.validation.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's default locale: an operator's locale must not change the rejects file.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Renders a fault's message.
     *
     * @param fault the fault
     * @return the message text in this catalogue's language
     * @throws java.util.MissingResourceException when the fault's key has no text (a programming error)
     */
    public String format(Fault fault) {
        return text(fault.key(), fault.args().toArray());
    }

    /**
     * Renders any catalogue text with its arguments.
     *
     * @param key  the message key
     * @param args the arguments for the text's {@code {0}}, {@code {1}}, ... places
     * @return the message text in this catalogue's language
     */
    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** Keeps a copied value short enough to read inside a message (a field may hold megabytes). */
    static String shorten(String value) {
        String oneLine = value.replace('\r', ' ').replace('\n', ' ');
        return oneLine.length() <= SHOWN_CHARS ? oneLine : oneLine.substring(0, SHOWN_CHARS) + "…";
    }
}
