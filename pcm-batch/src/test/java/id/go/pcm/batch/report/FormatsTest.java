package id.go.pcm.batch.report;

import id.go.pcm.batch.Texts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers and dates as each edition's readers write them (SPEC 5: 12.500, 77,8%, 3 Oktober 2024). */
class FormatsTest {

    private final Formats indonesian = new Formats(new Texts(MinisterReport.TEXTS, Locale.forLanguageTag("id")), id.go.pcm.month.EvaluationMonth.WIB);
    private final Formats english = new Formats(new Texts(MinisterReport.TEXTS, Locale.ENGLISH), id.go.pcm.month.EvaluationMonth.WIB);

    @Test
    void writesIndonesianNumbersWithDotsForThousandsAndACommaForDecimals() {
        assertEquals("12.500", indonesian.integer(12_500));
        assertEquals("1.234.567", indonesian.integer(1_234_567));
        assertEquals("77,8%", indonesian.percent(77.77));
        assertEquals("71,3", indonesian.decimal(71.25));
        assertEquals("12,500", english.integer(12_500));
        assertEquals("77.8%", english.percent(77.77));
    }

    @Test
    void writesIndonesianDatesWithIndonesianMonthNames() {
        assertEquals("3 Oktober 2024", indonesian.date(LocalDate.of(2024, 10, 3)));
        assertEquals("September 2024", indonesian.month(YearMonth.of(2024, 9)));
        assertEquals("Agu 2024", indonesian.monthShort(YearMonth.of(2024, 8)));
        assertEquals("3 October 2024", english.date(LocalDate.of(2024, 10, 3)));
    }

    @Test
    void writesTheTimeInWesternIndonesiaTimeWhateverTheOffsetGiven() {
        assertEquals("10 Oktober 2024, 00.00 WIB", indonesian.dateTime(OffsetDateTime.parse("2024-10-09T17:00:00Z")));
        assertEquals("10 October 2024, 00:00 WIB", english.dateTime(OffsetDateTime.parse("2024-10-10T00:00:00+07:00")));
    }

    @Test
    void signsChangesAndNetSentimentButNeverWritesMinusZero() {
        assertEquals("+25,0%", indonesian.signedRatio(0.25));
        assertEquals("-3,2%", indonesian.signedRatio(-0.032));
        assertEquals("0,0%", indonesian.signedRatio(-0.0001));
        assertEquals("+1,2", indonesian.change(1.24));
        assertEquals("0,0", indonesian.change(-0.04));
        assertEquals("+2,3 poin", indonesian.changePoints(2.3));
        assertEquals("-2.3 pts", english.changePoints(-2.3));
        assertEquals("+12", indonesian.changeCount(12));
        assertEquals("-1.200", indonesian.changeCount(-1200));
        assertEquals("0", indonesian.changeCount(0));
    }

    @Test
    void writesADashForAFigureThatDoesNotExist() {
        assertEquals("\u2013", indonesian.percent(null));
        assertEquals("\u2013", indonesian.decimal(null));
        assertEquals("\u2013", indonesian.signedRatio(null));
        assertEquals("\u2013", indonesian.changePoints(null));
    }

    @Test
    void roundsHalfUp() {
        assertEquals("0,3", indonesian.decimal(0.25));
        assertEquals("90", indonesian.plain(90));
        assertEquals("0,3", indonesian.plain(0.3));
    }
}
