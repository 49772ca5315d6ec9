package id.go.pcm.agency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);

    private static Agency activeBetween(String from, String until) {
        return new Agency("X", "Instansi X", AgencyType.LEMBAGA, null, null,
                from == null ? null : LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
    }

    @Test
    void agencyWithoutDatesIsAlwaysActive() {
        assertTrue(activeBetween(null, null).isActiveIn(SEPTEMBER));
        assertTrue(activeBetween(null, null).isActiveIn(YearMonth.of(1999, 1)));
    }

    @ParameterizedTest(name = "from {0} until {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "2024-09-30, -, true",          // from the month's last day: active
            "2024-10-01, -, false",         // from the day after the month: not yet
            "2024-09-01, -, true",
            "2020-01-01, -, true",
            "-, 2024-09-01, true",          // until the month's first day: active
            "-, 2024-08-31, false",         // until the day before: gone
            "-, 2024-09-30, true",
            "-, 2030-12-31, true",
            "2024-09-15, 2024-09-15, true", // one day inside the month
            "2024-10-01, 2024-12-31, false",
            "2024-01-01, 2024-08-31, false",
            "2024-08-01, 2024-10-31, true"})
    void activeInTheMonthWhenItsDatesOverlapTheMonth(String from, String until, boolean active) {
        assertEquals(active, activeBetween(from, until).isActiveIn(SEPTEMBER));
    }

    @Test
    void activeUntilTheLastDayOfFebruaryInALeapYear() {
        Agency agency = activeBetween("2024-02-29", null);

        assertTrue(agency.isActiveIn(YearMonth.of(2024, 2)));
        assertEquals(false, agency.isActiveIn(YearMonth.of(2024, 1)));
    }

    @Test
    void requiredPartsMustBePresent() {
        assertThrows(NullPointerException.class,
                () -> new Agency(null, "n", AgencyType.KOTA, null, null, null, null));
        assertThrows(NullPointerException.class,
                () -> new Agency("X", null, AgencyType.KOTA, null, null, null, null));
        assertThrows(NullPointerException.class,
                () -> new Agency("X", "n", null, null, null, null, null));
    }
}
