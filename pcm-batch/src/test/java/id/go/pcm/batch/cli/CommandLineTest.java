package id.go.pcm.batch.cli;

import id.go.pcm.month.EvaluationMonth;

import id.go.pcm.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    @TempDir
    Path dir;

    private String[] args(String... extra) {
        String[] base = {"--period=2024-09", "--input=" + dir, "--output=" + dir.resolve("out")};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    private static String usageError(String... args) {
        return assertThrows(UsageException.class, () -> CommandLine.of(args).request(EvaluationMonth.WIB)).getMessage();
    }

    @Test
    void readsTheOperatorsOptionsWithTheirDefaults() {
        RunRequest request = CommandLine.of(args()).request(EvaluationMonth.WIB);
        assertEquals(YearMonth.of(2024, 9), request.period());
        assertEquals(dir.toAbsolutePath(), request.input());
        assertEquals(dir.resolve("out").toAbsolutePath(), request.output());
        assertNull(request.asOf(), "no --as-of means now, decided at launch");
        assertEquals(Language.ID, request.language(), "Bahasa Indonesia by default");
        assertEquals(0.5, request.maxRejectRatio());
    }

    @Test
    void readsAsOfLanguageAndRatio() {
        RunRequest request = CommandLine.of(args("--as-of=2024-10-10T00:00:00+07:00", "--lang=EN",
                "--max-reject-ratio=0.25")).request(EvaluationMonth.WIB);
        assertEquals(OffsetDateTime.parse("2024-10-10T00:00:00+07:00"), request.asOf());
        assertEquals(Language.EN, request.language());
        assertEquals(0.25, request.maxRejectRatio());
    }

    @Test
    void readsAnAsOfWithoutOffsetInWib() {
        RunRequest request = CommandLine.of(args("--as-of=10/10/2024 08:30")).request(EvaluationMonth.WIB);
        assertEquals(OffsetDateTime.parse("2024-10-10T08:30:00+07:00"), request.asOf());
    }

    @Test
    void readsAnAsOfWithoutOffsetInTheOfficesZone() {
        java.time.ZoneId wita = java.time.ZoneId.of("Asia/Makassar");
        RunRequest request = CommandLine.of(args("--as-of=10/10/2024 08:30")).request(wita);
        assertEquals(OffsetDateTime.parse("2024-10-10T08:30:00+08:00"), request.asOf());
        // 00:30 WIB on the 1st is 01:30 WITA; 23:30 WIB on the 31st is 00:30 WITA on the 1st: both in WITA's month
        assertEquals(OffsetDateTime.parse("2024-08-31T23:30:00+07:00"),
                CommandLine.of(args("--as-of=2024-08-31T23:30:00+07:00")).request(wita).asOf());
        assertEquals("--as-of=2024-08-31T23:30:00+07:00 is before 2024-09 begins (2024-09-01T00:00+07:00): check --as-of"
                + " and --period; the evaluation time is at or after the month's start, usually after its reporting deadline.",
                usageError(args("--as-of=2024-08-31T23:30:00+07:00")));
        assertEquals("--as-of=31/08/2024 23:30 is before 2024-09 begins (2024-09-01T00:00+08:00): check --as-of"
                + " and --period; the evaluation time is at or after the month's start, usually after its reporting deadline.",
                assertThrows(UsageException.class, () -> CommandLine.of(args("--as-of=31/08/2024 23:30")).request(wita)).getMessage());
    }

    @Test
    void passesSpringOptionsOnUntouched() {
        CommandLine commandLine = CommandLine.of(args("--spring.datasource.url=jdbc:h2:mem:x", "--pcm.deadline-day=7"));
        assertEquals(java.util.List.of("--spring.datasource.url=jdbc:h2:mem:x", "--pcm.deadline-day=7"),
                commandLine.springArguments());
    }

    @Test
    void recognisesHelp() {
        assertTrue(CommandLine.of("--help").wantsHelp());
        assertFalse(CommandLine.of(args()).wantsHelp());
        assertTrue(CommandLine.HELP.contains("--period=YYYY-MM"));
    }

    @Test
    void refusesAMissingRequiredOption() {
        assertTrue(usageError("--input=" + dir, "--output=" + dir).contains("--period is required"));
        assertTrue(usageError("--period=2024-09", "--output=" + dir).contains("--input is required"));
        assertTrue(usageError("--period=2024-09", "--input=" + dir).contains("--output is required"));
    }

    @Test
    void refusesAPeriodThatIsNotAMonth() {
        assertTrue(usageError("--period=2024-13", "--input=" + dir, "--output=" + dir).contains("YYYY-MM"));
        assertTrue(usageError("--period=09/2024", "--input=" + dir, "--output=" + dir).contains("YYYY-MM"));
    }

    @Test
    void refusesAnInputThatIsNotAFolder() {
        assertTrue(usageError("--period=2024-09", "--input=" + dir.resolve("nope"), "--output=" + dir)
                .contains("is not a folder"));
    }

    @Test
    void refusesAnOutputThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "keep me");
        assertTrue(usageError("--period=2024-09", "--input=" + dir, "--output=" + file).contains("is a file"));
        assertEquals("keep me", Files.readString(file), "nothing overwritten");
    }

    @Test
    void refusesBadAsOfLanguageAndRatio() {
        assertTrue(usageError(args("--as-of=yesterday")).contains("not a timestamp"));
        assertTrue(usageError(args("--lang=fr")).contains("--lang=id or --lang=en"));
        assertTrue(usageError(args("--max-reject-ratio=1.5")).contains("between 0 and 1"));
        assertTrue(usageError(args("--max-reject-ratio=half")).contains("between 0 and 1"));
    }

    @Test
    void refusesUnknownRepeatedAndMalformedArguments() {
        assertTrue(assertThrows(UsageException.class, () -> CommandLine.of(args("--colour=red")))
                .getMessage().contains("Unknown option --colour"));
        assertTrue(assertThrows(UsageException.class, () -> CommandLine.of(args("--period=2024-10")))
                .getMessage().contains("given twice"));
        assertTrue(assertThrows(UsageException.class, () -> CommandLine.of("period=2024-09"))
                .getMessage().contains("--name=value"));
    }

    @Test
    void anAsOfBeforeTheMonthBeginsIsABadArgument() {
        String message = usageError(args("--as-of=2024-08-31T23:59:59+07:00"));
        assertEquals("--as-of=2024-08-31T23:59:59+07:00 is before 2024-09 begins (2024-09-01T00:00+07:00): check --as-of"
                + " and --period; the evaluation time is at or after the month's start, usually after its reporting deadline.",
                message);
        // the month's first instant, in any offset, is a valid as-of
        assertEquals(OffsetDateTime.parse("2024-08-31T17:00:00Z"),
                CommandLine.of(args("--as-of=2024-08-31T17:00:00Z")).request(EvaluationMonth.WIB).asOf());
    }

    @Test
    void theOutputProbeLeavesNoFolderItCreated() {
        CommandLine.of(args()).request(EvaluationMonth.WIB);
        assertFalse(Files.exists(dir.resolve("out")), "created for the probe, then removed: the run creates it when it writes");
    }
}
