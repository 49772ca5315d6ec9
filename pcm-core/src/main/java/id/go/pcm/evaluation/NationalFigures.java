package id.go.pcm.evaluation;

import id.go.pcm.agency.AgencyType;
import id.go.pcm.dissemination.Channel;
import id.go.pcm.report.ReportStatus;

import java.util.Map;

/**
 * The national figures of SPEC 2 (the {@code national} object of SPEC 4). Maps keyed by an
 * enumeration list every value, zeros included, in declaration order.
 *
 * @param activeAgencies     agencies active in the month
 * @param reports            active agencies by report status
 * @param reportsByType      the same, by agency type (every type, zeros included)
 * @param narratives         accepted narratives
 * @param targetedPairs      (narrative, active agency) pairs targeted
 * @param coveredPairs       of those, pairs with accepted evidence
 * @param onTimePairs        of those, pairs whose first evidence came within the window
 * @param coveragePct        100 × covered / targeted, or {@code null} when nothing was targeted
 * @param timelinessPct      100 × on time / targeted, or {@code null} when nothing was targeted
 * @param channels           accepted evidence by channel
 * @param meanScore          the mean score of active agencies, or {@code null} when there are none
 * @param meanScoreByType    the mean score by agency type, for types with active agencies
 * @param categories         active agencies by category
 * @param firstEvidenceHours covered pairs by hours from issue to first evidence, in bands
 *                           ({@code 0-6}, {@code 6-12}, {@code 12-24}, {@code 24-48}, {@code 48-72},
 *                           {@code 72-168}, {@code 168+}; lower bound included)
 */
public record NationalFigures(int activeAgencies, Map<ReportStatus, Long> reports,
                              Map<AgencyType, Map<ReportStatus, Long>> reportsByType, int narratives,
                              long targetedPairs, long coveredPairs, long onTimePairs,
                              Double coveragePct, Double timelinessPct, Map<Channel, ChannelFigures> channels,
                              Double meanScore, Map<AgencyType, Double> meanScoreByType,
                              Map<Category, Long> categories, Map<String, Long> firstEvidenceHours) {

    /**
     * Freezes the maps, keeping their order.
     *
     * @param activeAgencies agencies active in the month
     * @param reports active agencies by report status
     * @param reportsByType the same, by agency type (every type, zeros included)
     * @param narratives accepted narratives
     * @param targetedPairs (narrative, active agency) pairs targeted
     * @param coveredPairs of those, pairs with accepted evidence
     * @param onTimePairs of those, pairs whose first evidence came within the window
     * @param coveragePct 100 × covered / targeted, or {@code null} when nothing was targeted
     * @param timelinessPct 100 × on time / targeted, or {@code null} when nothing was targeted
     * @param channels accepted evidence by channel
     * @param meanScore the mean score of active agencies, or {@code null} when there are none
     * @param meanScoreByType the mean score by agency type, for types with active agencies
     * @param categories active agencies by category
     * @param firstEvidenceHours covered pairs by hours from issue to first evidence, in bands ({@code 0-6}, {@code 6-12}, {@code 12-24}, {@code 24-48}, {@code 48-72}, {@code 72-168}, {@code 168+}; lower bound included)
     */
    public NationalFigures {
        reports = Frozen.map(reports);
        reportsByType = Frozen.map(reportsByType);
        channels = Frozen.map(channels);
        meanScoreByType = Frozen.map(meanScoreByType);
        categories = Frozen.map(categories);
        firstEvidenceHours = Frozen.map(firstEvidenceHours);
    }

    /** @return the share of active agencies whose report came on time, or {@code null} when there are none */
    public Double reportsOnTimePct() {
        return Scoring.percent(reports.getOrDefault(ReportStatus.ON_TIME, 0L), activeAgencies);
    }
}
