package id.go.pcm.dissemination;

import id.go.pcm.internal.Vocabulary;

import java.util.List;
import java.util.Optional;

/**
 * Where an agency spread a narrative. Online channels are proven by a link; offline ones by a link
 * or the SHA-256 of a photo or scan the agency keeps.
 */
public enum Channel {
    /** The agency's website. */
    WEBSITE(true),
    /** Instagram. */
    INSTAGRAM(true),
    /** X (formerly Twitter). */
    X(true),
    /** Facebook. */
    FACEBOOK(true),
    /** YouTube. */
    YOUTUBE(true),
    /** TikTok. */
    TIKTOK(true),
    /** WhatsApp groups and broadcasts. */
    WHATSAPP(false),
    /** Outdoor media: baliho, spanduk, umbul-umbul (each word is a synonym). */
    OUTDOOR(false, "BALIHO", "SPANDUK", "UMBUL-UMBUL"),
    /** Print. */
    PRINT(false),
    /** Radio. */
    RADIO(false),
    /** Television. */
    TV(false),
    /** Events and face-to-face gatherings. */
    EVENT(false);

    private static final Vocabulary<Channel> WORDS = Vocabulary.of(Channel.class, c -> c.synonyms);

    private final boolean online;
    private final List<String> synonyms;

    Channel(boolean online, String... synonyms) {
        this.online = online;
        this.synonyms = List.of(synonyms);
    }

    /**
     * Reads a channel in any case, Indonesian words for outdoor media included.
     *
     * @param word the trimmed word
     * @return the channel, or empty when the word names none
     */
    public static Optional<Channel> parse(String word) {
        return WORDS.find(word);
    }

    /** @return whether evidence on this channel must be a link */
    public boolean isOnline() {
        return online;
    }
}
