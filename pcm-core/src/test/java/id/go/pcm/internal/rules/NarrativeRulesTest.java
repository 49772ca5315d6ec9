package id.go.pcm.internal.rules;

import id.go.pcm.internal.Checked;
import id.go.pcm.Fixtures;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.narrative.Priority;
import id.go.pcm.narrative.Targets;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.TestRows.TestRow;
import id.go.pcm.validation.TestRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static id.go.pcm.validation.RejectAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NarrativeRulesTest {

    private static final String FILE = "narratives.csv";

    private final NarrativeRules rules = new NarrativeRules(Fixtures.MONTH, Fixtures.agencies(), 72);

    private static TestRow narrative(long line, String id) {
        return TestRows.row(FILE, line,
                "narrative_id", id,
                "title", "Makan Bergizi Gratis untuk Anak Sekolah",
                "program", "makan-bergizi-gratis",
                "issued_at", "2024-09-02T09:00:00+07:00",
                "targets", "ALL");
    }

    private static TestRow narrative(String column, String value) {
        return narrative(2, "N-1").with(column, value);
    }

    private static Narrative accepted(Checked<Narrative> checked) {
        assertTrue(checked.isAccepted(), () -> "rejected: " + checked.reject());
        return checked.value();
    }

    // --- accepted rows ---

    @Test
    void acceptedNarrativeCarriesItsValuesAndDefaults() {
        Narrative narrative = accepted(rules.check(narrative(2, "N-1")));

        assertEquals(new Narrative("N-1", "Makan Bergizi Gratis untuk Anak Sekolah", "makan-bergizi-gratis",
                Instant.parse("2024-09-02T02:00:00Z"), Priority.NORMAL, 72, Targets.ALL), narrative);
    }

    @Test
    void defaultWindowComesFromTheSettings() {
        NarrativeRules rulesWith48 = new NarrativeRules(Fixtures.MONTH, Fixtures.agencies(), 48);

        assertEquals(48, accepted(rulesWith48.check(narrative(2, "N-1"))).dueHours());
    }

    @Test
    void givenWindowOverridesTheDefault() {
        assertEquals(24, accepted(rules.check(narrative("due_hours", "24"))).dueHours());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"NORMAL, NORMAL", "normal, NORMAL", "HIGH, HIGH", "high, HIGH", "TINGGI, HIGH", "tinggi, HIGH",
            "Tinggi, HIGH"})
    void priorityAcceptsNamesAndTinggiInAnyCase(String word, Priority expected) {
        assertEquals(expected, accepted(rules.check(narrative("priority", word))).priority());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"makan-bergizi-gratis", "mbg", "cek-kesehatan-2024", "3-juta-rumah", "-"})
    void programTagOfLowerCaseLettersDigitsAndHyphensIsAccepted(String program) {
        assertEquals(program, accepted(rules.check(narrative("program", program))).program());
    }

    @Test
    void dayFirstIssueTimeIsReadInWib() {
        assertEquals(Instant.parse("2024-09-02T02:00:00Z"),
                accepted(rules.check(narrative("issued_at", "02/09/2024 09:00"))).issuedAt());
    }

    // --- MALFORMED_ROW ---

    @Test
    void malformedRowIsRejectedWithoutId() {
        assertRejected(rules.check(TestRows.malformed(FILE, 6, 9, 7, "narrative_id", "N-1")), FILE, 6, null,
                RejectCode.MALFORMED_ROW, null, "9", "7");
    }

    // --- MISSING_VALUE ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"narrative_id", "title", "program", "issued_at", "targets"})
    void requiredColumnLeftEmptyIsMissing(String column) {
        assertRejected(rules.check(narrative(3, "N-1").with(column, "  ")), FILE, 3,
                column.equals("narrative_id") ? null : "N-1", RejectCode.MISSING_VALUE, column);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"priority", "due_hours"})
    void optionalColumnMayBeEmpty(String column) {
        accepted(rules.check(narrative(column, "")));
    }

    // --- BAD_VALUE ---

    @Test
    void titleOfThreeHundredCharactersIsAccepted() {
        assertEquals(300, accepted(rules.check(narrative("title", "t".repeat(300)))).title().length());
    }

    @Test
    void titleOfThreeHundredCodePointsIsAccepted() {
        String title = "\uD83C\uDF5A".repeat(300); // a rice bowl, outside the BMP
        assertEquals(title, accepted(rules.check(narrative("title", title))).title());
    }

    @Test
    void titleOfThreeHundredAndOneCharactersIsBadValue() {
        assertRejected(rules.check(narrative("title", "t".repeat(301))), FILE, 2, "N-1", RejectCode.BAD_VALUE,
                "title", "title", "301", "300");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Makan-Bergizi-Gratis", "MBG", "makan bergizi gratis", "makan_bergizi_gratis",
            "makan.bergizi", "kesehatan/2024", "énergie"})
    void programTagWithUpperCaseOrOtherCharactersIsBadValue(String program) {
        assertRejected(rules.check(narrative("program", program)), FILE, 2, "N-1", RejectCode.BAD_VALUE,
                "program", "program", program);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2024-09-02", "2/9/2024 9", "kemarin", "2024-09-31T09:00:00"})
    void issueTimeOfTheWrongFormIsBadValue(String value) {
        assertRejected(rules.check(narrative("issued_at", value)), FILE, 2, "N-1", RejectCode.BAD_VALUE,
                "issued_at", "issued_at", value);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"URGENT", "SEDANG", "RENDAH", "LOW", "1"})
    void unknownPriorityIsBadValue(String value) {
        assertRejected(rules.check(narrative("priority", value)), FILE, 2, "N-1", RejectCode.BAD_VALUE,
                "priority", "priority", value, "NORMAL, HIGH");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1", "720", "72", "168"})
    void windowFromOneToSevenHundredTwentyHoursIsAccepted(String hours) {
        assertEquals(Integer.parseInt(hours), accepted(rules.check(narrative("due_hours", hours))).dueHours());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "721", "1.000", "9999999999"})
    void windowOutsideOneToSevenHundredTwentyHoursIsBadValue(String hours) {
        assertRejected(rules.check(narrative("due_hours", hours)), FILE, 2, "N-1", RejectCode.BAD_VALUE,
                "due_hours", "due_hours", "720");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"-1", "72.5", "3 hari", "tiga"})
    void windowThatIsNotAWholeNumberIsBadValue(String hours) {
        assertRejected(rules.check(narrative("due_hours", hours)), FILE, 2, "N-1", RejectCode.BAD_VALUE,
                "due_hours", "due_hours", hours);
    }

    @Test
    void firstMalformedValueInColumnOrderIsTheOneReported() {
        assertRejected(rules.check(narrative(2, "N-1").with("program", "MBG").with("priority", "URGENT")
                        .with("due_hours", "0")),
                FILE, 2, "N-1", RejectCode.BAD_VALUE, "program");
    }

    // --- DUPLICATE_ID ---

    @Test
    void laterRowRepeatingANarrativeIdIsDuplicate() {
        accepted(rules.check(narrative(2, "N-1")));

        assertRejected(rules.check(narrative(3, "N-1")), FILE, 3, "N-1", RejectCode.DUPLICATE_ID, "narrative_id",
                "narrative_id", "N-1");
    }

    @Test
    void repeatOfARejectedNarrativeIsStillDuplicate() {
        rules.check(narrative(2, "N-1").with("issued_at", "2024-08-30T09:00:00+07:00"));

        assertRejected(rules.check(narrative(3, "N-1")), FILE, 3, "N-1", RejectCode.DUPLICATE_ID, "narrative_id");
    }

    @Test
    void narrativeIdsDifferingOnlyInCaseAreDifferent() {
        accepted(rules.check(narrative(2, "n-1")));
        accepted(rules.check(narrative(3, "N-1")));
    }

    // --- WRONG_PERIOD ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-09-01T00:00:00+07:00", "2024-08-31T17:00:00Z", "01/09/2024 00:00",
            "2024-09-30T23:59:59+07:00", "2024-09-30T16:59:59Z", "30/09/2024 23:59:59"})
    void issueTimeInsideTheMonthIsAccepted(String issuedAt) {
        accepted(rules.check(narrative("issued_at", issuedAt)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-08-31T23:59:59+07:00", "2024-08-31T16:59:59Z", "31/08/2024 23:59:59",
            "2024-10-01T00:00:00+07:00", "2024-09-30T17:00:00Z", "01/10/2024 00:00", "2024-10-01T00:00:00"})
    void issueTimeOutsideTheMonthIsWrongPeriod(String issuedAt) {
        assertRejected(rules.check(narrative("issued_at", issuedAt)), FILE, 2, "N-1", RejectCode.WRONG_PERIOD,
                "issued_at", "issued_at", "2024-09");
    }

    // --- FUTURE ---

    @Test
    void issueTimeAtTheAsOfTimeIsAccepted() {
        NarrativeRules midMonth = new NarrativeRules(Fixtures.monthAsOf("2024-09-15T12:00:00+07:00"),
                Fixtures.agencies(), 72);

        accepted(midMonth.check(narrative("issued_at", "2024-09-15T12:00:00+07:00")));
    }

    @Test
    void issueTimeOneSecondAfterAsOfIsFuture() {
        NarrativeRules midMonth = new NarrativeRules(Fixtures.monthAsOf("2024-09-15T12:00:00+07:00"),
                Fixtures.agencies(), 72);

        assertRejected(midMonth.check(narrative("issued_at", "2024-09-15T12:00:01+07:00")), FILE, 2, "N-1",
                RejectCode.FUTURE, "issued_at", "issued_at", "2024-09-15T12:00:01+07:00");
    }

    @Test
    void issueTimeAfterAsOfAndOutsideTheMonthIsFuture() {
        EvaluationMonth midMonth = Fixtures.monthAsOf("2024-09-15T12:00:00+07:00");

        assertRejected(new NarrativeRules(midMonth, Fixtures.agencies(), 72)
                        .check(narrative("issued_at", "2024-10-05T09:00:00+07:00")),
                FILE, 2, "N-1", RejectCode.FUTURE, "issued_at");
    }

    @Test
    void issueTimeAfterTheDefaultAsOfIsFuture() {
        assertRejected(rules.check(narrative("issued_at", "2024-10-10T00:00:01+07:00")), FILE, 2, "N-1",
                RejectCode.FUTURE, "issued_at");
    }
}
