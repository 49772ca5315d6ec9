package id.go.pcm.internal;

import id.go.pcm.month.EvaluationMonth;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Round trips of {@link Values}: whatever is written in an accepted form reads back as itself. */
class ValuesPropertyTest {

    /** The timestamp reader of a month in WIB, the ministry's zone. */
    private static Optional<Instant> wib(String text) {
        return Values.timestamps(EvaluationMonth.WIB).apply(text);
    }

    /** Every long from zero up, with the edges and small numbers drawn often. */
    private static final Gen<Long> NON_NEGATIVE_LONGS = oneOf(
            longs().between(0, Long.MAX_VALUE),
            longs().between(0, 10_000_000),
            longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE));

    /** Writes a number the Indonesian way: a dot before every group of three digits, 1.250.000. */
    private static String withDotGrouping(long value) {
        String digits = Long.toString(value);
        StringBuilder grouped = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            grouped.append('.').append(digits, i, i + 3);
        }
        return grouped.toString();
    }

    @Test
    void everyNonNegativeLongReadsBackWrittenPlain() {
        qt().forAll(NON_NEGATIVE_LONGS).checkAssert(value ->
                assertEquals(OptionalLong.of(value), Values.nonNegativeInteger(Long.toString(value))));
    }

    @Test
    void everyNonNegativeLongReadsBackWithIndonesianDotGrouping() {
        qt().forAll(NON_NEGATIVE_LONGS).checkAssert(value ->
                assertEquals(OptionalLong.of(value), Values.nonNegativeInteger(withDotGrouping(value))));
    }

    @Test
    void everyNegativeLongIsRejected() {
        qt().forAll(longs().between(Long.MIN_VALUE, -1)).checkAssert(value ->
                assertEquals(OptionalLong.empty(), Values.nonNegativeInteger(Long.toString(value))));
    }

    /**
     * Instants from 1970 to 2100. Asia/Jakarta changed its offset several times before 1964 (and
     * local times in those changes are ambiguous or skipped); since then it has been UTC+07:00.
     */
    private static final Gen<Instant> INSTANTS = longs()
            .between(Instant.parse("1970-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2100-01-01T00:00:00Z").getEpochSecond())
            .zip(integers().between(0, 999_999_999), (seconds, nanos) -> Instant.ofEpochSecond(seconds, nanos));

    /** Offsets as ISO allows them, -18:00 to +18:00 in whole minutes. */
    private static final Gen<ZoneOffset> OFFSETS = integers().between(-18 * 60, 18 * 60)
            .map(minutes -> ZoneOffset.ofTotalSeconds(minutes * 60));

    @Test
    void isoWithAnOffsetReadsBackAsTheSameInstant() {
        qt().forAll(INSTANTS, OFFSETS).checkAssert((instant, offset) -> {
            String text = OffsetDateTime.ofInstant(instant, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            assertEquals(Optional.of(instant), wib(text), text);
        });
    }

    @Test
    void isoInUtcWithZReadsBackAsTheSameInstant() {
        qt().forAll(INSTANTS).checkAssert(instant -> {
            String text = instant.toString();
            assertEquals(Optional.of(instant), wib(text), text);
        });
    }

    @Test
    void isoLocalInJakartaReadsBackAsTheSameInstant() {
        qt().forAll(INSTANTS).checkAssert(instant -> {
            String text = instant.atZone(EvaluationMonth.WIB).toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            assertEquals(Optional.of(instant), wib(text), text);
        });
    }

    @Test
    void dayFirstWithSecondsInJakartaReadsBackToTheSecond() {
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
        qt().forAll(INSTANTS).checkAssert(instant -> {
            String text = instant.atZone(EvaluationMonth.WIB).format(dayFirst);
            assertEquals(Optional.of(instant.truncatedTo(ChronoUnit.SECONDS)), wib(text), text);
        });
    }

    @Test
    void dayFirstWithMinutesInJakartaReadsBackToTheMinute() {
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
        qt().forAll(INSTANTS).checkAssert(instant -> {
            String text = instant.atZone(EvaluationMonth.WIB).format(dayFirst);
            assertEquals(Optional.of(instant.truncatedTo(ChronoUnit.MINUTES)), wib(text), text);
        });
    }

    @Test
    void dayFirstWithoutLeadingZerosReadsBackToTheMinute() {
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("d/M/uuuu H:mm");
        qt().forAll(INSTANTS).checkAssert(instant -> {
            String text = instant.atZone(EvaluationMonth.WIB).format(dayFirst);
            assertEquals(Optional.of(instant.truncatedTo(ChronoUnit.MINUTES)), wib(text), text);
        });
    }
}
