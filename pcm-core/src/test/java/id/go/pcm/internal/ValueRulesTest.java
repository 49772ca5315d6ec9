package id.go.pcm.internal;

import id.go.pcm.internal.RuleTesting.TestDraft;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static id.go.pcm.internal.RuleTesting.FILE;
import static id.go.pcm.internal.RuleTesting.accepted;
import static id.go.pcm.internal.RuleTesting.checkRow;
import static id.go.pcm.internal.RuleTesting.rejected;
import static id.go.pcm.validation.RejectAssertions.assertReject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueRulesTest {

    private enum Colour { RED, GREEN }

    private static final Vocabulary<Colour> COLOURS =
            Vocabulary.of(Colour.class, c -> c == Colour.RED ? List.of("MERAH") : List.of());

    private static void keep(TestDraft d, Object value) {
        d.value = value;
    }

    private static Rule<TestDraft> text(String column, int maxLength) {
        return ValueRules.text(column, maxLength, ValueRulesTest::keep);
    }

    private static Rule<TestDraft> count(String column) {
        return ValueRules.count(column, ValueRulesTest::keep);
    }

    private static Rule<TestDraft> bool(String column) {
        return ValueRules.bool(column, ValueRulesTest::keep);
    }

    private static Rule<TestDraft> timestamp(String column) {
        return ValueRules.timestamp(column, id.go.pcm.month.EvaluationMonth.WIB, ValueRulesTest::keep);
    }

    private static Rule<TestDraft> date(String column) {
        return ValueRules.date(column, ValueRulesTest::keep);
    }

    private static Rule<TestDraft> word(String column) {
        return ValueRules.word(column, COLOURS, ValueRulesTest::keep);
    }

    private static Rule<TestDraft> present(String column) {
        return ValueRules.present(column);
    }

    // --- required and optional ---

    @Test
    void emptyRequiredValueIsMissing() {
        Reject reject = rejected(checkRow(List.of("name", "   "), present("name"), text("name", 10)));

        assertReject(reject, FILE, 7, "R", RejectCode.MISSING_VALUE, "name");
    }

    @Test
    void presentValueIsKeptWhenAsked() {
        assertEquals("X-1", accepted(checkRow(List.of("agency_id", " X-1 "), ValueRules.present("agency_id", ValueRulesTest::keep))));
    }

    @Test
    void emptyOptionalValuesAreAbsentWithoutFault() {
        Object value = accepted(checkRow(List.of("reach", "", "when", " "),
                count("reach"), date("when"), text("note", 5), word("colour"),
                ValueRules.matching("tag", Pattern.compile("[a-z]+"), "bad.program", ValueRulesTest::keep)));

        assertNull(value);
    }

    // --- texts ---

    @Test
    void textAtItsBoundIsAccepted() {
        assertEquals(200, ((String) accepted(checkRow(List.of("name", "x".repeat(200)), text("name", 200)))).length());
    }

    @Test
    void textOneOverItsBoundIsBadValue() {
        Reject reject = rejected(checkRow(List.of("name", "x".repeat(201)), text("name", 200)));

        assertReject(reject, FILE, 7, "R", RejectCode.BAD_VALUE, "name", "name", "201", "200");
    }

    @Test
    void textLengthCountsCodePointsNotUtf16Units() {
        String twoHundredSymbols = "\uD835\uDD38".repeat(200); // MATHEMATICAL DOUBLE-STRUCK A, outside the BMP

        assertEquals(twoHundredSymbols, accepted(checkRow(List.of("name", twoHundredSymbols), text("name", 200))));
    }

    @Test
    void textOfCodePointsOneOverItsBoundIsBadValue() {
        Reject reject = rejected(checkRow(List.of("name", "\uD835\uDD38".repeat(201)), text("name", 200)));

        assertReject(reject, FILE, 7, "R", RejectCode.BAD_VALUE, "name", "name", "201");
    }

    @Test
    void optionalTextIsBoundedToo() {
        assertEquals(RejectCode.BAD_VALUE, rejected(checkRow(List.of("note", "abcdef"), text("note", 5))).code());
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
        assertEquals(expected, accepted(checkRow(List.of("n", text), present("n"), count("n"))));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"-1", "+1", "12.50", "12.5000", "1.25.000", ".500", "12.", "12,500", "1 000",
            "1e3", "3.5", "abc", "sepuluh", "9223372036854775808", "\u0661\u0662"})
    void malformedCountsAreBadValues(String text) {
        Reject reject = rejected(checkRow(List.of("n", text), present("n"), count("n")));

        assertReject(reject, FILE, 7, "R", RejectCode.BAD_VALUE, "n", "n", text);
    }

    @Test
    void optionalCountIsCheckedWhenPresent() {
        assertEquals(RejectCode.BAD_VALUE, rejected(checkRow(List.of("n", "-5"), count("n"))).code());
    }

    // --- booleans ---

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "true, true", "TRUE, true", "True, true", "ya, true", "YA, true", "Ya, true", "y, true", "Y, true",
            "1, true",
            "false, false", "FALSE, false", "tidak, false", "TIDAK, false", "Tidak, false", "n, false",
            "N, false", "0, false"})
    void booleansAcceptEveryListedWordInAnyCase(String text, boolean expected) {
        assertEquals(expected, accepted(checkRow(List.of("flag", text), present("flag"), bool("flag"))));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"yes", "no", "benar", "salah", "2", "t", "f", "ok", "-"})
    void otherWordsAreNotBooleans(String text) {
        Reject reject = rejected(checkRow(List.of("flag", text), present("flag"), bool("flag")));

        assertReject(reject, FILE, 7, "R", RejectCode.BAD_VALUE, "flag", "flag", text);
    }

    @Test
    void emptyBooleanIsMissing() {
        assertEquals(RejectCode.MISSING_VALUE, rejected(checkRow(List.of("flag", ""), present("flag"), bool("flag"))).code());
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
        assertEquals(Instant.parse(expected), accepted(checkRow(List.of("at", text), present("at"), timestamp("at"))));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2024-09-03", "03/09/2024", "2024-13-01T00:00:00", "2024-02-30T10:00:00",
            "2024-09-03T25:00:00", "31/02/2024 10:15", "03/13/2024 10:15", "03-09-2024 10:15",
            "2024/09/03T10:15:00", "kemarin", "10:15", "1725333300"})
    void malformedTimestampsAreBadValues(String text) {
        Reject reject = rejected(checkRow(List.of("at", text), present("at"), timestamp("at")));

        assertReject(reject, FILE, 7, "R", RejectCode.BAD_VALUE, "at", "at", text);
    }

    // --- dates ---

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024-09-03, 2024-09-03", "03/09/2024, 2024-09-03", "29/02/2024, 2024-02-29",
            "2024-12-31, 2024-12-31"})
    void datesAcceptIsoAndDayFirst(String text, String expected) {
        assertEquals(LocalDate.parse(expected), accepted(checkRow(List.of("day", text), date("day"))));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "29/02/2023", "32/01/2024", "01/13/2024", "2024/09/03",
            "03-09-2024", "2024-09-03T10:00:00", "September 2024", "2024-9-3"})
    void malformedDatesAreBadValues(String text) {
        Reject reject = rejected(checkRow(List.of("day", text), date("day")));

        assertReject(reject, FILE, 7, "R", RejectCode.BAD_VALUE, "day", "day", text);
    }

    // --- words ---

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"RED, RED", "red, RED", "Red, RED", "MERAH, RED", "merah, RED", "green, GREEN"})
    void wordsMatchNamesAndSynonymsInAnyCase(String text, Colour expected) {
        assertEquals(expected, accepted(checkRow(List.of("colour", text), present("colour"), word("colour"))));
    }

    @Test
    void unknownWordIsBadValueListingTheAllowedWords() {
        Reject reject = rejected(checkRow(List.of("colour", "BLUE"), present("colour"), word("colour")));

        assertReject(reject, FILE, 7, "R", RejectCode.BAD_VALUE, "colour", "colour", "BLUE", "RED, GREEN");
    }

    @Test
    void emptyRequiredWordIsMissing() {
        assertEquals(RejectCode.MISSING_VALUE, rejected(checkRow(List.of(), present("colour"), word("colour"))).code());
    }

    // --- patterns and parsers ---

    @Test
    void textNotMatchingItsPatternIsBadValueWithTheGivenMessage() {
        Reject reject = assertReject(rejected(checkRow(List.of("program", "Makan-Bergizi"), present("program"),
                        ValueRules.matching("program", Pattern.compile("[a-z-]+"), "bad.program", ValueRulesTest::keep))),
                FILE, 7, "R", RejectCode.BAD_VALUE, "program", "program", "Makan-Bergizi");
        assertTrue(reject.messageEn().contains("program tag"), reject.messageEn());
    }

    @Test
    void parsedValueUsesTheParser() {
        assertEquals(YearMonth.of(2024, 9), accepted(checkRow(List.of("period", "2024-09"),
                ValueRules.parsed("period", Values::yearMonth, "bad.period", ValueRulesTest::keep))));
        assertEquals(Optional.empty(), Values.yearMonth("2024-9"));
    }
}
