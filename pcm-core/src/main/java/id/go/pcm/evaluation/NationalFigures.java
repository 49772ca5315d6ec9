package id.go.pcm.evaluation;

import id.go.pcm.internal.evaluation.Scoring;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.dissemination.Channel;
import id.go.pcm.report.ReportStatus;

import java.util.EnumMap;
import java.util.List;
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
 * @param categoriesByType   the same, by agency type (every type and category, zeros included)
 * @param firstEvidenceHours covered pairs by hours from issue to first evidence, in bands of 0–6, 6–12,
 *                           12–24, 24–48, 48–72, 72–168 and 168 hours or more, in that order
 */
public record NationalFigures(int activeAgencies, Map<ReportStatus, Long> reports,
                              Map<AgencyType, Map<ReportStatus, Long>> reportsByType, int narratives,
                              long targetedPairs, long coveredPairs, long onTimePairs,
                              Double coveragePct, Double timelinessPct, Map<Channel, ChannelFigures> channels,
                              Double meanScore, Map<AgencyType, Double> meanScoreByType,
                              Map<Category, Long> categories, Map<AgencyType, Map<Category, Long>> categoriesByType,
                              List<HourBand> firstEvidenceHours) {

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
     * @param categoriesByType the same, by agency type (every type and category, zeros included)
     * @param firstEvidenceHours covered pairs by hours from issue to first evidence, in bands
     */
    public NationalFigures {
        reports = Frozen.map(reports);
        reportsByType = Frozen.map(reportsByType);
        channels = Frozen.map(channels);
        meanScoreByType = Frozen.map(meanScoreByType);
        categories = Frozen.map(categories);
        categoriesByType = Frozen.map(categoriesByType);
        firstEvidenceHours = Frozen.list(firstEvidenceHours);
    }

    /** @return the share of active agencies whose report came on time, or {@code null} when there are none */
    public Double reportsOnTimePct() {
        return Scoring.percent(reports.getOrDefault(ReportStatus.ON_TIME, 0L), activeAgencies);
    }

    /**
     * @param type an agency type
     * @return its active agencies
     */
    public long activeOf(AgencyType type) {
        return reportsByType.get(type).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * @param type   an agency type
     * @param status a report status
     * @return the share of the type's active agencies whose report has that status, or {@code null}
     *         when the type has none
     */
    public Double reportsPct(AgencyType type, ReportStatus status) {
        return Scoring.percent(reportsByType.get(type).get(status), activeOf(type));
    }

    /** @return the accepted evidence, reach and engagement of every channel together */
    public ChannelFigures channelTotal() {
        long evidence = 0;
        long reach = 0;
        long engagement = 0;
        for (ChannelFigures c : channels.values()) {
            evidence += c.evidence();
            reach += c.reach();
            engagement += c.engagement();
        }
        return new ChannelFigures(evidence, reach, engagement);
    }

    /** @return each channel's share of the accepted evidence, {@code null} when there is none */
    public Map<Channel, Double> channelSharePct() {
        long total = channelTotal().evidence();
        Map<Channel, Double> shares = new EnumMap<>(Channel.class);
        channels.forEach((channel, c) -> shares.put(channel, Scoring.percent(c.evidence(), total)));
        return shares;
    }

    /**
     * @param category a category
     * @return the share of active agencies in it, or {@code null} when there are none
     */
    public Double categoryPct(Category category) {
        return Scoring.percent(categories.get(category), activeAgencies);
    }
}
