package id.go.pcm.internal.rules;

import id.go.pcm.internal.Checked;
import id.go.pcm.Fixtures;
import id.go.pcm.dissemination.Channel;
import id.go.pcm.dissemination.DisseminationEvidence;
import id.go.pcm.dissemination.EvidenceUrl;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.TestRows.TestRow;
import id.go.pcm.validation.TestRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static id.go.pcm.Fixtures.BANDUNG;
import static id.go.pcm.Fixtures.BRIN;
import static id.go.pcm.Fixtures.KEMKES;
import static id.go.pcm.Fixtures.N1;
import static id.go.pcm.Fixtures.N2;
import static id.go.pcm.Fixtures.OLD_MINISTRY;
import static id.go.pcm.validation.RejectAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceRulesTest {

    private static final String FILE = "dissemination.csv";
    private static final String LINK = "https://kemkes.go.id/berita/mbg";
    private static final String HASH = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    private final EvidenceRules rules = new EvidenceRules(Fixtures.MONTH, Fixtures.agencies(), Fixtures.narratives());

    private static TestRow evidence(long line, String id) {
        return TestRows.row(FILE, line,
                "evidence_id", id,
                "narrative_id", N1,
                "agency_id", KEMKES,
                "channel", "WEBSITE",
                "published_at", "2024-09-03T10:00:00+07:00",
                "url", LINK,
                "reach", "1.000",
                "engagement", "50");
    }

    private static TestRow evidence(String column, String value) {
        return evidence(2, "E-1").with(column, value);
    }

    private static TestRow offline(long line, String id) {
        return evidence(line, id).with("channel", "OUTDOOR").without("url").with("proof_sha256", HASH);
    }

    private static DisseminationEvidence accepted(Checked<DisseminationEvidence> checked) {
        assertTrue(checked.isAccepted(), () -> "rejected: " + checked.reject());
        return checked.value();
    }

    // --- accepted rows ---

    @Test
    void acceptedEvidenceCarriesItsValues() {
        DisseminationEvidence evidence = accepted(rules.check(evidence(2, "E-1")));

        assertEquals(new DisseminationEvidence("E-1", N1, KEMKES, Channel.WEBSITE,
                Instant.parse("2024-09-03T03:00:00Z"), EvidenceUrl.of(LINK), null, 1000L, 50L), evidence);
    }

    @Test
    void reachAndEngagementMayBeEmpty() {
        DisseminationEvidence evidence = accepted(rules.check(evidence(2, "E-1").without("reach").without("engagement")));

        assertNull(evidence.reach());
        assertNull(evidence.engagement());
    }

    @Test
    void offlineEvidenceProvenByHashIsAcceptedAndTheHashStoredInLowerCase() {
        DisseminationEvidence evidence = accepted(rules.check(offline(2, "E-1")));

        assertEquals(Channel.OUTDOOR, evidence.channel());
        assertNull(evidence.url());
        assertEquals(HASH.toLowerCase(java.util.Locale.ROOT), evidence.proofSha256());
    }

    @Test
    void offlineEvidenceWithALinkOnlyIsAccepted() {
        DisseminationEvidence evidence = accepted(rules.check(evidence("channel", "RADIO")));

        assertEquals(LINK, evidence.url().text());
        assertNull(evidence.proofSha256());
    }

    @Test
    void onlineEvidenceMayAlsoCarryAProofHash() {
        assertEquals(HASH.toLowerCase(java.util.Locale.ROOT),
                accepted(rules.check(evidence("proof_sha256", HASH))).proofSha256());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"website, WEBSITE", "Instagram, INSTAGRAM", "x, X", "TikTok, TIKTOK", "whatsapp, WHATSAPP",
            "BALIHO, OUTDOOR", "spanduk, OUTDOOR", "Umbul-Umbul, OUTDOOR", "outdoor, OUTDOOR", "tv, TV",
            "Event, EVENT", "print, PRINT", "youtube, YOUTUBE", "FACEBOOK, FACEBOOK", "radio, RADIO"})
    void channelIsReadInAnyCaseWithOutdoorSynonyms(String word, Channel expected) {
        assertEquals(expected, accepted(rules.check(evidence("channel", word))).channel());
    }

    @Test
    void evidenceFromAnActiveAgencyTheNarrativeDidNotTargetIsAccepted() {
        // N2 targets cities only
        accepted(rules.check(evidence(2, "E-1").with("narrative_id", N2).with("agency_id", BRIN)
                .with("published_at", "2024-09-11T08:00:00+07:00")));
    }

    @Test
    void evidencePublishedAfterTheMonthButBeforeAsOfIsAccepted() {
        accepted(rules.check(evidence("published_at", "2024-10-05T08:00:00+07:00")));
    }

    // --- MALFORMED_ROW ---

    @Test
    void malformedRowIsRejectedWithoutId() {
        assertRejected(rules.check(TestRows.malformed(FILE, 5, 10, 9, "evidence_id", "E-1")), FILE, 5, null,
                RejectCode.MALFORMED_ROW, null, "10", "9");
    }

    // --- MISSING_VALUE ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"evidence_id", "narrative_id", "agency_id", "channel", "published_at"})
    void requiredColumnLeftEmptyIsMissing(String column) {
        assertRejected(rules.check(evidence(7, "E-1").without(column)), FILE, 7,
                column.equals("evidence_id") ? null : "E-1", RejectCode.MISSING_VALUE, column);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Channel.class, names = {"WEBSITE", "INSTAGRAM", "X", "FACEBOOK", "YOUTUBE", "TIKTOK"})
    void onlineEvidenceWithoutALinkIsMissingEvenWithAProofHash(Channel channel) {
        assertRejected(rules.check(evidence(3, "E-1").with("channel", channel.name()).without("url")
                        .with("proof_sha256", HASH)),
                FILE, 3, "E-1", RejectCode.MISSING_VALUE, "url", "url", channel.name());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Channel.class, names = {"WHATSAPP", "OUTDOOR", "PRINT", "RADIO", "TV", "EVENT"})
    void offlineEvidenceWithNeitherLinkNorHashIsMissingItsProof(Channel channel) {
        assertRejected(rules.check(evidence(3, "E-1").with("channel", channel.name()).without("url")),
                FILE, 3, "E-1", RejectCode.MISSING_VALUE, "proof_sha256", "proof_sha256", "url", channel.name());
    }

    // --- BAD_VALUE ---

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"TWITTER", "SMS", "BILLBOARD", "WEB", "OUT-DOOR"})
    void unknownChannelIsBadValue(String word) {
        assertRejected(rules.check(evidence("channel", word)), FILE, 2, "E-1", RejectCode.BAD_VALUE, "channel",
                "channel", word, "OUTDOOR");
    }

    @Test
    void theMessageOfAnUnknownChannelNamesEveryChannel() {
        Reject reject = rules.check(evidence("channel", "TWITTER")).reject();
        for (Channel channel : Channel.values()) {
            assertTrue(reject.messageEn().contains(channel.name()), channel + " in " + reject.messageEn());
            assertTrue(reject.messageId().contains(channel.name()), channel + " in " + reject.messageId());
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2024-09-03", "3 September 2024", "2024-09-03T24:01:00"})
    void publicationTimeOfTheWrongFormIsBadValue(String value) {
        assertRejected(rules.check(evidence("published_at", value)), FILE, 2, "E-1", RejectCode.BAD_VALUE,
                "published_at", "published_at", value);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"/berita/mbg", "kemkes.go.id/berita", "ftp://kemkes.go.id/bukti.jpg",
            "javascript:alert(1)", "mailto:humas@kemkes.go.id"})
    void linkThatIsNotAbsoluteHttpIsBadValue(String link) {
        assertRejected(rules.check(evidence("url", link)), FILE, 2, "E-1", RejectCode.BAD_VALUE, "url", "url", link);
    }

    @Test
    void linkWithUserInfoIsBadValue() {
        assertRejected(rules.check(evidence("url", "https://humas:rahasia@kemkes.go.id/berita")), FILE, 2, "E-1",
                RejectCode.BAD_VALUE, "url");
    }

    @Test
    void linkOverTwoThousandCharactersIsBadValue() {
        String link = "https://kemkes.go.id/" + "a".repeat(2001 - 21);

        assertEquals(2001, link.length());
        assertRejected(rules.check(evidence("url", link)), FILE, 2, "E-1", RejectCode.BAD_VALUE, "url");
    }

    @Test
    void linkOfExactlyTwoThousandCharactersIsAccepted() {
        String link = "https://kemkes.go.id/" + "a".repeat(2000 - 21);

        assertEquals(link, accepted(rules.check(evidence("url", link))).url().text());
    }

    @Test
    void linkOnAnOfflineChannelIsCheckedToo() {
        assertRejected(rules.check(offline(2, "E-1").with("url", "www.kemkes.go.id/baliho")), FILE, 2, "E-1",
                RejectCode.BAD_VALUE, "url", "url", "www.kemkes.go.id/baliho");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A0",     // 63 digits
            "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A080",   // 65 digits
            "9G86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",    // not hex
            "9F86D081 884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",   // a space
            "sha256:9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
            "foto-baliho.jpg"})
    void proofThatIsNotSixtyFourHexDigitsIsBadValue(String proof) {
        assertRejected(rules.check(offline(2, "E-1").with("proof_sha256", proof)), FILE, 2, "E-1",
                RejectCode.BAD_VALUE, "proof_sha256", "proof_sha256", proof);
    }

    @Test
    void proofIsCheckedEvenWhenALinkIsGiven() {
        assertRejected(rules.check(evidence("proof_sha256", "bukan-hash")), FILE, 2, "E-1",
                RejectCode.BAD_VALUE, "proof_sha256");
    }

    @ParameterizedTest(name = "{0}=\"{1}\"")
    @CsvSource({"reach, -1", "reach, 1.5", "reach, 10rb", "engagement, 12.50", "engagement, '1,000'",
            "engagement, banyak"})
    void reachAndEngagementThatAreNotWholeNumbersAreBadValue(String column, String value) {
        assertRejected(rules.check(evidence(column, value)), FILE, 2, "E-1", RejectCode.BAD_VALUE, column,
                column, value);
    }

    // --- DUPLICATE_ID ---

    @Test
    void laterRowRepeatingAnEvidenceIdIsDuplicate() {
        accepted(rules.check(evidence(2, "E-1")));

        assertRejected(rules.check(evidence(3, "E-1").with("url", LINK + "/lain")), FILE, 3, "E-1",
                RejectCode.DUPLICATE_ID, "evidence_id", "evidence_id", "E-1");
    }

    @Test
    void repeatOfARejectedEvidenceIdIsStillDuplicate() {
        rules.check(evidence(2, "E-1").with("agency_id", "NOBODY"));

        assertRejected(rules.check(evidence(3, "E-1")), FILE, 3, "E-1", RejectCode.DUPLICATE_ID, "evidence_id");
    }

    @Test
    void evidenceIdsDifferingOnlyInCaseAreDifferent() {
        accepted(rules.check(offline(2, "e-1")));
        accepted(rules.check(offline(3, "E-1")));
    }

    // --- UNKNOWN_NARRATIVE ---

    @Test
    void narrativeNotAcceptedIsUnknown() {
        assertRejected(rules.check(evidence("narrative_id", "N-2024-09-999")), FILE, 2, "E-1",
                RejectCode.UNKNOWN_NARRATIVE, "narrative_id", "narrative_id", "N-2024-09-999");
    }

    @Test
    void narrativeIdIsCaseSensitive() {
        assertRejected(rules.check(evidence("narrative_id", N1.toLowerCase(java.util.Locale.ROOT))), FILE, 2, "E-1",
                RejectCode.UNKNOWN_NARRATIVE, "narrative_id");
    }

    @Test
    void narrativeWhoseRowWasRejectedIsUnknown() {
        EvidenceRules withoutNarratives = new EvidenceRules(Fixtures.MONTH, Fixtures.agencies(),
                new NarrativeRegistry(List.of()));

        assertRejected(withoutNarratives.check(evidence(2, "E-1")), FILE, 2, "E-1",
                RejectCode.UNKNOWN_NARRATIVE, "narrative_id", N1);
    }

    // --- UNKNOWN_AGENCY / INACTIVE_AGENCY ---

    @Test
    void agencyNotInTheRegistryIsUnknown() {
        assertRejected(rules.check(evidence("agency_id", "DINKES-X")), FILE, 2, "E-1", RejectCode.UNKNOWN_AGENCY,
                "agency_id", "agency_id", "DINKES-X");
    }

    @Test
    void agencyIdIsCaseSensitive() {
        assertRejected(rules.check(evidence("agency_id", "Kemkes")), FILE, 2, "E-1", RejectCode.UNKNOWN_AGENCY,
                "agency_id", "Kemkes");
    }

    @Test
    void acceptedAgencyNotActiveInTheMonthIsInactive() {
        assertRejected(rules.check(evidence("agency_id", OLD_MINISTRY)), FILE, 2, "E-1", RejectCode.INACTIVE_AGENCY,
                "agency_id", OLD_MINISTRY, "2024-09");
    }

    @Test
    void agencyWhoseRowWasRejectedIsUnknown() {
        AgencyCheck agencies = AgencyCheck.of(Fixtures.SEPTEMBER,
                TestRows.row("agencies.csv", 2, "agency_id", KEMKES, "name", "Kemenkes", "type", "KEMENTERIAN"),
                TestRows.row("agencies.csv", 3, "agency_id", BANDUNG, "name", "Kota Bandung", "type", "KOTA",
                "parent_id", "PROV-JABAR", "region_code", "32.73"));
        EvidenceRules cascade = new EvidenceRules(Fixtures.MONTH, agencies.registry(), Fixtures.narratives());

        assertEquals(RejectCode.BAD_PARENT, agencies.rejects().get(0).code());
        accepted(cascade.check(evidence(2, "E-1")));
        assertRejected(cascade.check(evidence(3, "E-2").with("agency_id", BANDUNG)), FILE, 3, "E-2",
                RejectCode.UNKNOWN_AGENCY, "agency_id", BANDUNG);
    }

    // --- BEFORE_ISSUE ---

    @Test
    void evidencePublishedExactlyAtIssueIsAccepted() {
        accepted(rules.check(evidence("published_at", "2024-09-02T09:00:00+07:00")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-09-02T08:59:59+07:00", "2024-09-02T01:59:59Z", "02/09/2024 08:59:59",
            "2024-08-31T10:00:00+07:00"})
    void evidencePublishedBeforeIssueIsBeforeIssue(String publishedAt) {
        assertRejected(rules.check(evidence("published_at", publishedAt)), FILE, 2, "E-1", RejectCode.BEFORE_ISSUE,
                "published_at", "published_at", N1);
    }

    // --- FUTURE ---

    @Test
    void evidencePublishedAtTheAsOfTimeIsAccepted() {
        accepted(rules.check(evidence("published_at", "2024-10-10T00:00:00+07:00")));
    }

    @Test
    void evidencePublishedOneSecondAfterAsOfIsFuture() {
        assertRejected(rules.check(evidence("published_at", "2024-10-10T00:00:01+07:00")), FILE, 2, "E-1",
                RejectCode.FUTURE, "published_at", "published_at", "2024-10-10T00:00:01+07:00");
    }

    // --- DUPLICATE_EVIDENCE ---

    @Test
    void sameNarrativeAgencyChannelAndLinkIsDuplicateEvidence() {
        accepted(rules.check(evidence(2, "E-1")));

        assertRejected(rules.check(evidence(3, "E-2")), FILE, 3, "E-2", RejectCode.DUPLICATE_EVIDENCE, "url",
                N1, KEMKES, "WEBSITE");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HTTPS://KEMKES.GO.ID/berita/mbg", "https://kemkes.go.id/berita/mbg/",
            "https://kemkes.go.id/berita/mbg#foto", "Https://Kemkes.Go.Id/berita/mbg/#atas"})
    void linksEqualAfterNormalisingAreDuplicateEvidence(String link) {
        accepted(rules.check(evidence(2, "E-1")));

        assertRejected(rules.check(evidence(3, "E-2").with("url", link)), FILE, 3, "E-2",
                RejectCode.DUPLICATE_EVIDENCE, "url", N1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://kemkes.go.id/Berita/mbg", "https://kemkes.go.id/berita/MBG",
            "https://kemkes.go.id/berita/mbg?hal=2", "https://kemkes.go.id/berita/mbg//",
            "http://kemkes.go.id/berita/mbg", "https://www.kemkes.go.id/berita/mbg"})
    void linksThatDifferAfterNormalisingAreNotDuplicates(String link) {
        accepted(rules.check(evidence(2, "E-1")));

        accepted(rules.check(evidence(3, "E-2").with("url", link)));
    }

    @Test
    void queriesThatDifferAreNotDuplicates() {
        accepted(rules.check(evidence(2, "E-1").with("url", LINK + "?id=1")));

        accepted(rules.check(evidence(3, "E-2").with("url", LINK + "?id=2")));
        assertRejected(rules.check(evidence(4, "E-3").with("url", LINK + "?id=1#x")), FILE, 4, "E-3",
                RejectCode.DUPLICATE_EVIDENCE, "url", N1);
    }

    @Test
    void sameLinkOnAnotherChannelIsNotDuplicate() {
        accepted(rules.check(evidence(2, "E-1")));

        accepted(rules.check(evidence(3, "E-2").with("channel", "FACEBOOK")));
    }

    @Test
    void sameLinkFromAnotherAgencyIsNotDuplicate() {
        accepted(rules.check(evidence(2, "E-1")));

        accepted(rules.check(evidence(3, "E-2").with("agency_id", BRIN)));
    }

    @Test
    void sameLinkForAnotherNarrativeIsNotDuplicate() {
        accepted(rules.check(evidence(2, "E-1")));

        accepted(rules.check(evidence(3, "E-2").with("narrative_id", N2)
                .with("published_at", "2024-09-11T08:00:00+07:00")));
    }

    @Test
    void repeatOfARejectedRowIsNotDuplicateEvidence() {
        assertRejected(rules.check(evidence(2, "E-1").with("published_at", "2024-09-01T10:00:00+07:00")), FILE, 2,
                "E-1", RejectCode.BEFORE_ISSUE, "published_at");

        accepted(rules.check(evidence(3, "E-2")));
        assertRejected(rules.check(evidence(4, "E-3")), FILE, 4, "E-3", RejectCode.DUPLICATE_EVIDENCE, "url", N1);
    }

    @Test
    void outdoorSynonymsAreTheSameChannelForDuplicates() {
        accepted(rules.check(evidence(2, "E-1").with("channel", "BALIHO")));

        assertRejected(rules.check(evidence(3, "E-2").with("channel", "spanduk")), FILE, 3, "E-2",
                RejectCode.DUPLICATE_EVIDENCE, "url", "OUTDOOR");
    }

    @Test
    void offlineEvidenceProvenByHashIsNeverDuplicate() {
        accepted(rules.check(offline(2, "E-1")));

        accepted(rules.check(offline(3, "E-2")));
        accepted(rules.check(offline(4, "E-3").with("proof_sha256", HASH.toLowerCase(java.util.Locale.ROOT))));
    }

    @Test
    void offlineEvidenceWithARepeatedLinkIsDuplicate() {
        accepted(rules.check(offline(2, "E-1").with("url", LINK)));

        assertRejected(rules.check(offline(3, "E-2").with("url", LINK + "/")), FILE, 3, "E-2",
                RejectCode.DUPLICATE_EVIDENCE, "url", N1);
    }

    // --- order of faults ---

    @Test
    void malformedValueIsReportedBeforeAnUnknownNarrativeOrAgency() {
        assertRejected(rules.check(evidence(2, "E-1").with("narrative_id", "X").with("agency_id", "Y")
                        .with("reach", "-3")),
                FILE, 2, "E-1", RejectCode.BAD_VALUE, "reach");
    }

    @Test
    void unknownNarrativeIsReportedBeforeAnUnknownAgency() {
        assertRejected(rules.check(evidence(2, "E-1").with("narrative_id", "X").with("agency_id", "Y")),
                FILE, 2, "E-1", RejectCode.UNKNOWN_NARRATIVE, "narrative_id");
    }
}
