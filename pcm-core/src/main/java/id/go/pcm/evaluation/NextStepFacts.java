package id.go.pcm.evaluation;

import id.go.pcm.report.ReportStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * What an agency has to do, from its figures (SPEC 7.7): the scorecard words each fact as a sentence.
 *
 * @param report       its report's status: a missing report is to be sent, a late one sent on time next month
 * @param missingItems the items its counted report left out, in SPEC order (none when no report came)
 * @param notCovered   the narratives it was asked to spread and did not, by id
 * @param late         the narratives it spread late, by id
 * @param rejected     its rejected rows to fix and send again
 */
public record NextStepFacts(ReportStatus report, List<Item> missingItems, List<String> notCovered,
                            List<String> late, long rejected) {

    /** An item of a periodic report whose absence lowers its completeness (SPEC 2). */
    public enum Item {
        /** {@code policies_count} was zero. */
        POLICIES,
        /** {@code activities_count} was zero. */
        ACTIVITIES,
        /** {@code has_data} was false. */
        HAS_DATA,
        /** {@code has_agenda} was false. */
        HAS_AGENDA
    }

    /**
     * Freezes the collections.
     *
     * @param report       its report's status: a missing report is to be sent, a late one sent on time next month
     * @param missingItems the items its counted report left out, in SPEC order (none when no report came)
     * @param notCovered   the narratives it was asked to spread and did not, by id
     * @param late         the narratives it spread late, by id
     * @param rejected     its rejected rows to fix and send again
     */
    public NextStepFacts {
        missingItems = Frozen.list(missingItems);
        notCovered = Frozen.list(notCovered);
        late = Frozen.list(late);
    }

    static NextStepFacts of(AgencyFigures agency) {
        AgencyDetail d = agency.detail();
        List<Item> missing = new ArrayList<>();
        AgencyDetail.CompletenessItems items = d.completenessItems();
        if (agency.report() != ReportStatus.MISSING) {
            if (!items.policies()) {
                missing.add(Item.POLICIES);
            }
            if (!items.activities()) {
                missing.add(Item.ACTIVITIES);
            }
            if (!items.hasData()) {
                missing.add(Item.HAS_DATA);
            }
            if (!items.hasAgenda()) {
                missing.add(Item.HAS_AGENDA);
            }
        }
        return new NextStepFacts(agency.report(), missing, pairs(d, AgencyDetail.PairStatus.NOT_COVERED),
                pairs(d, AgencyDetail.PairStatus.LATE), d.rejectedTotal());
    }

    private static List<String> pairs(AgencyDetail d, AgencyDetail.PairStatus status) {
        return d.pairs().stream().filter(p -> p.status() == status).map(AgencyDetail.PairFigures::narrativeId).toList();
    }
}
