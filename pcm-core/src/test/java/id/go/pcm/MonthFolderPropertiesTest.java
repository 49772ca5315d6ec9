package id.go.pcm;

import id.go.pcm.MonthFolderWriter.Layout;
import id.go.pcm.MonthFolderWriter.WrittenRow;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.evaluation.AgencyDetail;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.NarrativeFigures;
import id.go.pcm.validation.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties of reading and evaluating whole month folders, over months made up at random by
 * {@link MonthGenerator}: good rows mixed with faulty rows of random kinds, in random CSV layouts.
 *
 * <p>Why a shape and a seed rather than Gen combinators all the way down: a month is a web of rows that
 * refer to each other (evidence names an accepted narrative and an active agency, a report's agency
 * must be active, a duplicate must come after its original). Drawing that with combinators would need
 * generators that depend on each other's values, which QuickTheories can express only through
 * {@code flatMap}, and its shrinker cannot shrink through {@code flatMap}. So QuickTheories draws the
 * sizes and the fault rate, which it shrinks towards small, clean months, and a seed; a seeded
 * {@link java.util.Random} fills in the rows. A failure then shrinks to the fewest rows and faults
 * that still fail, with a seed that reproduces the month exactly.
 */
class MonthFolderPropertiesTest {

    /** Enough variety to find a fault in a few seconds, few enough that the suite stays quick. */
    static final int EXAMPLES = 60;

    @TempDir
    Path dir;

    /** Small months: up to 9 agencies, 4 narratives, 12 reports, 15 evidence rows and 15 media items, plus faults. */
    static Gen<MonthGenerator.Shape> shapes() {
        Gen<int[]> sizes = integers().between(0, 8).zip(integers().between(0, 4), integers().between(0, 12),
                integers().between(0, 15), integers().between(0, 15), (a, n, r, e, m) -> new int[] {a, n, r, e, m});
        return sizes.zip(integers().between(0, 40), longs().all(),
                (s, faults, seed) -> new MonthGenerator.Shape(s[0], s[1], s[2], s[3], s[4], faults, seed));
    }

    static Layout layoutFor(long seed) {
        List<Layout> all = Layout.all();
        return all.get((int) Math.floorMod(seed, (long) all.size()));
    }

    Path newFolder() {
        try {
            return Files.createTempDirectory(dir, "month");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MonevResult evaluate(GeneratedMonth month, Path folder) {
        return Monev.of(month.period(), month.asOf()).evaluate(folder);
    }

    /** (1) Every row written is counted once, accepted or rejected; faulty rows get their code on their line. */
    @Test
    void everyRowIsCountedOnceAndEachFaultyRowIsRejectedOnItsLine() {
        qt().withExamples(EXAMPLES).forAll(shapes()).checkAssert(shape ->
                assertEveryRowCountedOnce(shape, MonthGenerator.generate(shape, true)));
    }

    /**
     * (1) The same of regional months (SPEC 9.1): a type not among the month's, a parent or code missing,
     * given where none belongs, of the wrong shape or not under the parent's, a parent of the wrong type or
     * rejected, each gets its code on its line.
     */
    @Test
    void aRegionalMonthsRowsAreCountedOnceAndEachFaultyRowIsRejectedOnItsLine() {
        qt().withExamples(EXAMPLES).forAll(shapes()).checkAssert(shape -> {
            GeneratedMonth month = MonthGenerator.generateRegional(shape, true);
            MonevResult result = assertEveryRowCountedOnce(shape, month);
            InputSummary types = result.inputs().get(0);
            assertEquals(List.of(AgencyTypes.FILE_NAME, (long) month.types().all().size(), (long) month.types().all().size(), 0L),
                    List.of(types.file(), types.rows(), types.accepted(), types.rejected()));
        });
    }

    /** (6) SPEC 9.1: a {@code types.csv} of the national types, as the SPEC writes them, gives the same figures and rejects as none. */
    @Test
    void aTypesCsvOfTheNationalTypesChangesNoFigureAndNoReject() {
        qt().withExamples(EXAMPLES / 2).forAll(shapes()).checkAssert(shape -> {
            GeneratedMonth month = MonthGenerator.generate(shape, true);
            Layout layout = layoutFor(shape.seed());
            Path without = newFolder();
            MonthFolderWriter.write(month, without, layout, null, new Random(shape.seed()));
            Path with = newFolder();
            MonthFolderWriter.write(month, with, layout, null, new Random(shape.seed()));
            String lines = String.join(layout.lineEnd(), "type,name,name_en,parent_type,region_code",
                    "KEMENTERIAN,Kementerian,Ministry,,", "LEMBAGA,Lembaga,Agency,,", "PROVINSI,Provinsi,Province,,NN",
                    "KABUPATEN,Kabupaten,Regency,PROVINSI,NN.NN", "KOTA,Kota,City,PROVINSI,NN.NN") + layout.lineEnd();
            try {
                Files.writeString(with.resolve(AgencyTypes.FILE_NAME),
                        (layout.bom() ? "\uFEFF" : "") + lines.replace(',', layout.delimiter()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            MonevResult national = evaluate(month, without);
            MonevResult described = evaluate(month, with);
            assertEquals(national.figures(), described.figures());
            assertEquals(national.rejects(), described.rejects());
            assertEquals(AgencyTypes.FILE_NAME, described.inputs().get(0).file());
            assertEquals(national.inputs(), described.inputs().subList(1, described.inputs().size()));
        });
    }

    private MonevResult assertEveryRowCountedOnce(MonthGenerator.Shape shape, GeneratedMonth month) {
        {
            Path folder = newFolder();
            Map<String, List<WrittenRow>> written = MonthFolderWriter.write(month, folder, layoutFor(shape.seed()),
                    null, new Random(shape.seed()));
            MonevResult result = evaluate(month, folder);
            for (String file : MonthFile.names()) {
                InputSummary input = result.input(file);
                List<WrittenRow> rows = written.get(file);
                assertEquals(rows.size(), input.rows(), file + " rows");
                assertEquals(input.rows(), input.accepted() + input.rejected(), file + " accepted + rejected");
                assertEquals(month.file(file).good(), input.accepted(), file + " accepted");
                List<String> expected = rows.stream().filter(w -> !w.row().good())
                        .map(w -> w.line() + " " + w.row().expectedId() + " " + w.row().expectedCode()).toList();
                List<String> actual = result.rejects().stream().filter(r -> r.file().equals(file))
                        .map(r -> r.line() + " " + r.recordId() + " " + r.code()).toList();
                assertEquals(expected, actual, file + " rejects");
            }
            return result;
        }
    }

    /** (2) The order of the data rows in each file does not change any figure. */
    @Test
    void shufflingTheRowsOfEachFileChangesNoFigure() {
        qt().withExamples(EXAMPLES).forAll(shapes()).checkAssert(shape -> {
            // no DUPLICATE_ID or DUPLICATE_EVIDENCE rows (which of two is the repeat depends on order), and no
            // two reports of one agency at the same submitted_at (ties go to the later row, SPEC 1.3)
            GeneratedMonth month = MonthGenerator.generate(shape, false);
            Layout layout = layoutFor(shape.seed());
            Path inOrder = newFolder();
            MonthFolderWriter.write(month, inOrder, layout, null, null);
            Path shuffled = newFolder();
            MonthFolderWriter.write(month, shuffled, layout, new Random(~shape.seed()), null);
            MonevResult first = evaluate(month, inOrder);
            MonevResult second = evaluate(month, shuffled);
            assertEquals(withNarrativesById(first.figures()), withNarrativesById(second.figures()));
            assertEquals(counts(first), counts(second));
            assertEquals(rejectsWithoutLines(first), rejectsWithoutLines(second));
        });
    }

    /** (3) Comma or semicolon, with or without BOM, LF or CRLF: the same month gives the same figures and rejects. */
    @Test
    void theLayoutOfTheFilesChangesNothing() {
        qt().withExamples(EXAMPLES / 2).forAll(shapes()).checkAssert(shape -> {
            GeneratedMonth month = MonthGenerator.generate(shape, true);
            MonevResult reference = null;
            for (Layout layout : Layout.all()) {
                Path folder = newFolder();
                MonthFolderWriter.write(month, folder, layout, null, new Random(shape.seed()));
                MonevResult result = evaluate(month, folder);
                if (reference == null) {
                    reference = result;
                } else {
                    assertEquals(reference.figures(), result.figures(), layout.toString());
                    assertEquals(reference.rejects(), result.rejects(), layout.toString());
                    assertEquals(counts(reference), counts(result), layout.toString());
                }
            }
        });
    }

    /**
     * Narratives are listed in file order (by design, not by SPEC); sorting them by id makes the figures
     * of two orders comparable. Maps compare by content, whatever their order.
     */
    /**
     * The figures with narratives by id, and without the scorecards' first rejected rows: which rows
     * come first, and on which lines, is the order of the file (their counts by rule are kept).
     */
    static MonthlyFigures withNarrativesById(MonthlyFigures f) {
        List<NarrativeFigures> sorted = f.narratives().stream()
                .sorted(Comparator.comparing(NarrativeFigures::narrativeId)).toList();
        List<AgencyFigures> agencies = f.agencies().stream().map(a -> {
            AgencyDetail d = a.detail();
            AgencyDetail orderFree = new AgencyDetail(d.rankInType(), d.ofType(), d.parentId(), d.parentName(), d.deadline(),
                    d.submittedAt(), d.completenessItems(), d.superseded(), d.pairs(), d.untargetedEvidence(), d.channels(),
                    d.rejectedRows(), List.of(), d.children(), d.childrenMeanScore());
            return new AgencyFigures(a.agencyId(), a.name(), a.type(), a.report(), a.completeness(), a.targeted(), a.covered(),
                    a.onTime(), a.r(), a.c(), a.t(), a.score(), a.category(), orderFree);
        }).toList();
        return new MonthlyFigures(f.period(), f.asOf(), f.zone(), f.types(), f.national(), f.media(), agencies, sorted);
    }

    /** Rows, accepted and rejected per file (the checksums differ from one layout to another). */
    static List<String> counts(MonevResult result) {
        return result.inputs().stream()
                .map(i -> i.file() + " " + i.rows() + " " + i.accepted() + " " + i.rejected() + " " + i.unknownColumns())
                .toList();
    }

    static List<String> rejectsWithoutLines(MonevResult result) {
        return result.rejects().stream().map(MonthFolderPropertiesTest::withoutLine).sorted().toList();
    }

    private static String withoutLine(Reject r) {
        return r.file() + " " + r.recordId() + " " + r.code() + " " + r.column();
    }
}
