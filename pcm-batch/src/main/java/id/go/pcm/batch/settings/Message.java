package id.go.pcm.batch.settings;

import id.go.pcm.batch.Texts;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * A message of the settings' catalogue with its arguments, rendered in either language. An argument
 * may itself be a message (where a value was given, the form wanted), rendered in the same language.
 *
 * @param key  the catalogue key
 * @param args the arguments: text, or messages
 */
public record Message(String key, Object... args) {

    private static final String BUNDLE = "id.go.pcm.batch.settings.messages";
    private static final Texts ENGLISH = new Texts(BUNDLE, Locale.ROOT);
    private static final Texts INDONESIAN = new Texts(BUNDLE, Locale.forLanguageTag("id"));

    /** @return the message in English */
    public String english() {
        return in(ENGLISH);
    }

    /** @return the message in Bahasa Indonesia */
    public String indonesian() {
        return in(INDONESIAN);
    }

    private String in(Texts texts) {
        Function<Object, Object> render = arg -> arg instanceof Message m ? m.in(texts) : String.valueOf(arg);
        return texts.format(key, Arrays.stream(args).map(render).toArray());
    }
}
