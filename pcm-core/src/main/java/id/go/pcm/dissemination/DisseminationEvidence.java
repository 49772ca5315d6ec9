package id.go.pcm.dissemination;

import java.time.Instant;
import java.util.Objects;

/**
 * Bukti diseminasi: evidence that an agency spread a narrative on one channel.
 *
 * @param id          the evidence id
 * @param narrativeId the narrative spread
 * @param agencyId    the agency that spread it
 * @param channel     where
 * @param publishedAt when
 * @param url         the link, or {@code null} for offline evidence proven by a hash
 * @param proofSha256 the SHA-256 of the photo or scan kept by the agency, or {@code null}
 * @param reach       people reached, or {@code null} when not given
 * @param engagement  interactions, or {@code null} when not given
 */
public record DisseminationEvidence(String id, String narrativeId, String agencyId, Channel channel,
                                    Instant publishedAt, EvidenceUrl url, String proofSha256,
                                    Long reach, Long engagement) {

    /**
     * Checks the required parts.
     *
     * @param id the evidence id
     * @param narrativeId the narrative spread
     * @param agencyId the agency that spread it
     * @param channel where
     * @param publishedAt when
     * @param url the link, or {@code null} for offline evidence proven by a hash
     * @param proofSha256 the SHA-256 of the photo or scan kept by the agency, or {@code null}
     * @param reach people reached, or {@code null} when not given
     * @param engagement interactions, or {@code null} when not given
     * @throws NullPointerException     when an id, the channel or the time is missing
     * @throws IllegalArgumentException when there is neither link nor proof, an online channel has no
     *                                  link, or reach or engagement is negative
     */
    public DisseminationEvidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(narrativeId, "narrativeId");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (url == null && (channel.isOnline() || proofSha256 == null)) {
            throw new IllegalArgumentException("evidence " + id + " on " + channel + " needs a link"
                    + (channel.isOnline() ? "" : " or a proof hash"));
        }
        if ((reach != null && reach < 0) || (engagement != null && engagement < 0)) {
            throw new IllegalArgumentException("reach and engagement must not be negative");
        }
    }
}
