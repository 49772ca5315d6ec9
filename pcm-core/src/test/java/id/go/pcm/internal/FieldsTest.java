package id.go.pcm.internal;

import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.TestRows;
import id.go.pcm.month.EvaluationMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static id.go.pcm.validation.RejectAssertions.assertReject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldsTest {

    private static final String FILE = "test.csv";
    private static final EvaluationMonth SEPTEMBER =
            new EvaluationMonth(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+07:00"));

    private enum Colour { RED, GREEN }

    private static final Vocabulary<Colour> COLOURS =
            Vocabulary.of(Colour.class, c -> c == Colour.RED ? List.of("MERAH") : List.of());

    private static Fields fields(String... columnsValues) {
        return new Fields(TestRows.row(FILE, 7, columnsValues));
    }

    private static Reject rejectOf(Fields f, String id) {
        assertFalse(f.ok(), "expected a fault");
        return f.reject(id);
    }

    // --- whole row ---

    @Test
    void malformedRowIsFaultyFromTheStartAndHasNoReadableId() {
        Fields f = new Fields(TestRows.malformed(FILE, 12, 3, 8, "id", "X-1", "name", "Budi"));

        assertNull(f.id("id", new SeenKeys()));
        assertNull(f.text("name", 10));
        assertReject(rejectOf(f, null), FILE, 12, null, RejectCode.MALFORMED_ROW, null, "3", "8");
    }

    @Test
    void malformedRowDoesNotMarkItsIdAsSeen() {
        SeenKeys seen = new SeenKeys();
        new Fields(TestRows.malformed(FILE, 2, 3, 8, "id", "X-1")).id("id", seen);

        Fields next = fields("id", "X-1");
        assertEquals("X-1", next.id("id", seen));
        assertTrue(next.ok());
    }

    @Test
    void rowWithoutFaultHasNoReject() {
        Fields f = fields("id", "X-1");
        f.id("id", new SeenKeys());

        assertTrue(f.ok());
        assertNull(f.fault());
        assertThrows(IllegalStateException.class, () -> f.reject("X-1"));
    }

    @Test
    void firstFaultIsKeptAndLaterReadsReturnNull() {
        Fields f = fields("count", "abc", "flag", "maybe");

        assertNull(f.count("count"));
        assertNull(f.bool("flag"));
        assertReject(rejectOf(f, "R"), FILE, 7, "R", RejectCode.BAD_VALUE, "count", "count", "abc");
    }

    @Test
    void readsAfterAFaultSkipTheirChecks() {
        Fields f = fields("flag", "ya");
        f.fail(RejectCode.UNKNOWN_AGENCY, "agency_id", "unknown.agency", "X");

        assertNull(f.bool("flag"));
        assertNull(f.required("missing_column"));
        assertEquals(RejectCode.UNKNOWN_AGENCY, f.fault().code());
    }

    @Test
    void laterFailDoesNotReplaceTheFirst() {
        Fields f = fields();
        f.fail(RejectCode.BAD_VALUE, "a", "missing", "a");
        f.fail(RejectCode.FUTURE, "b", "missing", "b");

        assertEquals(RejectCode.BAD_VALUE, f.fault().code());
        assertEquals("a", f.fault().column());
    }

    // --- ids ---

    @Test
    void idIsRequired() {
        Fields f = fields("name", "x");

        assertNull(f.id("id", new SeenKeys()));
        assertReject(rejectOf(f, null), FILE, 7, null, RejectCode.MISSING_VALUE, "id");
    }

    @Test
    void repeatedIdIsDuplicateAndStillReturned() {
        SeenKeys seen = new SeenKeys();
        fields("id", "R-1").id("id", seen);
        Fields f = fields("id", "R-1");

        assertEquals("R-1", f.id("id", seen));
        assertReject(rejectOf(f, "R-1"), FILE, 7, "R-1", RejectCode.DUPLICATE_ID, "id", "id", "R-1");
    }

    @Test
    void idsDifferingOnlyInCaseAreDifferentIds() {
        SeenKeys seen = new SeenKeys();
        fields("id", "a").id("id", seen);
        Fields f = fields("id", "A");

        f.id("id", seen);
        assertTrue(f.ok());
    }

    @Test
    void idIsTrimmedBeforeComparing() {
        SeenKeys seen = new SeenKeys();
        fields("id", "R-1").id("id", seen);
        Fields f = fields("id", "  R-1 ");

        assertEquals("R-1", f.id("id", seen));
        assertEquals(RejectCode.DUPLICATE_ID, f.fault().code());
    }

    // --- required and optional ---

    @Test
    void emptyRequiredValueIsMissing() {
        Fields f = fields("name", "   ");

        assertNull(f.text("name", 10));
        assertReject(rejectOf(f, "R"), FILE, 7, "R", RejectCode.MISSING_VALUE, "name");
    }

    @Test
    void emptyOptionalValuesAreAbsentWithoutFault() {
        Fields f = fields("reach", "", "when", " ");

        assertNull(f.optionalCount("reach"));
        assertNull(f.optionalDate("when"));
        assertNull(f.optionalText("note", 5));
        assertNull(f.optionalWord("colour", COLOURS));
        assertNull(f.optionalMatching("tag", java.util.regex.Pattern.compile("[a-z]+"), "bad.program"));
        assertTrue(f.ok());
    }

    // --- texts ---

    @Test
    void textAtItsBoundIsAccepted() {
        Fields f = fields("name", "x".repeat(200));

        assertEquals(200, f.text("name", 200).length());
        assertTrue(f.ok());
    }

    @Test
    void textOneOverItsBoundIsBadValue() {
        Fields f = fields("name", "x".repeat(201));

        assertNull(f.text("name", 200));
        assertReject(rejectOf(f, "R"), FILE, 7, "R", RejectCode.BAD_VALUE, "name", "name", "201", "200");
    }

    @Test
    void textLengthCountsCodePointsNotUtf16Units() {
        String twoHundredSymbols = "\uD835\uDD38".repeat(200); // MATHEMATICAL DOUBLE-STRUCK A, outside the BMP
        Fields f = fields("name", twoHundredSymbols);

        assertEquals(twoHundredSymbols, f.text("name", 200));
        assertTrue(f.ok());
    }

    @Test
    void textOfCodePointsOneOverItsBoundIsBadValue() {
        Fields f = fields("name", "\uD835\uDD38".repeat(201));

        f.text("name", 200);
        assertReject(rejectOf(f, "R"), FILE, 7, "R", RejectCode.BAD_VALUE, "name", "name", "201");
    }

    @Test
    void optionalTextIsBoundedToo() {
        Fields f = fields("note", "abcdef");

        assertNull(f.optionalText("note", 5));
        assertEquals(RejectCode.BAD_VALUE, f.fault().code());
    }

    // --- integers ---

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, 0",
            "7, 7",
            "12500, 12500",
            "12.500, 12500",
            "1.250.000, 1250000",
            "007, 7",
            "9223372036854775807, 9223372036854775807"})
    void countsAcceptPlainDigitsAndIndonesianThousands(String text, long expected) {
        Fields f = fields("n", text);

        assertEquals(expected, f.count("n"));
        assertTrue(f.ok());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"-1", "+1", "12.50", "12.5000", "1.25.000", ".500", "12.", "12,500", "1 000",
            "1e3", "3.5", "abc", "sepuluh", "9223372036854775808", "\u0661\u0662"})
    void malformedCountsAreBadValues(String text) {
        Fields f = fields("n", text);

        assertNull(f.count("n"));
        assertReject(rejectOf(f, "R"), FILE, 7, "R", RejectCode.BAD_VALUE, "n", "n", text);
    }

    @Test
    void optionalCountIsCheckedWhenPresent() {
        Fields f = fields("n", "-5");

        assertNull(f.optionalCount("n"));
        assertEquals(RejectCode.BAD_VALUE, f.fault().code());
    }

    // --- booleans ---

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "true, true", "TRUE, true", "True, true", "ya, true", "YA, true", "Ya, true", "y, true", "Y, true",
            "1, true",
            "false, false", "FALSE, false", "tidak, false", "TIDAK, false", "Tidak, false", "n, false",
            "N, false", "0, false"})
    void booleansAcceptEveryListedWordInAnyCase(String text, boolean expected) {
        Fields f = fields("flag", text);

        assertEquals(expected, f.bool("flag"));
        assertTrue(f.ok());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"yes", "no", "benar", "salah", "2", "t", "f", "ok", "-"})
    void otherWordsAreNotBooleans(String text) {
        Fields f = fields("flag", text);

        assertNull(f.bool("flag"));
        assertReject(rejectOf(f, "R"), FILE, 7, "R", RejectCode.BAD_VALUE, "flag", "flag", text);
    }

    @Test
    void emptyBooleanIsMissing() {
        Fields f = fields("flag", "");

        assertNull(f.bool("flag"));
        assertEquals(RejectCode.MISSING_VALUE, f.fault().code());
    }

    // --- timestamps ---

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2024-09-03T10:15:00+07:00, 2024-09-03T03:15:00Z",
            "2024-09-03T10:15:00+08:00, 2024-09-03T02:15:00Z",
            "2024-09-03T10:15:00-03:00, 2024-09-03T13:15:00Z",
            "2024-09-03T03:15:00Z, 2024-09-03T03:15:00Z",
            "2024-09-03T10:15:00, 2024-09-03T03:15:00Z",
            "2024-09-03T10:15, 2024-09-03T03:15:00Z",
            "03/09/2024 10:15, 2024-09-03T03:15:00Z",
            "03/09/2024 10:15:30, 2024-09-03T03:15:30Z",
            "01/09/2024 00:00, 2024-08-31T17:00:00Z"})
    void timestampsAcceptIsoWithOffsetIsoLocalAndDayFirstInWib(String text, String expected) {
        Fields f = fields("at", text);

        assertEquals(Instant.parse(expected), f.timestamp("at"));
        assertTrue(f.ok());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2024-09-03", "03/09/2024", "2024-13-01T00:00:00", "2024-02-30T10:00:00",
            "2024-09-03T25:00:00", "31/02/2024 10:15", "03/13/2024 10:15", "03-09-2024 10:15",
            "2024/09/03T10:15:00", "kemarin", "10:15", "1725333300"})
    void malformedTimestampsAreBadValues(String text) {
        Fields f = fields("at", text);

        assertNull(f.timestamp("at"));
        assertReject(rejectOf(f, "R"), FILE, 7, "R", RejectCode.BAD_VALUE, "at", "at", text);
    }

    // --- dates ---

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024-09-03, 2024-09-03", "03/09/2024, 2024-09-03", "29/02/2024, 2024-02-29",
            "2024-12-31, 2024-12-31"})
    void datesAcceptIsoAndDayFirst(String text, String expected) {
        Fields f = fields("day", text);

        assertEquals(LocalDate.parse(expected), f.optionalDate("day"));
        assertTrue(f.ok());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "29/02/2023", "32/01/2024", "01/13/2024", "2024/09/03",
            "03-09-2024", "2024-09-03T10:00:00", "September 2024", "2024-9-3"})
    void malformedDatesAreBadValues(String text) {
        Fields f = fields("day", text);

        assertNull(f.optionalDate("day"));
        assertReject(rejectOf(f, "R"), FILE, 7, "R", RejectCode.BAD_VALUE, "day", "day", text);
    }

    // --- words ---

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"RED, RED", "red, RED", "Red, RED", "MERAH, RED", "merah, RED", "green, GREEN"})
    void wordsMatchNamesAndSynonymsInAnyCase(String text, Colour expected) {
        Fields f = fields("colour", text);

        assertEquals(expected, f.word("colour", COLOURS));
        assertTrue(f.ok());
    }

    @Test
    void unknownWordIsBadValueListingTheAllowedWords() {
        Fields f = fields("colour", "BLUE");

        assertNull(f.word("colour", COLOURS));
        assertReject(rejectOf(f, "R"), FILE, 7, "R", RejectCode.BAD_VALUE, "colour", "colour", "BLUE", "RED, GREEN");
    }

    @Test
    void emptyRequiredWordIsMissing() {
        Fields f = fields();

        assertNull(f.word("colour", COLOURS));
        assertEquals(RejectCode.MISSING_VALUE, f.fault().code());
    }

    // --- patterns and parsers ---

    @Test
    void textNotMatchingItsPatternIsBadValueWithTheGivenMessage() {
        Fields f = fields("program", "Makan-Bergizi");

        assertNull(f.matching("program", java.util.regex.Pattern.compile("[a-z-]+"), "bad.program"));
        Reject reject = assertReject(rejectOf(f, "R"), FILE, 7, "R", RejectCode.BAD_VALUE, "program",
                "program", "Makan-Bergizi");
        assertTrue(reject.messageEn().contains("program tag"), reject.messageEn());
    }

    @Test
    void parsedValueUsesTheParser() {
        Fields f = fields("period", "2024-09");

        assertEquals(YearMonth.of(2024, 9), f.parsed("period", Values::yearMonth, "bad.period"));
        assertEquals(Optional.empty(), Values.yearMonth("2024-9"));
        assertTrue(f.ok());
    }

    // --- time rules ---

    @Test
    void timestampEqualToAsOfIsNotFuture() {
        Fields f = fields();

        f.requireNotFuture("at", Instant.parse("2024-10-09T17:00:00Z"), SEPTEMBER);
        assertTrue(f.ok());
    }

    @Test
    void timestampOneSecondAfterAsOfIsFuture() {
        Fields f = fields();

        f.requireNotFuture("at", Instant.parse("2024-10-09T17:00:01Z"), SEPTEMBER);
        Reject reject = assertReject(rejectOf(f, "R"), FILE, 7, "R", RejectCode.FUTURE, "at", "at");
        // instants are shown in WIB, the clock clerks read
        assertTrue(reject.messageEn().contains("2024-10-10T00:00:01+07:00"), reject.messageEn());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-08-31T17:00:00Z", "2024-09-15T12:00:00Z", "2024-09-30T16:59:59Z"})
    void instantsInsideTheMonthPassTheMonthRule(String instant) {
        Fields f = fields();

        f.requireInMonth("at", Instant.parse(instant), SEPTEMBER);
        assertTrue(f.ok());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-08-31T16:59:59Z", "2024-09-30T17:00:00Z", "2024-01-15T00:00:00Z"})
    void instantsOutsideTheMonthAreWrongPeriod(String instant) {
        Fields f = fields();

        f.requireInMonth("at", Instant.parse(instant), SEPTEMBER);
        assertReject(rejectOf(f, "R"), FILE, 7, "R", RejectCode.WRONG_PERIOD, "at", "at", "2024-09");
    }

    @Test
    void instantAfterAsOfAndOutsideTheMonthIsFuture() {
        Fields f = fields();

        f.requireInMonth("at", Instant.parse("2024-11-01T00:00:00Z"), SEPTEMBER);
        assertEquals(RejectCode.FUTURE, f.fault().code());
    }

    @Test
    void timeRulesAreSkippedAfterAnEarlierFault() {
        Fields f = fields();
        f.fail(RejectCode.BAD_VALUE, "x", "missing", "x");

        f.requireInMonth("at", Instant.parse("2030-01-01T00:00:00Z"), SEPTEMBER);
        assertEquals(RejectCode.BAD_VALUE, f.fault().code());
    }
}
