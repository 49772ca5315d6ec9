package id.go.pcm;

import java.util.Locale;
import java.util.Optional;

/**
 * The two languages PCM speaks to people (SPEC 1.7): every reject and refusal carries its message in
 * both, and an embedder, the batch's {@code --lang} and the check portal pick one with this.
 */
public enum Language {
    /** Bahasa Indonesia, the default. */
    ID("id"),
    /** English. */
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** @return the language's code, {@code id} or {@code en} (as in {@code --lang=} and {@code lang=}) */
    public String code() {
        return code;
    }

    /**
     * @param code a language code as a person types it, in any case
     * @return the language, or empty when the code is neither {@code id} nor {@code en}
     */
    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(lower)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
