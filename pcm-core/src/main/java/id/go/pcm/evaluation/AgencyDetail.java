package id.go.pcm.evaluation;

import id.go.pcm.dissemination.Channel;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one agency's scorecard says beyond its score (SPEC 7, the per-agency keys it adds to SPEC 4):
 * where it stands among its type, its report, each narrative that targeted it, its evidence, its
 * rejected rows and, for a province, its regencies and cities.
 *
 * @param rankInType          1 + the active agencies of its type whose score, rounded half-up to two
 *                            decimals, is higher than its own so rounded (ties share a rank)
 * @param ofType              the active agencies of its type
 * @param parentId            a regency's or city's province, else {@code null}
 * @param parentName          that province's name, else {@code null}
 * @param deadline            the last day to send the month's report on time (on the office's clock)
 * @param submittedAt         the counted report's {@code submitted_at}, or {@code null} when MISSING
 * @param completenessItems   the counted report's four completeness items, or {@code null} when MISSING
 * @param superseded          the agency's other accepted reports that the counted one superseded
 * @param pairs               the narratives that targeted it, by narrative id
 * @param untargetedEvidence  its accepted evidence rows for narratives that did not target it
 * @param channels            its accepted evidence by channel (every channel, zeros included)
 * @param rejectedRows        its rejected rows of {@code reports.csv} and {@code dissemination.csv} by
 *                            rule, only the rules with a row, in code order
 * @param rejectedFirst       the first 20 of those rows: those of {@code reports.csv}, then those of
 *                            {@code dissemination.csv}, each in reading order (the folder's own file,
 *                            then each submission's sheet, SPEC 10.2) and by row number
 * @param children            for a province, its active regencies and cities by id, else empty
 * @param childrenMeanScore   their mean score, or {@code null} when it has none (or is no province)
 */
public record AgencyDetail(int rankInType, int ofType, String parentId, String parentName, LocalDate deadline,
                           Instant submittedAt, CompletenessItems completenessItems, int superseded,
                           List<PairFigures> pairs, long untargetedEvidence, Map<Channel, ChannelFigures> channels,
                           Map<RejectCode, Long> rejectedRows, List<Reject> rejectedFirst, List<String> children,
                           Double childrenMeanScore) {

    /** How many rejected rows a scorecard lists. */
    public static final int REJECTED_LISTED = 20;

    /**
     * Freezes the lists and maps.
     *
     * @param rankInType         1 + the active agencies of its type scored higher (rounded)
     * @param ofType             the active agencies of its type
     * @param parentId           a regency's or city's province, else {@code null}
     * @param parentName         that province's name, else {@code null}
     * @param deadline           the last day to send the month's report on time
     * @param submittedAt        the counted report's {@code submitted_at}, or {@code null}
     * @param completenessItems  the counted report's completeness items, or {@code null}
     * @param superseded         the other accepted reports the counted one superseded
     * @param pairs              the narratives that targeted it
     * @param untargetedEvidence its evidence for narratives that did not target it
     * @param channels           its evidence by channel
     * @param rejectedRows       its rejected rows by rule
     * @param rejectedFirst      the first of its rejected rows
     * @param children           a province's active regencies and cities
     * @param childrenMeanScore  their mean score, or {@code null}
     */
    public AgencyDetail {
        pairs = Frozen.list(pairs);
        channels = Frozen.map(channels);
        rejectedRows = Frozen.map(rejectedRows);
        rejectedFirst = Frozen.list(rejectedFirst);
        children = Frozen.list(children);
    }

    /** @return its rejected rows of both files, every rule together */
    public long rejectedTotal() {
        return rejectedRows.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The four items of a report's completeness (SPEC 1.3).
     *
     * @param policies   {@code policies_count} > 0
     * @param activities {@code activities_count} > 0
     * @param hasData    data and supporting information attached
     * @param hasAgenda  next month's communication agenda attached
     */
    public record CompletenessItems(boolean policies, boolean activities, boolean hasData, boolean hasAgenda) {
    }

    /**
     * One narrative that targeted the agency.
     *
     * @param narrativeId   the narrative
     * @param title         its title
     * @param issuedAt      when it was issued
     * @param dueAt         the end of its window ({@code issued_at + due_hours})
     * @param firstEvidence the agency's first accepted evidence for it, or {@code null}
     * @param status        on time, late, or not covered
     */
    public record PairFigures(String narrativeId, String title, Instant issuedAt, Instant dueAt, Instant firstEvidence,
                              PairStatus status) {
    }

    /** How a targeted agency spread a narrative. */
    public enum PairStatus {
        /** Its first evidence came within the window (tepat waktu). */
        ON_TIME,
        /** It came after the window (terlambat). */
        LATE,
        /** No accepted evidence (belum disebarkan). */
        NOT_COVERED
    }
}
