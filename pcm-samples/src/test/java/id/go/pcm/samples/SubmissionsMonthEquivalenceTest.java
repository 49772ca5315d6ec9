package id.go.pcm.samples;

import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 23's equivalence (SPEC 10.2): a generated month whose {@code reports} and {@code dissemination}
 * are split into one workbook per agency in {@code submissions/} ({@link MonthGenerator#withSubmissions()})
 * gives, through {@link Monev}, the same figures, rows, accepted and rejected, and the same rejects as the
 * same rows in one file in the same order ({@link MonthGenerator#withSubmissionsAsOneFile()}); a reject of
 * {@code reports.xlsx} line N is the one of the sheet {@code submissions/FILE.xlsx#reports} whose rows
 * hold the file's row N, under the sheet's own row number. Several seeds, national and Kutai Timur's in WITA.
 */
class SubmissionsMonthEquivalenceTest {

    private static final YearMonth PERIOD = YearMonth.of(2024, 9);
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "national, seed {0}")
    @ValueSource(longs = {1, 7, 2024})
    void aNationalMonthSplitIntoSubmissionsIsTheSameMonthAsItsRowsInOneFile(long seed) throws IOException {
        MonthGenerator generator = new MonthGenerator(PERIOD, 0.05, seed, 0.05).withFirstProvinces(2);
        sameMonth(generator, Monev.of(PERIOD, generator.asOf()));
    }

    @ParameterizedTest(name = "Kutai Timur in WITA, seed {0}")
    @ValueSource(longs = {3, 11})
    void kutaiTimursMonthSplitIntoSubmissionsIsTheSameMonthInItsZone(long seed) throws IOException {
        MonthGenerator generator = MonthGenerator.kutaiTimur(PERIOD, 0.3, seed, 0.05);
        sameMonth(generator, Monev.of(PERIOD, generator.asOf()).withZone(WITA));
    }

    @Test
    void theSplitMonthHoldsEveryRowOfTheGeneratorsMonthEachInItsSendersWorkbook() throws IOException {
        MonthGenerator generator = MonthGenerator.kutaiTimur(PERIOD, 0.3, 5, 0.05);
        Path csv = dir.resolve("csv");
        Path split = dir.resolve("split");
        generator.writeTo(csv);
        MonthGenerator.Counts counts = generator.withSubmissions().writeTo(split);
        Monev monev = Monev.of(PERIOD, generator.asOf()).withZone(WITA);
        MonevResult one = monev.evaluate(csv);
        MonevResult sent = monev.evaluate(split);
        for (String file : List.of("reports.csv", "dissemination.csv")) {
            assertEquals(one.input(file).rows(), sent.input(file).rows(), file + ": no row lost or added by the split");
        }
        assertEquals(counts.reports + counts.evidence, sent.input("reports.csv").rows() + sent.input("dissemination.csv").rows());
        assertFalse(Files.exists(split.resolve("reports.csv")) || Files.exists(split.resolve("dissemination.csv")));
        assertTrue(Files.exists(split.resolve("media.csv")), "the other files are written as the format says");
        // one workbook per unit that sent anything, named by its id: the kit's name
        for (InputSummary.SourceFile sheet : sent.input("dissemination.csv").files()) {
            String agency = sheet.file().substring("submissions/".length(), sheet.file().indexOf(".xlsx#"));
            assertEquals(1, sent.figures().agencies().stream().filter(a -> a.agencyId().equals(agency)).count(),
                    agency + " is a unit of the month");
        }
        assertTrue(sent.input("dissemination.csv").files().size() > 30, sent.input("dissemination.csv").files().toString());
    }

    @Test
    void theSameSeedWritesTheSameSubmissions() throws IOException {
        MonthGenerator generator = MonthGenerator.kutaiTimur(PERIOD, 0.2, 9, 0.02).withSubmissions();
        generator.writeTo(dir.resolve("a"));
        generator.writeTo(dir.resolve("b"));
        try (Stream<Path> a = Files.walk(dir.resolve("a")); Stream<Path> b = Files.walk(dir.resolve("b"))) {
            List<Path> filesA = a.filter(Files::isRegularFile).map(dir.resolve("a")::relativize).sorted().toList();
            List<Path> filesB = b.filter(Files::isRegularFile).map(dir.resolve("b")::relativize).sorted().toList();
            assertEquals(filesA, filesB);
            for (Path file : filesA) {
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a").resolve(file)),
                        Files.readAllBytes(dir.resolve("b").resolve(file))), file.toString());
            }
        }
    }

    @Test
    void theCommandLinesFlagAsksForTheMonthOfSubmissionsAndTakesNoValue() throws IOException {
        GenerateMonth.generator(Map.of("edition", "kutai-timur", "scale", "0.1", "format", "xlsx", "submissions", ""))
                .writeTo(dir.resolve("flag"));
        assertTrue(Files.isDirectory(dir.resolve("flag").resolve("submissions")));
        assertTrue(Files.exists(dir.resolve("flag").resolve("media.xlsx")), "the other files in the format asked");
        assertFalse(Files.exists(dir.resolve("flag").resolve("reports.xlsx")));
        GenerateMonth.generator(Map.of("edition", "kutai-timur", "scale", "0.1")).writeTo(dir.resolve("plain"));
        assertFalse(Files.exists(dir.resolve("plain").resolve("submissions")));
        IllegalArgumentException valued = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> GenerateMonth.generator(Map.of("submissions", "yes")));
        assertTrue(valued.getMessage().startsWith("--submissions takes no value (not --submissions=yes)"), valued.getMessage());
    }

    private void sameMonth(MonthGenerator generator, Monev monev) throws IOException {
        Path split = dir.resolve("split");
        Path one = dir.resolve("one");
        generator.withSubmissions().writeTo(split);
        generator.withSubmissionsAsOneFile().writeTo(one);
        MonevResult sent = monev.evaluate(split);
        MonevResult pasted = monev.evaluate(one);

        Map<String, Place> places = new HashMap<>();
        for (String logical : List.of("reports", "dissemination")) {
            InputSummary s = sent.input(logical + ".csv");
            InputSummary o = pasted.input(logical + ".csv");
            assertEquals(List.of(o.rows(), o.accepted(), o.rejected(), o.unknownColumns()),
                    List.of(s.rows(), s.accepted(), s.rejected(), s.unknownColumns()), logical);
            assertTrue(s.files().size() > 1, logical + " comes from many submissions: " + s.files());
            long offset = 0;
            for (InputSummary.SourceFile sheet : s.files()) {
                assertTrue(sheet.file().matches("submissions/[A-Z][A-Z0-9._-]*\\.xlsx#" + logical), sheet.file());
                // the generator writes no blank row: the sheet's row L is the one file's row L + the rows before it
                for (long line = 2; line <= sheet.rows() + 1; line++) {
                    places.put(logical + ".xlsx:" + (offset + line), new Place(sheet.file(), line));
                }
                offset += sheet.rows();
            }
        }
        assertEquals(List.of(), sent.submissions().refused());

        assertEquals(WorkbookMonthEquivalenceTest.withRejectsRenamed(pasted.figures(), r -> renamed(r, places)), sent.figures());
        List<Reject> expected = pasted.rejects().stream().map(r -> renamed(r, places)).toList();
        assertEquals(expected, sent.rejects());
        Set<RejectCode> codes = new TreeSet<>();
        sent.rejects().stream().filter(r -> r.file().startsWith("submissions/")).forEach(r -> codes.add(r.code()));
        assertTrue(codes.size() >= 5, "the submissions' rows have faults of many kinds: " + codes);
        assertTrue(codes.contains(RejectCode.DUPLICATE_ID), "ids repeated across submissions: " + codes);
        assertNotEquals(pasted.rejects(), sent.rejects(), "the names differ");
    }

    /** Where a row of the one-file month is in the month of submissions. */
    private record Place(String file, long line) {
    }

    private static Reject renamed(Reject reject, Map<String, Place> places) {
        Place place = places.get(reject.file() + ":" + reject.line());
        if (place == null) {
            assertFalse(reject.file().startsWith("reports.") || reject.file().startsWith("dissemination."), reject.toString());
            return reject;
        }
        return new Reject(place.file(), place.line(), reject.recordId(), reject.code(), reject.column(), reject.messageId(),
                reject.messageEn(), reject.rowMonth());
    }
}
