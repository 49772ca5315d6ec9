package id.go.pcm.media;

import id.go.pcm.internal.Vocabulary;

import java.util.List;

/** The tone of a monitored item towards the government program it covers. */
public enum Sentiment {
    /** Favourable; also written {@code POSITIF}. */
    POSITIVE("POSITIF"),
    /** Neither; also written {@code NETRAL}. */
    NEUTRAL("NETRAL"),
    /** Unfavourable; also written {@code NEGATIF}. */
    NEGATIVE("NEGATIF");

    private static final Vocabulary<Sentiment> WORDS = Vocabulary.of(Sentiment.class, s -> s.synonyms);

    private final List<String> synonyms;

    Sentiment(String... synonyms) {
        this.synonyms = List.of(synonyms);
    }

}
