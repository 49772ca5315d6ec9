package id.go.pcm.internal;

import id.go.pcm.month.EvaluationMonth;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The value forms of SPEC 1.1 as {@link Values} reads them. */
class ValuesTest {

    /** The timestamp reader of a month in WIB, the ministry's zone. */
    private static Optional<Instant> wib(String text) {
        return Values.timestamps(EvaluationMonth.WIB).apply(text);
    }

    @Nested
    class NonNegativeInteger {

        @Test
        void plainDigits() {
            assertEquals(OptionalLong.of(12500), Values.nonNegativeInteger("12500"));
        }

        @Test
        void zero() {
            assertEquals(OptionalLong.of(0), Values.nonNegativeInteger("0"));
        }

        @Test
        void leadingZerosAreStillTheNumber() {
            assertEquals(OptionalLong.of(7), Values.nonNegativeInteger("007"));
        }

        @Test
        void indonesianThousandsSeparator() {
            assertEquals(OptionalLong.of(12500), Values.nonNegativeInteger("12.500"));
        }

        @Test
        void severalThousandsGroups() {
            assertEquals(OptionalLong.of(1_250_000), Values.nonNegativeInteger("1.250.000"));
        }

        @Test
        void largestLongPlainAndGrouped() {
            assertEquals(OptionalLong.of(Long.MAX_VALUE), Values.nonNegativeInteger("9223372036854775807"));
            assertEquals(OptionalLong.of(Long.MAX_VALUE), Values.nonNegativeInteger("9.223.372.036.854.775.807"));
        }

        @ParameterizedTest(name = "\"{0}\" is rejected")
        @ValueSource(strings = {
                "12.50",        // a decimal, or a group of two
                "1.2345",       // a group of four
                ".500",         // no first group
                "12.",          // empty last group
                "12..500",      // empty group
                "1.250.00",     // short last group
                "12,500",       // English grouping
                "1,5",          // decimal comma
                "-5",
                "+5",
                "1 250",        // grouped by a space
                " 12",          // not trimmed: the reader trims, the parser does not guess
                "12 ",
                "1e3",
                "0x1F",
                "12500.0",
                "abc",
                "",
                "٣",            // a digit, but not one of 0-9
                "9223372036854775808",           // Long.MAX_VALUE + 1
                "9.223.372.036.854.775.808",
                "99999999999999999999999",
        })
        void rejected(String text) {
            assertEquals(OptionalLong.empty(), Values.nonNegativeInteger(text));
        }
    }

    @Nested
    class Bool {

        @ParameterizedTest(name = "\"{0}\" is true")
        @ValueSource(strings = {"true", "TRUE", "True", "ya", "YA", "Ya", "y", "Y", "1"})
        void yes(String text) {
            assertEquals(Optional.of(true), Values.bool(text));
        }

        @ParameterizedTest(name = "\"{0}\" is false")
        @ValueSource(strings = {"false", "FALSE", "False", "tidak", "TIDAK", "Tidak", "n", "N", "0"})
        void no(String text) {
            assertEquals(Optional.of(false), Values.bool(text));
        }

        @ParameterizedTest(name = "\"{0}\" is rejected")
        @ValueSource(strings = {"yes", "no", "iya", "t", "f", "2", "01", "-1", "benar", "salah", "ya.", "tidak ada", "", "on", "off"})
        void rejected(String text) {
            assertEquals(Optional.empty(), Values.bool(text));
        }
    }

    @Nested
    class Timestamp {

        private static final Instant TEN_FIFTEEN_WIB = Instant.parse("2024-09-03T03:15:00Z");

        @Test
        void isoWithOffset() {
            assertEquals(Optional.of(TEN_FIFTEEN_WIB), wib("2024-09-03T10:15:00+07:00"));
        }

        @Test
        void isoWithAnotherOffset() {
            assertEquals(Optional.of(Instant.parse("2024-09-03T12:15:00Z")), wib("2024-09-03T10:15:00-02:00"));
        }

        @Test
        void isoInUtcWithZ() {
            assertEquals(Optional.of(Instant.parse("2024-09-03T10:15:00Z")), wib("2024-09-03T10:15:00Z"));
        }

        @Test
        void isoWithLowerCaseLetters() {
            assertEquals(Optional.of(Instant.parse("2024-09-03T10:15:00Z")), wib("2024-09-03t10:15:00z"));
        }

        @Test
        void isoWithFractionOfASecond() {
            assertEquals(Optional.of(Instant.parse("2024-09-03T03:15:00.250Z")), wib("2024-09-03T10:15:00.25+07:00"));
        }

        @Test
        void isoLocalIsReadInJakarta() {
            assertEquals(Optional.of(TEN_FIFTEEN_WIB), wib("2024-09-03T10:15:00"));
        }

        @Test
        void isoLocalWithoutSecondsIsReadInJakarta() {
            assertEquals(Optional.of(TEN_FIFTEEN_WIB), wib("2024-09-03T10:15"));
        }

        @Test
        void dayFirstWithMinutesIsReadInJakarta() {
            assertEquals(Optional.of(TEN_FIFTEEN_WIB), wib("03/09/2024 10:15"));
        }

        @Test
        void dayFirstWithSecondsIsReadInJakarta() {
            assertEquals(Optional.of(Instant.parse("2024-09-03T03:15:30Z")), wib("03/09/2024 10:15:30"));
        }

        @Test
        void dayFirstIsDayThenMonth() {
            assertEquals(Optional.of(Instant.parse("2024-12-01T02:00:00Z")), wib("01/12/2024 09:00"));
        }

        @Test
        void dayFirstWithSingleDigitDayMonthAndHour() {
            assertEquals(Optional.of(Instant.parse("2024-09-03T02:05:00Z")), wib("3/9/2024 9:05"));
        }

        @Test
        void dayFirstMidnightIsTheDaysStartInJakarta() {
            assertEquals(Optional.of(Instant.parse("2024-08-31T17:00:00Z")), wib("01/09/2024 00:00"));
        }

        @Test
        void leapDayExists() {
            assertEquals(Optional.of(Instant.parse("2024-02-29T05:00:00Z")), wib("29/02/2024 12:00"));
        }

        @Test
        void machineZoneDoesNotMatter() {
            // Surefire runs in UTC; the local forms must still be read in WIB, not in the machine's zone.
            assertEquals(wib("2024-09-03T10:15:00+07:00"), wib("2024-09-03T10:15:00"));
        }

        @ParameterizedTest(name = "\"{0}\" is rejected")
        @ValueSource(strings = {
                "31/02/2024 10:15",          // no such day
                "29/02/2023 10:15",          // not a leap year
                "03/13/2024 10:15",          // month first
                "03/09/2024 24:00",
                "03/09/2024 10:60",
                "03/09/2024 10:15:61",
                "03/09/2024",                // a date without a time
                "03/09/24 10:15",            // two-digit year
                "03-09-2024 10:15",
                "03/09/2024T10:15",
                "2024-09-31T10:15:00",       // no such day
                "2024-02-30T10:15:00+07:00",
                "2024-09-03T25:15:00",
                "2024-09-03",                // a date without a time
                "2024-09-03 10:15:00",       // ISO with a space
                "2024-09-03T10:15:00+25:00",
                "2024-09-03T10:15:00 WIB",
                "10:15",
                "kemarin",
                "Tuesday",
                "T",
                "",
        })
        void rejected(String text) {
            assertEquals(Optional.empty(), wib(text));
        }
    }

    @Nested
    class Date {

        @Test
        void iso() {
            assertEquals(Optional.of(LocalDate.of(2024, 9, 3)), Values.date("2024-09-03"));
        }

        @Test
        void dayFirst() {
            assertEquals(Optional.of(LocalDate.of(2024, 9, 3)), Values.date("03/09/2024"));
        }

        @Test
        void dayFirstWithSingleDigits() {
            assertEquals(Optional.of(LocalDate.of(2024, 9, 3)), Values.date("3/9/2024"));
        }

        @Test
        void leapDay() {
            assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), Values.date("29/02/2024"));
            assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), Values.date("2024-02-29"));
        }

        @ParameterizedTest(name = "\"{0}\" is rejected")
        @ValueSource(strings = {
                "31/02/2024", "29/02/2023", "00/09/2024", "03/13/2024", "03/09/24", "03-09-2024", "03.09.2024",
                "2024-02-30", "2024-13-01", "2024-9-3", "2024/09/03", "20240903", "03/09/2024 10:15",
                "2024-09-03T10:15:00", "17 Agustus 2025", "", "abc",
        })
        void rejected(String text) {
            assertEquals(Optional.empty(), Values.date(text));
        }
    }

    @Nested
    class Month {

        @Test
        void yearDashMonth() {
            assertEquals(Optional.of(YearMonth.of(2024, 9)), Values.yearMonth("2024-09"));
        }

        @Test
        void decemberAndJanuary() {
            assertEquals(Optional.of(YearMonth.of(2024, 12)), Values.yearMonth("2024-12"));
            assertEquals(Optional.of(YearMonth.of(2025, 1)), Values.yearMonth("2025-01"));
        }

        @ParameterizedTest(name = "\"{0}\" is rejected")
        @ValueSource(strings = {"2024-13", "2024-00", "2024-9", "24-09", "2024/09", "09-2024", "2024-09-01", "202409", "+2024-09", "", "Sep 2024"})
        void rejected(String text) {
            assertEquals(Optional.empty(), Values.yearMonth(text));
        }
    }

    @Nested
    class Length {

        @Test
        void countsCharacters() {
            assertEquals(12, Values.length("Kota Bandung"));
        }

        @Test
        void emptyIsZero() {
            assertEquals(0, Values.length(""));
        }

        @Test
        void countsCodePointsNotUtf16Units() {
            String text = "𝔸𝔹";

            assertEquals(4, text.length());
            assertEquals(2, Values.length(text));
        }

        @Test
        void countsAccentedLettersOnce() {
            assertEquals(4, Values.length("café"));
        }

        @Test
        void emojiAtTheLimitCountsAsOne() {
            assertEquals(200, Values.length("😀".repeat(200)));
        }
    }

    @Nested
    class InAnotherZone {

        private final java.time.ZoneId wita = java.time.ZoneId.of("Asia/Makassar");

        private Optional<Instant> read(java.time.ZoneId zone, String text) {
            return Values.timestamps(zone).apply(text);
        }

        @Test
        void aTypedTimeIsReadOnTheOfficesClock() {
            assertEquals(Optional.of(Instant.parse("2024-09-03T02:15:00Z")), read(wita, "03/09/2024 10:15"));
            assertEquals(Optional.of(Instant.parse("2024-09-03T02:15:30Z")), read(wita, "03/09/2024 10:15:30"));
            assertEquals(Optional.of(Instant.parse("2024-09-03T02:15:00Z")), read(wita, "2024-09-03T10:15:00"));
            assertEquals(Optional.of(Instant.parse("2024-09-03T02:15:00Z")), read(wita, "2024-09-03T10:15"));
            assertEquals(Optional.of(Instant.parse("2024-09-03T01:15:00Z")), read(java.time.ZoneId.of("Asia/Jayapura"),
                    "03/09/2024 10:15"));
        }

        @Test
        void aTimeWithItsOffsetIsThatTimeInAnyZone() {
            assertEquals(Optional.of(Instant.parse("2024-09-03T03:15:00Z")), read(wita, "2024-09-03T10:15:00+07:00"));
            assertEquals(Optional.of(Instant.parse("2024-09-03T02:15:00Z")), read(wita, "2024-09-03T10:15:00+08:00"));
            assertEquals(Optional.of(Instant.parse("2024-09-03T10:15:00Z")), read(wita, "2024-09-03T10:15:00Z"));
        }

        @Test
        void theZonesOfIndonesiaHaveOneOffsetSince1970AndAZoneWithSummerTimeHasNone() {
            assertEquals(java.time.ZoneOffset.ofHours(7), Values.offsetSince1970(EvaluationMonth.WIB));
            assertEquals(java.time.ZoneOffset.ofHours(8), Values.offsetSince1970(wita));
            assertEquals(java.time.ZoneOffset.ofHours(9), Values.offsetSince1970(java.time.ZoneId.of("Asia/Jayapura")));
            assertEquals(java.time.ZoneOffset.ofHours(8), Values.offsetSince1970(java.time.ZoneId.of("+08:00")));
            assertEquals(null, Values.offsetSince1970(java.time.ZoneId.of("Europe/Amsterdam")));
        }

        @Test
        void aZoneWithSummerTimeReadsEachTimeByItsRules() {
            java.time.ZoneId amsterdam = java.time.ZoneId.of("Europe/Amsterdam");
            assertEquals(Optional.of(Instant.parse("2024-07-01T08:00:00Z")), read(amsterdam, "01/07/2024 10:00"));
            assertEquals(Optional.of(Instant.parse("2024-12-01T09:00:00Z")), read(amsterdam, "01/12/2024 10:00"));
            assertEquals(Optional.of(Instant.parse("2024-12-01T09:00:00Z")), read(amsterdam, "2024-12-01T10:00:00"));
        }

        @Test
        void beforeThe1970sATypedTimeFollowsTheZonesHistory() {
            // Jakarta was UTC+07:30 in 1960; a fixed offset would read 10:00 as 03:00 UTC
            assertEquals(Optional.of(Instant.parse("1960-06-01T02:30:00Z")), read(EvaluationMonth.WIB, "01/06/1960 10:00"));
        }
    }
}
