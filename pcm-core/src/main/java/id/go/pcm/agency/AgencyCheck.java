package id.go.pcm.agency;

import id.go.pcm.validation.Reject;

import java.util.List;

/**
 * The outcome of checking {@code agencies.csv}.
 *
 * @param registry the accepted agencies
 * @param rejects  the rejected rows, in line order
 * @param rows     the number of rows read
 */
public record AgencyCheck(AgencyRegistry registry, List<Reject> rejects, long rows) {

    /** Freezes the rejects. */
    public AgencyCheck {
        rejects = List.copyOf(rejects);
    }
}
