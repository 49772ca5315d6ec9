package id.go.pcm.media;

import id.go.pcm.dissemination.EvidenceUrl;

import java.time.Instant;
import java.util.Objects;

/**
 * One item found by the ministry's media monitoring desk (pemantauan media).
 *
 * @param id          the item id
 * @param publishedAt when it was published
 * @param outlet      the outlet's name, for example {@code Kompas}
 * @param mediaType   the kind of outlet
 * @param program     the program tag it covers, or {@code null} when untagged
 * @param sentiment   its tone
 * @param reach       its audience, or {@code null} when not given
 * @param narrativeId the narrative it cites, or {@code null}
 * @param url         its link, or {@code null}
 */
public record MediaItem(String id, Instant publishedAt, String outlet, MediaType mediaType, String program,
                        Sentiment sentiment, Long reach, String narrativeId, EvidenceUrl url) {

    /**
     * Checks the required parts.
     *
     * @param id the item id
     * @param publishedAt when it was published
     * @param outlet the outlet's name, for example {@code Kompas}
     * @param mediaType the kind of outlet
     * @param program the program tag it covers, or {@code null} when untagged
     * @param sentiment its tone
     * @param reach its audience, or {@code null} when not given
     * @param narrativeId the narrative it cites, or {@code null}
     * @param url its link, or {@code null}
     * @throws NullPointerException     when the id, time, outlet, type or sentiment is missing
     * @throws IllegalArgumentException when the reach is negative
     */
    public MediaItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sentiment, "sentiment");
        if (reach != null && reach < 0) {
            throw new IllegalArgumentException("reach must not be negative");
        }
    }
}
