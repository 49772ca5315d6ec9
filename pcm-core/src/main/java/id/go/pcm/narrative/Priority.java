package id.go.pcm.narrative;

import id.go.pcm.internal.Vocabulary;

import java.util.List;
import java.util.Optional;

/** How urgently a narrative is to be spread. */
public enum Priority {
    /** The default. */
    NORMAL,
    /** Urgent; also written {@code TINGGI}. */
    HIGH;

    private static final Vocabulary<Priority> WORDS =
            Vocabulary.of(Priority.class, p -> p == HIGH ? List.of("TINGGI") : List.of());

    /**
     * Reads a priority in any case, Indonesian synonym included.
     *
     * @param word the trimmed word
     * @return the priority, or empty when the word names none
     */
    public static Optional<Priority> parse(String word) {
        return WORDS.find(word);
    }

}
