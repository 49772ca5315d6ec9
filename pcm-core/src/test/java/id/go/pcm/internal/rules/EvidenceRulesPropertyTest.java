package id.go.pcm.internal.rules;

import id.go.pcm.Fixtures;
import id.go.pcm.dissemination.Channel;
import id.go.pcm.internal.Rule;
import id.go.pcm.internal.SeenKeys;
import id.go.pcm.internal.Vocabulary;
import id.go.pcm.validation.FaultOrderProperty.Fault;
import id.go.pcm.validation.FaultOrderProperty;
import id.go.pcm.validation.TestRows;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fault order of {@code dissemination.csv}: the first rule of SPEC 1.5's list that a row breaks is its reject. */
class EvidenceRulesPropertyTest {

    private static final String CHANNEL_WORD = "channel is one of " + Vocabulary.of(Channel.class).allowed();
    private static final String SEEN_URL = "https://kemkes.go.id/berita/mbg";

    /**
     * The fault order of dissemination.csv as SPEC 1.5 and 1.7 give it and PCM has always reported it,
     * written out here so that a change of the list's order fails this test.
     */
    private static final List<String> ORDER = List.of(
            FaultOrderProperty.MALFORMED,
            "evidence_id is given", "evidence_id is not repeated in the file",
            "narrative_id is given", "agency_id is given",
            "channel is given", CHANNEL_WORD,
            "published_at is given", "published_at is of the form of bad.timestamp",
            "url has at most 2000 characters", "url is an http or https URL", "url names no user",
            "proof_sha256 matches [0-9A-Fa-f]{64}",
            "reach is a whole number of zero or more", "engagement is a whole number of zero or more",
            "an online channel's evidence has a url", "offline evidence without a url has a proof",
            "narrative_id is an accepted narrative",
            "agency_id is an accepted agency", "agency_id is active in the month",
            "published_at is not after the as-of time", "published_at is not before the narrative's issued_at",
            "the evidence does not repeat an accepted row's link");

    private static List<Rule<EvidenceRules.EvidenceDraft>> rules() {
        return EvidenceRules.rules(Fixtures.MONTH, Fixtures.agencies(), Fixtures.narratives(), new SeenKeys(), new SeenKeys());
    }

    @Test
    void theListIsTheFileFaultOrder() {
        assertEquals(ORDER, rules().stream().map(Rule::name).toList());
    }

    @Test
    void theRejectIsTheFirstRuleInTheListThatARowBreaks() {
        new FaultOrderProperty("dissemination.csv", ORDER)
                .column("evidence_id", "E-1", new Fault(null, "evidence_id is given"),
                        new Fault("E-SEEN", "evidence_id is not repeated in the file"))
                .column("narrative_id", Fixtures.N1, new Fault(null, "narrative_id is given"),
                        new Fault("N-2024-09-999", "narrative_id is an accepted narrative"))
                .column("agency_id", Fixtures.KEMKES, new Fault(null, "agency_id is given"),
                        new Fault("KEMENTERIAN-X", "agency_id is an accepted agency"),
                        new Fault(Fixtures.OLD_MINISTRY, "agency_id is active in the month"))
                .column("channel", "Website", new Fault(null, "channel is given"), new Fault("FAX", CHANNEL_WORD))
                .column("published_at", "2024-09-05T10:00:00+07:00", new Fault(null, "published_at is given"),
                        new Fault("kemarin", "published_at is of the form of bad.timestamp"),
                        new Fault("2024-10-10T00:00:01+07:00", "published_at is not after the as-of time"),
                        new Fault("2024-09-02T08:59:59+07:00", "published_at is not before the narrative's issued_at"))
                .column("url", "https://kemkes.go.id/berita/1",
                        new Fault(null, "an online channel's evidence has a url"),
                        new Fault("https://kemkes.go.id/" + "a".repeat(1990), "url has at most 2000 characters"),
                        new Fault("ftp://kemkes.go.id/a", "url is an http or https URL"),
                        new Fault("https://humas:rahasia@kemkes.go.id/", "url names no user"),
                        new Fault("HTTPS://KEMKES.go.id/berita/mbg/", "the evidence does not repeat an accepted row's link"))
                .column("proof_sha256", null, new Fault("abc", "proof_sha256 matches [0-9A-Fa-f]{64}"))
                .column("reach", "12.500", new Fault("-1", "reach is a whole number of zero or more"))
                .column("engagement", null, new Fault("banyak", "engagement is a whole number of zero or more"))
                .check(rules(), () -> {
                    EvidenceRules rules = new EvidenceRules(Fixtures.MONTH, Fixtures.agencies(), Fixtures.narratives());
                    rules.check(TestRows.row("dissemination.csv", 2, "evidence_id", "E-SEEN", "narrative_id", Fixtures.N1,
                            "agency_id", Fixtures.KEMKES, "channel", "WEBSITE", "published_at", "2024-09-03T10:00:00+07:00",
                            "url", SEEN_URL));
                    return rules::check;
                });
    }
}
