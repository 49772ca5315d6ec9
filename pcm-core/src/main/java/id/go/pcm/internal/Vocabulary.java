package id.go.pcm.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words that name the values of an enumeration: each constant's own name and the Indonesian
 * synonyms of SPEC 1, matched case-insensitively.
 *
 * @param <E> the enumeration
 */
public final class Vocabulary<E extends Enum<E>> {

    /** Each enumeration's vocabulary, so that the rules reach it without the domain types exporting it. */
    private static final Map<Class<?>, Vocabulary<?>> BY_TYPE = new ConcurrentHashMap<>();

    private final Map<String, E> byWord;
    private final List<E> values;

    private Vocabulary(Map<String, E> byWord, List<E> values) {
        this.byWord = byWord;
        this.values = values;
    }

    /**
     * A vocabulary of an enumeration's names and synonyms.
     *
     * @param type     the enumeration
     * @param synonyms each constant's extra words (may be empty)
     * @param <E>      the enumeration type
     * @return the vocabulary
     */
    public static <E extends Enum<E>> Vocabulary<E> of(Class<E> type, Function<E, List<String>> synonyms) {
        Map<String, E> byWord = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            Stream.concat(Stream.of(value.name()), synonyms.apply(value).stream())
                    .forEach(word -> byWord.put(word.toUpperCase(Locale.ROOT), value));
        }
        Vocabulary<E> vocabulary = new Vocabulary<>(Collections.unmodifiableMap(byWord), List.of(type.getEnumConstants()));
        BY_TYPE.put(type, vocabulary);
        return vocabulary;
    }

    /**
     * The vocabulary an enumeration made for itself with {@link #of}.
     *
     * @param type the enumeration
     * @param <E>  the enumeration type
     * @return its vocabulary
     * @throws IllegalArgumentException when the enumeration made none
     */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E>> Vocabulary<E> of(Class<E> type) {
        type.getEnumConstants(); // initialises the enumeration, which makes its vocabulary
        Vocabulary<?> vocabulary = BY_TYPE.get(type);
        if (vocabulary == null) {
            throw new IllegalArgumentException(type.getName() + " has no vocabulary");
        }
        return (Vocabulary<E>) vocabulary;
    }

    /**
     * Finds the value a word names.
     *
     * @param word the trimmed word, in any case
     * @return the value, or empty when the word names none
     */
    public Optional<E> find(String word) {
        return Optional.ofNullable(byWord.get(word.toUpperCase(Locale.ROOT)));
    }

    /** @return the constants' names separated by commas, for messages that list the allowed words */
    public String allowed() {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
