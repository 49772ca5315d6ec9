package id.go.pcm.internal;

import id.go.pcm.Fixtures;
import id.go.pcm.dissemination.EvidenceUrl;
import id.go.pcm.internal.RuleTesting.TestDraft;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.TestRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import static id.go.pcm.internal.RuleTesting.FILE;
import static id.go.pcm.internal.RuleTesting.accepted;
import static id.go.pcm.internal.RuleTesting.check;
import static id.go.pcm.internal.RuleTesting.checkRow;
import static id.go.pcm.internal.RuleTesting.rejected;
import static id.go.pcm.validation.RejectAssertions.assertReject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule that several files share, tested once here; the files' tests show each in its place. */
class SharedRulesTest {

    private static final EvaluationMonth SEPTEMBER =
            new EvaluationMonth(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+07:00"));

    private static Checked<TestDraft> id(SeenKeys seen, String... columnsValues) {
        return check(null, TestRows.row(FILE, 7, columnsValues), SharedRules.wellFormed(), ValueRules.present("id"),
                SharedRules.uniqueId("id", seen));
    }

    @SafeVarargs
    private static Checked<TestDraft> at(Rule<TestDraft>... rules) {
        return check("R", TestRows.row(FILE, 7), rules);
    }

    private static Rule<TestDraft> notFuture(String instant) {
        return SharedRules.notFuture("at", SEPTEMBER, d -> Instant.parse(instant));
    }

    private static Rule<TestDraft> insideMonth(String instant) {
        return SharedRules.insideMonth("at", SEPTEMBER, d -> Instant.parse(instant));
    }

    // --- whole row ---

    @Test
    void malformedRowIsFaultyFromTheStartAndHasNoReadableId() {
        Checked<TestDraft> checked = check(null, TestRows.malformed(FILE, 12, 3, 8, "id", "X-1", "name", "Budi"),
                SharedRules.wellFormed(), ValueRules.present("id"), SharedRules.uniqueId("id", new SeenKeys()));

        assertReject(rejected(checked), FILE, 12, null, RejectCode.MALFORMED_ROW, null, "3", "8");
    }

    @Test
    void malformedRowDoesNotMarkItsIdAsSeen() {
        SeenKeys seen = new SeenKeys();
        check(null, TestRows.malformed(FILE, 2, 3, 8, "id", "X-1"), SharedRules.wellFormed(), ValueRules.present("id"),
                SharedRules.uniqueId("id", seen));

        Checked<TestDraft> next = id(seen, "id", "X-1");
        assertTrue(next.isAccepted());
        assertEquals("X-1", next.value().id());
    }

    // --- ids ---

    @Test
    void idIsRequired() {
        assertReject(rejected(id(new SeenKeys(), "name", "x")), FILE, 7, null, RejectCode.MISSING_VALUE, "id");
    }

    @Test
    void repeatedIdIsDuplicateAndStillReturned() {
        SeenKeys seen = new SeenKeys();
        id(seen, "id", "R-1");

        assertReject(rejected(id(seen, "id", "R-1")), FILE, 7, "R-1", RejectCode.DUPLICATE_ID, "id", "id", "R-1");
    }

    @Test
    void idsDifferingOnlyInCaseAreDifferentIds() {
        SeenKeys seen = new SeenKeys();
        id(seen, "id", "a");

        assertTrue(id(seen, "id", "A").isAccepted());
    }

    @Test
    void idIsTrimmedBeforeComparing() {
        SeenKeys seen = new SeenKeys();
        id(seen, "id", "R-1");
        Reject reject = rejected(id(seen, "id", "  R-1 "));

        assertEquals("R-1", reject.recordId());
        assertEquals(RejectCode.DUPLICATE_ID, reject.code());
    }

    // --- agencies ---

    @Test
    void agencyNotAcceptedIsUnknown() {
        Reject reject = rejected(checkRow(List.of("agency_id", "KEMENTERIAN-X"),
                SharedRules.knownAgency(Fixtures.agencies(), d -> d.value("agency_id"))));

        assertReject(reject, FILE, 7, "R", RejectCode.UNKNOWN_AGENCY, "agency_id", "KEMENTERIAN-X");
    }

    @Test
    void acceptedAgencyIsKnownAndIdsAreCaseSensitive() {
        assertTrue(checkRow(List.of("agency_id", Fixtures.KEMKES),
                SharedRules.knownAgency(Fixtures.agencies(), d -> d.value("agency_id"))).isAccepted());
        assertEquals(RejectCode.UNKNOWN_AGENCY, rejected(checkRow(List.of("agency_id", "kemkes"),
                SharedRules.knownAgency(Fixtures.agencies(), d -> d.value("agency_id")))).code());
    }

    @Test
    void agencyNotActiveInTheMonthIsInactive() {
        Rule<TestDraft> active = SharedRules.activeAgency(Fixtures.agencies(), d -> d.value("agency_id"));

        assertReject(rejected(checkRow(List.of("agency_id", Fixtures.OLD_MINISTRY), active)), FILE, 7, "R",
                RejectCode.INACTIVE_AGENCY, "agency_id", Fixtures.OLD_MINISTRY, "2024-09");
        assertTrue(checkRow(List.of("agency_id", Fixtures.KEMKES), active).isAccepted());
    }

    // --- narratives ---

    @Test
    void narrativeNotAcceptedIsUnknownAndAKnownOneIsKept() {
        Rule<TestDraft> known = SharedRules.knownNarrative(Fixtures.narratives(), d -> d.value("narrative_id"),
                (d, narrative) -> d.value = narrative);

        assertReject(rejected(checkRow(List.of("narrative_id", "N-X"), known)), FILE, 7, "R",
                RejectCode.UNKNOWN_NARRATIVE, "narrative_id", "N-X");
        assertEquals(Fixtures.N1_ISSUED, ((id.go.pcm.narrative.Narrative) accepted(
                checkRow(List.of("narrative_id", Fixtures.N1), known))).issuedAt());
        assertNull(accepted(checkRow(List.of(), known)), "no narrative named, none to know");
    }

    // --- links ---

    private static Checked<TestDraft> link(String url) {
        return check("M-1", TestRows.row("media.csv", 4, "url", url), links());
    }

    private static EvidenceUrl linkOf(Checked<TestDraft> checked) {
        Object reading = accepted(checked);
        return reading == null ? null : ((EvidenceUrl.Reading) reading).url();
    }

    @Test
    void readingAnEmptyColumnGivesNoLinkAndNoFault() {
        assertNull(linkOf(link(" ")));
    }

    @Test
    void readingAnAcceptableLinkGivesItsNormalForm() {
        assertEquals(new EvidenceUrl("HTTPS://Kemkes.go.id/berita/", "https://kemkes.go.id/berita"),
                linkOf(link(" HTTPS://Kemkes.go.id/berita/ ")));
    }

    @Test
    void readingALinkThatIsNotHttpIsBadValue() {
        assertReject(rejected(link("ftp://kemkes.go.id/x")), "media.csv", 4, "M-1", RejectCode.BAD_VALUE, "url", "url",
                "ftp://kemkes.go.id/x");
    }

    @Test
    void readingALinkWithUserInfoIsBadValue() {
        assertReject(rejected(link("https://humas:rahasia@kemkes.go.id/")), "media.csv", 4, "M-1", RejectCode.BAD_VALUE, "url");
    }

    @Test
    void readingATooLongLinkIsBadValueNamingTheLength() {
        String url = "https://kemkes.go.id/" + "a".repeat(2001 - "https://kemkes.go.id/".length());
        Reject reject = assertReject(rejected(link(url)), "media.csv", 4, "M-1", RejectCode.BAD_VALUE, "url");
        // numbers are written as each language writes them
        assertTrue(reject.messageId().contains("2.001"), reject.messageId());
        assertTrue(reject.messageEn().contains("2,001"), reject.messageEn());
    }

    @SuppressWarnings("unchecked")
    private static Rule<TestDraft>[] links() {
        return new Rule[] {
                SharedRules.<TestDraft>linkLength("url", (d, reading) -> d.value = reading),
                SharedRules.<TestDraft>linkHttp("url", d -> (EvidenceUrl.Reading) d.value),
                SharedRules.<TestDraft>linkWithoutUserInfo("url", d -> (EvidenceUrl.Reading) d.value)};
    }

    // --- time rules ---

    @Test
    void timestampEqualToAsOfIsNotFuture() {
        assertTrue(at(notFuture("2024-10-09T17:00:00Z")).isAccepted());
    }

    @Test
    void timestampOneSecondAfterAsOfIsFuture() {
        Reject reject = assertReject(rejected(at(notFuture("2024-10-09T17:00:01Z"))), FILE, 7, "R",
                RejectCode.FUTURE, "at", "at");
        // instants are shown in WIB, the clock clerks read
        assertTrue(reject.messageEn().contains("2024-10-10T00:00:01+07:00"), reject.messageEn());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-08-31T17:00:00Z", "2024-09-15T12:00:00Z", "2024-09-30T16:59:59Z"})
    void instantsInsideTheMonthPassTheMonthRule(String instant) {
        assertTrue(at(notFuture(instant), insideMonth(instant)).isAccepted());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-08-31T16:59:59Z", "2024-09-30T17:00:00Z", "2024-01-15T00:00:00Z"})
    void instantsOutsideTheMonthAreWrongPeriod(String instant) {
        assertReject(rejected(at(notFuture(instant), insideMonth(instant))), FILE, 7, "R",
                RejectCode.WRONG_PERIOD, "at", "at", "2024-09");
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @org.junit.jupiter.params.provider.CsvSource({"2024-08-31T16:59:59Z, 2024-08", "2024-09-30T17:00:00Z, 2024-10",
            "2024-01-15T00:00:00Z, 2024-01"})
    void wrongPeriodRejectCarriesTheMonthOfTheTimestampInWib(String instant, String month) {
        assertEquals(YearMonth.parse(month), rejected(at(notFuture(instant), insideMonth(instant))).rowMonth());
    }

    @Test
    void otherRejectsCarryNoMonth() {
        assertNull(rejected(at(notFuture("2024-11-01T00:00:00Z"))).rowMonth());
    }

    @Test
    void instantAfterAsOfAndOutsideTheMonthIsFuture() {
        assertEquals(RejectCode.FUTURE, rejected(at(notFuture("2024-11-01T00:00:00Z"),
                insideMonth("2024-11-01T00:00:00Z"))).code());
    }
}
