package id.go.pcm.internal.rules;

import id.go.pcm.dissemination.Channel;
import id.go.pcm.dissemination.DisseminationEvidence;
import id.go.pcm.dissemination.EvidenceUrl;
import id.go.pcm.internal.Checked;
import id.go.pcm.internal.Draft;
import id.go.pcm.internal.Rule;
import id.go.pcm.internal.RuleList;
import id.go.pcm.internal.SeenKeys;
import id.go.pcm.internal.SharedRules;
import id.go.pcm.internal.ValueRules;
import id.go.pcm.internal.Vocabulary;
import id.go.pcm.internal.csv.Columns;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of {@code dissemination.csv} (SPEC 1.5), one row at a time: the list {@link #rules} is
 * the file's fault order. Not thread-safe: it remembers the file's ids and the accepted evidence, to
 * reject repeats.
 */
public final class EvidenceRules {

    /** Its columns. */
    public static final Columns COLUMNS = new Columns(
            List.of("evidence_id", "narrative_id", "agency_id", "channel", "published_at"),
            List.of("url", "proof_sha256", "reach", "engagement"));

    private static final Pattern SHA256 = Pattern.compile("[0-9A-Fa-f]{64}");

    private final RuleList<EvidenceDraft, DisseminationEvidence> rules;

    /**
     * Rules for one month's evidence.
     *
     * @param month      the evaluation month and as-of time
     * @param agencies   the accepted agencies
     * @param narratives the accepted narratives
     */
    public EvidenceRules(EvaluationMonth month, AgencyRegistry agencies, NarrativeRegistry narratives) {
        this.rules = new RuleList<>(rules(month, agencies, narratives, new SeenKeys(), new SeenKeys()),
                EvidenceDraft::new, EvidenceDraft::evidence);
    }

    /**
     * SPEC 1.5 in fault order: the first rule a row breaks is its reject.
     *
     * @param acceptedLinks the links of the evidence accepted so far; the last rule adds the row's
     */
    static List<Rule<EvidenceDraft>> rules(EvaluationMonth month, AgencyRegistry agencies, NarrativeRegistry narratives,
                                           SeenKeys ids, SeenKeys acceptedLinks) {
        return List.of(
                SharedRules.wellFormed(),
                ValueRules.present("evidence_id"),
                SharedRules.uniqueId("evidence_id", ids),
                ValueRules.present("narrative_id", (d, v) -> d.narrativeId = v),
                ValueRules.present("agency_id", (d, v) -> d.agencyId = v),
                ValueRules.present("channel"),
                ValueRules.word("channel", Vocabulary.of(Channel.class), (d, v) -> d.channel = v),
                ValueRules.present("published_at"),
                ValueRules.timestamp("published_at", month.zone(), (d, v) -> d.publishedAt = v),
                SharedRules.linkLength("url", (d, v) -> d.link = v),
                SharedRules.linkHttp("url", d -> d.link),
                SharedRules.linkWithoutUserInfo("url", d -> d.link),
                ValueRules.matching("proof_sha256", SHA256, "bad.sha256", (d, v) -> d.proof = v),
                ValueRules.count("reach", (d, v) -> d.reach = v),
                ValueRules.count("engagement", (d, v) -> d.engagement = v),
                new Rule<>("an online channel's evidence has a url", RejectCode.MISSING_VALUE, "url", "missing.url",
                        d -> d.link == null && d.channel.isOnline() ? Rule.Broken.because(d.channel) : null),
                new Rule<>("offline evidence without a url has a proof", RejectCode.MISSING_VALUE, "proof_sha256",
                        "missing.proof", d -> d.link == null && d.proof == null ? Rule.Broken.because(d.channel) : null),
                SharedRules.knownNarrative(narratives, d -> d.narrativeId, (d, v) -> d.narrative = v),
                SharedRules.knownAgency(agencies, d -> d.agencyId),
                SharedRules.activeAgency(agencies, d -> d.agencyId),
                SharedRules.notFuture("published_at", month, d -> d.publishedAt),
                new Rule<>("published_at is not before the narrative's issued_at", RejectCode.BEFORE_ISSUE, "published_at",
                        "before_issue", d -> d.publishedAt.isBefore(d.narrative.issuedAt())
                        ? Rule.Broken.because(SharedRules.onClock(d.publishedAt, month), d.narrativeId,
                        SharedRules.onClock(d.narrative.issuedAt(), month)) : null),
                // last: only a row that kept every other rule is accepted, and only its link is remembered
                new Rule<>("the evidence does not repeat an accepted row's link", RejectCode.DUPLICATE_EVIDENCE, "url",
                        "duplicate.evidence", d -> d.link != null && !acceptedLinks.add(
                        d.narrativeId, d.agencyId, d.channel.name(), d.link.url().normalised())
                        ? Rule.Broken.because(d.narrativeId, d.agencyId, d.channel) : null));
    }

    /**
     * Checks one row.
     *
     * @param row the row, in file order
     * @return the accepted evidence or the reject naming its fault
     */
    public Checked<DisseminationEvidence> check(Row row) {
        return rules.check(row);
    }

    /** An evidence row as its rules read it. */
    static final class EvidenceDraft extends Draft {
        private String narrativeId;
        private String agencyId;
        private Channel channel;
        private Instant publishedAt;
        private EvidenceUrl.Reading link;
        private String proof;
        private Long reach;
        private Long engagement;
        private Narrative narrative;

        EvidenceDraft(Row row) {
            super(row);
        }

        DisseminationEvidence evidence() {
            return new DisseminationEvidence(id(), narrativeId, agencyId, channel, publishedAt,
                    link == null ? null : link.url(), proof == null ? null : proof.toLowerCase(Locale.ROOT), reach, engagement);
        }
    }
}
