package id.go.pcm;

import id.go.pcm.internal.Fault;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;

import java.util.Optional;

/** The check's rule of the sending agency (SPEC 6): a row of another agency is not the sender's to send. */
final class SenderRule {

    private SenderRule() {
    }

    /**
     * @param row      a row the month's rules accepted
     * @param id       its id
     * @param agencyId the agency it is for
     * @param sender   the agency that sends the file
     * @return an {@code OTHER_AGENCY} reject when the row is for another agency
     */
    static Optional<Reject> otherAgency(Row row, String id, String agencyId, String sender) {
        if (agencyId.equals(sender)) {
            return Optional.empty();
        }
        return Optional.of(Fault.of(RejectCode.OTHER_AGENCY, "agency_id", "other.agency", agencyId, sender).reject(row, id));
    }
}
