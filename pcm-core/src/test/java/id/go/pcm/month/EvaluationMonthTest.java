package id.go.pcm.month;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The month's bounds in WIB, the as-of rule and the report deadline (SPEC 1.1, 1.3). */
class EvaluationMonthTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-10-10T00:00:00+07:00");
    private static final EvaluationMonth SEPTEMBER = new EvaluationMonth(YearMonth.of(2024, 9), AS_OF);

    private static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    @Test
    void startAndEndAreMidnightWib() {
        // 2024-09-01T00:00 WIB is 2024-08-31T17:00 UTC, whatever the machine's zone (tests run in UTC)
        assertEquals(Instant.parse("2024-08-31T17:00:00Z"), SEPTEMBER.start());
        assertEquals(Instant.parse("2024-09-30T17:00:00Z"), SEPTEMBER.end());
        assertEquals(at("2024-09-01T00:00:00+07:00"), SEPTEMBER.start());
        assertEquals(at("2024-10-01T00:00:00+07:00"), SEPTEMBER.end());
    }

    @Test
    void firstAndLastDayAndLabel() {
        assertEquals(LocalDate.of(2024, 9, 1), SEPTEMBER.firstDay());
        assertEquals(LocalDate.of(2024, 9, 30), SEPTEMBER.lastDay());
        assertEquals("2024-09", SEPTEMBER.label());
        EvaluationMonth february = new EvaluationMonth(YearMonth.of(2024, 2), AS_OF);
        assertEquals(LocalDate.of(2024, 2, 29), february.lastDay());
        assertEquals(at("2024-03-01T00:00:00+07:00"), february.end());
    }

    @Test
    void containsIncludesTheStartAndExcludesTheEnd() {
        assertTrue(SEPTEMBER.contains(SEPTEMBER.start()));
        assertFalse(SEPTEMBER.contains(SEPTEMBER.start().minusNanos(1)));
        assertTrue(SEPTEMBER.contains(SEPTEMBER.end().minusNanos(1)));
        assertFalse(SEPTEMBER.contains(SEPTEMBER.end()));
        assertTrue(SEPTEMBER.contains(at("2024-09-30T23:59:59+07:00")));
        // 2024-09-30T17:30Z is already 1 October 00:30 in Jakarta
        assertFalse(SEPTEMBER.contains(Instant.parse("2024-09-30T17:30:00Z")));
        // 2024-08-31T20:00Z is 1 September 03:00 in Jakarta
        assertTrue(SEPTEMBER.contains(Instant.parse("2024-08-31T20:00:00Z")));
    }

    @Test
    void theAsOfInstantItselfIsNotFuture() {
        assertFalse(SEPTEMBER.isFuture(AS_OF.toInstant()));
        assertTrue(SEPTEMBER.isFuture(AS_OF.toInstant().plusNanos(1)));
        assertTrue(SEPTEMBER.isFuture(at("2024-10-10T00:00:01+07:00")));
        assertFalse(SEPTEMBER.isFuture(at("2024-10-09T23:59:59+07:00")));
        // the same instant written in UTC
        assertFalse(SEPTEMBER.isFuture(Instant.parse("2024-10-09T17:00:00Z")));
    }

    @Test
    void defaultDeadlineIsTheEndOfTheFifthOfTheNextMonth() {
        Instant deadline = SEPTEMBER.reportDeadline(5);
        assertEquals(at("2024-10-06T00:00:00+07:00"), deadline);
        // a report is on time when submitted before the deadline instant
        assertTrue(at("2024-10-05T23:59:59+07:00").isBefore(deadline));
        assertFalse(at("2024-10-06T00:00:00+07:00").isBefore(deadline));
    }

    @Test
    void theLastDayOnTimeIsTheDayBeforeTheDeadlineInstantInWib() {
        assertEquals(LocalDate.of(2024, 10, 5), EvaluationMonth.lastDayOnTime(YearMonth.of(2024, 9), 5));
        assertEquals(LocalDate.of(2025, 1, 28), EvaluationMonth.lastDayOnTime(YearMonth.of(2024, 12), 28));
        for (int day = 1; day <= 28; day++) {
            assertEquals(EvaluationMonth.lastDayOnTime(SEPTEMBER.period(), day).plusDays(1).atStartOfDay(EvaluationMonth.WIB)
                    .toInstant(), SEPTEMBER.reportDeadline(day), "day " + day);
        }
    }

    @Test
    void decemberDeadlineIsInJanuaryOfTheNextYear() {
        EvaluationMonth december = new EvaluationMonth(YearMonth.of(2024, 12), AS_OF);
        assertEquals(at("2025-01-06T00:00:00+07:00"), december.reportDeadline(5));
        assertEquals(at("2025-01-01T00:00:00+07:00"), december.end());
    }

    @Test
    void februaryDeadlineIsInMarch() {
        EvaluationMonth february = new EvaluationMonth(YearMonth.of(2024, 2), AS_OF);
        assertEquals(at("2024-03-06T00:00:00+07:00"), february.reportDeadline(5));
    }

    @Test
    void deadlineDayIsConfigurable() {
        assertEquals(at("2024-10-11T00:00:00+07:00"), SEPTEMBER.reportDeadline(10));
        assertEquals(at("2024-10-02T00:00:00+07:00"), SEPTEMBER.reportDeadline(1));
        // January with day 28: on or before 28 February 2023, so late from 1 March 00:00
        EvaluationMonth january2023 = new EvaluationMonth(YearMonth.of(2023, 1), AS_OF);
        assertEquals(at("2023-03-01T00:00:00+07:00"), january2023.reportDeadline(28));
        // in a leap year the 29th of February is already late
        EvaluationMonth january2024 = new EvaluationMonth(YearMonth.of(2024, 1), AS_OF);
        assertEquals(at("2024-02-29T00:00:00+07:00"), january2024.reportDeadline(28));
    }

    @Test
    void periodAndAsOfAreRequired() {
        assertThrows(NullPointerException.class, () -> new EvaluationMonth(YearMonth.of(2024, 9), AS_OF, null));
        assertThrows(NullPointerException.class, () -> new EvaluationMonth(null, AS_OF));
        assertThrows(NullPointerException.class, () -> new EvaluationMonth(YearMonth.of(2024, 9), null));
    }

    private static final java.time.ZoneId WITA = java.time.ZoneId.of("Asia/Makassar");

    @Test
    void inAnOfficeInWitaTheMonthAndTheDeadlineAreMidnightWita() {
        EvaluationMonth wita = new EvaluationMonth(YearMonth.of(2024, 9), AS_OF, WITA);
        assertEquals(WITA, wita.zone());
        assertEquals(at("2024-09-01T00:00:00+08:00"), wita.start());
        assertEquals(at("2024-10-01T00:00:00+08:00"), wita.end());
        assertEquals(at("2024-10-06T00:00:00+08:00"), wita.reportDeadline(5));
        assertEquals(at("2024-10-06T00:00:00+08:00"), EvaluationMonth.reportDeadline(YearMonth.of(2024, 9), 5, WITA));
        // 00:00 WITA on the 1st is 23:00 WIB on the 31st: in WITA's month, not in WIB's
        assertTrue(wita.contains(at("2024-09-01T00:00:00+08:00")));
        assertFalse(SEPTEMBER.contains(at("2024-09-01T00:00:00+08:00")));
        assertEquals(EvaluationMonth.WIB, SEPTEMBER.zone());
        assertFalse(wita.equals(SEPTEMBER), "the same month and as-of in another zone is another month");
    }

    @Test
    void aTypedAsOfIsReadInTheZoneGiven() {
        assertEquals(java.util.Optional.of(at("2024-10-10T00:00:00+08:00")),
                EvaluationMonth.parseTimestamp("10/10/2024 00:00", WITA));
        assertEquals(java.util.Optional.of(at("2024-10-10T00:00:00+07:00")),
                EvaluationMonth.parseTimestamp(" 2024-10-10T00:00:00 ", EvaluationMonth.WIB));
        assertEquals(java.util.Optional.empty(), EvaluationMonth.parseTimestamp("10-10-2024", WITA));
    }

    @Test
    void theZonesAreNamedAsIndonesianDocumentsNameThem() {
        Instant now = at("2024-10-10T00:00:00+07:00");
        assertEquals("WIB", EvaluationMonth.zoneName(EvaluationMonth.WIB, now));
        assertEquals("WIB", EvaluationMonth.zoneName(java.time.ZoneId.of("Asia/Pontianak"), now));
        assertEquals("WITA", EvaluationMonth.zoneName(WITA, now));
        assertEquals("WITA", EvaluationMonth.zoneName(java.time.ZoneId.of("Asia/Ujung_Pandang"), now));
        assertEquals("WIT", EvaluationMonth.zoneName(java.time.ZoneId.of("Asia/Jayapura"), now));
        assertEquals("UTC+08:00", EvaluationMonth.zoneName(java.time.ZoneId.of("Asia/Singapore"), now));
        assertEquals("UTC", EvaluationMonth.zoneName(java.time.ZoneId.of("UTC"), now));
        // a zone with summer time is named by its offset at the time shown
        assertEquals("UTC+02:00", EvaluationMonth.zoneName(java.time.ZoneId.of("Europe/Amsterdam"), at("2024-07-01T00:00:00Z")));
        assertEquals("UTC+01:00", EvaluationMonth.zoneName(java.time.ZoneId.of("Europe/Amsterdam"), at("2024-12-01T00:00:00Z")));
    }
}
