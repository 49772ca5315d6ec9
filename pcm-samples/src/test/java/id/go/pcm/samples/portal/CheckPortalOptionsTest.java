package id.go.pcm.samples.portal;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal's command line: its defaults, and a clear message for each mistake. */
class CheckPortalOptionsTest {

    @Test
    void theDefaultsAreLoopbackPort8080AsOfEachCheckAnd50Mb() {
        PortalOptions options = PortalOptions.parse("--period=2024-09", "--reference=months/2024-09");
        assertEquals(YearMonth.of(2024, 9), options.period());
        assertEquals(Path.of("months/2024-09"), options.reference());
        assertEquals(InetAddress.getLoopbackAddress(), options.host());
        assertEquals(8080, options.port());
        assertEquals(Optional.empty(), options.asOf());
        assertEquals(50L * 1024 * 1024, options.maxUploadBytes());
        assertEquals(50, options.maxUploadMb());
        assertEquals(java.time.ZoneId.of("Asia/Jakarta"), options.zone());
    }

    @Test
    void theOfficesZoneIsGivenAsTheJobsPcmZone() {
        PortalOptions wita = PortalOptions.parse("--period=2024-09", "--reference=r", "--zone=Asia/Makassar",
                "--as-of=2024-08-31T23:30:00+07:00");
        assertEquals(java.time.ZoneId.of("Asia/Makassar"), wita.zone());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-08-31T23:30:00+07:00")), wita.asOf(),
                "00:30 WITA on the 1st: the month has begun");
        assertMessage("--as-of=2024-08-31T23:30+07:00 is before 2024-09 begins (2024-09-01T00:00+07:00)",
                "--period=2024-09", "--reference=r", "--as-of=2024-08-31T23:30:00+07:00");
        assertMessage("--as-of=2024-08-31T22:30+07:00 is before 2024-09 begins (2024-09-01T00:00+08:00)",
                "--period=2024-09", "--reference=r", "--zone=Asia/Makassar", "--as-of=2024-08-31T22:30:00+07:00");
        assertMessage("--zone=WITA is not a time zone: write one such as Asia/Jakarta (WIB), Asia/Makassar (WITA)",
                "--period=2024-09", "--reference=r", "--zone=WITA");
    }

    @Test
    void everyOptionCanBeGiven() {
        PortalOptions options = PortalOptions.parse("--period=2024-09", "--reference=r", "--port=0", "--host=0.0.0.0",
                "--as-of=2024-10-10T00:00:00+07:00", "--max-upload-mb=5");
        assertEquals(0, options.port());
        assertTrue(options.host().isAnyLocalAddress());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-10-10T00:00:00+07:00")), options.asOf());
        assertEquals(5L * 1024 * 1024, options.maxUploadBytes());
    }

    @Test
    void eachMistakeIsNamed() {
        assertMessage("--period is required", "--reference=r");
        assertMessage("--reference is required", "--period=2024-09");
        assertMessage("--period=2024-9x is not a month", "--period=2024-9x", "--reference=r");
        assertMessage("--as-of=2024-10-10 is not a time with its offset", "--period=2024-09", "--reference=r", "--as-of=2024-10-10");
        assertMessage("--port=70000 is not a port", "--period=2024-09", "--reference=r", "--port=70000");
        assertMessage("--port=http is not a whole number", "--period=2024-09", "--reference=r", "--port=http");
        assertMessage("--input is not an option of the portal", "--period=2024-09", "--reference=r", "--input=x");
        assertMessage("--port is given twice", "--period=2024-09", "--reference=r", "--port=1", "--port=2");
        assertMessage("period=2024-09 is not of the form --name=value", "period=2024-09");
        assertMessage("the upload limit must be at least 1 MB", "--period=2024-09", "--reference=r", "--max-upload-mb=0");
    }

    @Test
    void anAsOfBeforeTheMonthBeginsIsRefusedAsTheJobRefusesIt() {
        // every row of the month would be FUTURE: 533 of a good reports.csv's 546 rows were
        assertMessage("--as-of=2024-08-31T23:59:59+07:00 is before 2024-09 begins (2024-09-01T00:00+07:00): check --as-of and --period",
                "--period=2024-09", "--reference=r", "--as-of=2024-08-31T23:59:59+07:00");
        assertEquals(Optional.of(OffsetDateTime.parse("2024-09-01T00:00:00+07:00")), PortalOptions.parse("--period=2024-09",
                "--reference=r", "--as-of=2024-09-01T00:00:00+07:00").asOf(), "the month's first moment is allowed");
    }

    @Test
    void aMonthNotYetBegunIsRefusedWhenEachCheckIsAsOfItsOwnTime() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckPortal.start(PortalOptions.parse("--period=2999-01", "--reference=months/2024-09", "--port=0")));
        assertTrue(e.getMessage().startsWith("--period=2999-01 has not begun (it begins 2999-01-01T00:00+07:00) and each check is"
                + " as of its own time"), e.getMessage());
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PortalOptions.parse(args));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
