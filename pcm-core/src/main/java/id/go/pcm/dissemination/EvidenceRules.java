package id.go.pcm.dissemination;

import id.go.pcm.agency.AgencyRegistry;
import id.go.pcm.csv.Columns;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.narrative.NarrativeRegistry;
import id.go.pcm.validation.Checked;
import id.go.pcm.internal.Fields;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;
import id.go.pcm.internal.SeenKeys;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of {@code dissemination.csv} (SPEC 1.5), one row at a time. Not thread-safe: it
 * remembers the file's ids and the accepted evidence, to reject repeats.
 */
public final class EvidenceRules {

    /** The file these rules read. */
    public static final String FILE = "dissemination.csv";
    /** Its columns. */
    public static final Columns COLUMNS = new Columns(
            List.of("evidence_id", "narrative_id", "agency_id", "channel", "published_at"),
            List.of("url", "proof_sha256", "reach", "engagement"));

    private static final Pattern SHA256 = Pattern.compile("[0-9A-Fa-f]{64}");

    private final EvaluationMonth month;
    private final AgencyRegistry agencies;
    private final NarrativeRegistry narratives;
    private final SeenKeys ids = new SeenKeys();
    private final SeenKeys acceptedLinks = new SeenKeys();

    /**
     * Rules for one month's evidence.
     *
     * @param month      the evaluation month and as-of time
     * @param agencies   the accepted agencies
     * @param narratives the accepted narratives
     */
    public EvidenceRules(EvaluationMonth month, AgencyRegistry agencies, NarrativeRegistry narratives) {
        this.month = month;
        this.agencies = agencies;
        this.narratives = narratives;
    }

    /**
     * Checks one row.
     *
     * @param row the row, in file order
     * @return the accepted evidence or the reject naming its fault
     */
    public Checked<DisseminationEvidence> check(Row row) {
        Fields f = new Fields(row);
        String id = f.id("evidence_id", ids);
        String narrativeId = f.required("narrative_id");
        String agencyId = f.required("agency_id");
        Channel channel = f.word("channel", Channel.vocabulary());
        Instant publishedAt = f.timestamp("published_at");
        EvidenceUrl url = f.url("url");
        String proof = f.optionalMatching("proof_sha256", SHA256, "bad.sha256");
        Long reach = f.optionalCount("reach");
        Long engagement = f.optionalCount("engagement");
        if (f.ok() && url == null) {
            if (channel.isOnline()) {
                f.fail(RejectCode.MISSING_VALUE, "url", "missing.url", channel);
            } else if (proof == null) {
                f.fail(RejectCode.MISSING_VALUE, "proof_sha256", "missing.proof", channel);
            }
        }
        Narrative narrative = f.ok() ? narratives.find(narrativeId).orElse(null) : null;
        if (f.ok() && narrative == null) {
            f.fail(RejectCode.UNKNOWN_NARRATIVE, "narrative_id", "unknown.narrative", narrativeId);
        }
        if (f.ok()) {
            f.requireActiveAgency(agencies, agencyId);
        }
        f.requireNotFuture("published_at", publishedAt, month);
        if (f.ok() && publishedAt.isBefore(narrative.issuedAt())) {
            f.fail(RejectCode.BEFORE_ISSUE, "published_at", "before_issue", publishedAt, narrativeId,
                    narrative.issuedAt());
        }
        if (f.ok() && url != null && !acceptedLinks.add(
                narrativeId, agencyId, channel.name(), url.normalised())) {
            f.fail(RejectCode.DUPLICATE_EVIDENCE, "url", "duplicate.evidence", narrativeId, agencyId, channel);
        }
        if (!f.ok()) {
            return Checked.rejected(f.reject(id));
        }
        return Checked.accepted(new DisseminationEvidence(id, narrativeId, agencyId, channel, publishedAt, url,
                proof == null ? null : proof.toLowerCase(Locale.ROOT), reach, engagement));
    }
}
