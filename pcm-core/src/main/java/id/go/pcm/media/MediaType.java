package id.go.pcm.media;

import id.go.pcm.internal.Vocabulary;

import java.util.List;

/** The kind of outlet a monitored item appeared in. */
public enum MediaType {
    /** Online news. */
    ONLINE,
    /** Newspapers and magazines. */
    PRINT,
    /** Television. */
    TV,
    /** Radio. */
    RADIO,
    /** Social media. */
    SOCIAL;

    private static final Vocabulary<MediaType> WORDS = Vocabulary.of(MediaType.class, t -> List.of());

}
