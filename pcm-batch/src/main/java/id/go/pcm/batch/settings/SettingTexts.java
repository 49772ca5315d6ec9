package id.go.pcm.batch.settings;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The settings' messages in one language, from {@code messages.properties} (English) and
 * {@code messages_id.properties} (Bahasa Indonesia) beside this class.
 */
final class SettingTexts {

    static final SettingTexts ENGLISH = new SettingTexts(Locale.ROOT);
    static final SettingTexts INDONESIAN = new SettingTexts(Locale.forLanguageTag("id"));

    private final Locale locale;
    private final ResourceBundle bundle;

    private SettingTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's locale: the operator's line is in the language asked for.
        this.bundle = ResourceBundle.getBundle("id.go.pcm.batch.settings.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param key  a message's key
     * @param args its arguments, already formatted as text
     * @return the message
     */
    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
