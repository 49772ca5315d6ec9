package id.go.pcm.batch.settings;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A message of the settings' catalogue with its arguments, rendered in either language. An argument
 * may itself be a message (where a value was given, the form wanted), rendered in the same language.
 *
 * @param key  the catalogue key
 * @param args the arguments: text, or messages
 */
public record Message(String key, Object... args) {

    /** @return the message in English */
    public String english() {
        return in(SettingTexts.ENGLISH);
    }

    /** @return the message in Bahasa Indonesia */
    public String indonesian() {
        return in(SettingTexts.INDONESIAN);
    }

    private String in(SettingTexts texts) {
        Function<Object, Object> render = arg -> arg instanceof Message m ? m.in(texts) : String.valueOf(arg);
        return texts.format(key, Arrays.stream(args).map(render).toArray());
    }
}
