package id.go.pcm.samples;

import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import id.go.pcm.evaluation.AgencyDetail;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 22's equivalence: a generated month written once as CSV and once as workbooks with the same values
 * ({@link MonthGenerator#withFormat}, cells as {@link ClerkSheet} types them) gives, through {@link Monev},
 * the same figures, the same inputs' rows, accepted and rejected, and the same rejects (line, id, code,
 * column, both messages, month), file names aside. The one difference is by design: the media row that
 * CSV breaks with a stray delimiter ({@code MALFORMED_ROW}, no id, no column) is broken in the workbook by
 * a formula without its saved result in {@code sentiment} ({@code MISSING_VALUE}, with its id and column).
 * Waits for the workbook reader (SPEC 10.1): until it is merged, {@code Monev} refuses the workbook month.
 */
class WorkbookMonthEquivalenceTest {

    private static final YearMonth PERIOD = YearMonth.of(2024, 9);
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "national, seed {0}")
    @ValueSource(longs = {1, 7, 2024})
    void aNationalMonthAsWorkbooksIsTheSameMonthAsItsCsv(long seed) {
        MonthGenerator generator = new MonthGenerator(PERIOD, 0.05, seed, 0.05).withFirstProvinces(2);
        sameMonth(generator, Monev.of(PERIOD, generator.asOf()));
    }

    @ParameterizedTest(name = "Kutai Timur in WITA, seed {0}")
    @ValueSource(longs = {3, 11})
    void kutaiTimursMonthAsWorkbooksIsTheSameMonthAsItsCsvInItsZone(long seed) {
        MonthGenerator generator = MonthGenerator.kutaiTimur(PERIOD, 0.3, seed, 0.05);
        sameMonth(generator, Monev.of(PERIOD, generator.asOf()).withZone(WITA));
    }

    private void sameMonth(MonthGenerator generator, Monev monev) {
        Path csvFolder = dir.resolve("csv");
        Path xlsxFolder = dir.resolve("xlsx");
        generator.writeTo(csvFolder);
        generator.withFormat(MonthFormat.XLSX).writeTo(xlsxFolder);
        MonevResult csv = monev.evaluate(csvFolder);
        MonevResult xlsx = monev.evaluate(xlsxFolder);

        // a scorecard's first rejected rows name their file: the workbook's, in the workbook's month
        assertEquals(withWorkbookNames(csv.figures()), xlsx.figures());
        assertEquals(csv.inputs().size(), xlsx.inputs().size());
        for (int i = 0; i < csv.inputs().size(); i++) {
            InputSummary c = csv.inputs().get(i);
            InputSummary x = xlsx.inputs().get(i);
            assertEquals(List.of(c.rows(), c.accepted(), c.rejected(), c.unknownColumns()),
                    List.of(x.rows(), x.accepted(), x.rejected(), x.unknownColumns()), c.file());
        }

        Set<RejectCode> codes = new TreeSet<>();
        int broken = 0;
        List<Reject> expected = new ArrayList<>();
        for (Reject reject : csv.rejects()) {
            codes.add(reject.code());
            if (reject.code() == RejectCode.MALFORMED_ROW) {
                assertEquals("media.csv", reject.file(), "the generator breaks only media rows so");
                Reject inWorkbook = xlsx.rejects().stream()
                        .filter(r -> r.file().equals("media.xlsx") && r.line() == reject.line()).findFirst().orElse(null);
                assertNotNull(inWorkbook, "media.xlsx row " + reject.line() + " is not rejected");
                assertEquals(RejectCode.MISSING_VALUE, inWorkbook.code(), inWorkbook.toString());
                assertEquals("sentiment", inWorkbook.column(), inWorkbook.toString());
                assertTrue(inWorkbook.recordId().startsWith("MI-"), inWorkbook.toString());
                expected.add(inWorkbook);
                broken++;
            } else {
                expected.add(asWorkbook(reject));
            }
        }
        assertEquals(expected, xlsx.rejects());
        assertTrue(codes.size() >= 6, "a month with faults of many kinds: " + codes);
        assertTrue(broken > 0, "no media row broken by a stray delimiter");
    }

    /** The CSV month's figures with each scorecard's first rejected rows named as the workbook's. */
    private static MonthlyFigures withWorkbookNames(MonthlyFigures f) {
        return withRejectsRenamed(f, WorkbookMonthEquivalenceTest::asWorkbook);
    }

    /**
     * @param f      a month's figures
     * @param rename what a reject is called in the other month
     * @return the figures with each scorecard's first rejected rows renamed
     */
    static MonthlyFigures withRejectsRenamed(MonthlyFigures f, java.util.function.UnaryOperator<Reject> rename) {
        List<AgencyFigures> agencies = f.agencies().stream().map(a -> {
            AgencyDetail d = a.detail();
            AgencyDetail named = new AgencyDetail(d.rankInType(), d.ofType(), d.parentId(), d.parentName(), d.deadline(),
                    d.submittedAt(), d.completenessItems(), d.superseded(), d.pairs(), d.untargetedEvidence(), d.channels(),
                    d.rejectedRows(), d.rejectedFirst().stream().map(rename).toList(),
                    d.children(), d.childrenMeanScore());
            return new AgencyFigures(a.agencyId(), a.name(), a.type(), a.report(), a.completeness(), a.targeted(), a.covered(),
                    a.onTime(), a.r(), a.c(), a.t(), a.score(), a.category(), named);
        }).toList();
        return new MonthlyFigures(f.period(), f.asOf(), f.zone(), f.types(), f.national(), f.media(), agencies, f.narratives());
    }

    /**
     * The CSV reject as the workbook's: the file named {@code NAME.xlsx}. Its messages are the same: where
     * they name a file of the month they name it as SPEC 1 does ("an accepted PROVINSI row of agencies.csv").
     */
    private static Reject asWorkbook(Reject reject) {
        return new Reject(reject.file().replaceFirst("\\.csv$", ".xlsx"), reject.line(), reject.recordId(), reject.code(),
                reject.column(), reject.messageId(), reject.messageEn(), reject.rowMonth());
    }
}
