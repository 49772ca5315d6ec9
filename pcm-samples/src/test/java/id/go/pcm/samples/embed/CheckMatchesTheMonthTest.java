package id.go.pcm.samples.embed;

import id.go.pcm.FileCheck;
import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import id.go.pcm.MonthFile;
import id.go.pcm.samples.MonthGenerator;
import id.go.pcm.validation.Reject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 6 on the generator's months, with their faulty rows of every kind: the check of each file,
 * from a path and from a stream, gives exactly that file's rejects in the month's run (file, line,
 * id, rule, column and both messages) and the same summary.
 */
class CheckMatchesTheMonthTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "scale {0}, seed {1}")
    @CsvSource({"0.3, 1", "1, 7", "0.5, 42"})
    void eachFilesCheckGivesItsRejectsInTheMonthsRun(double scale, long seed) throws IOException {
        MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), scale, seed, 0.02);
        Path month = dir.resolve("month-" + seed);
        generator.writeTo(month);
        Monev monev = Monev.of(YearMonth.of(2024, 9), generator.asOf());

        MonevResult run = monev.evaluate(month);
        FileCheck check = monev.checkAgainst(month.resolve("agencies.csv"), month.resolve("narratives.csv"));

        long rejects = 0;
        for (MonthFile file : MonthFile.values()) {
            List<Reject> expected = run.rejects().stream().filter(r -> r.file().equals(file.fileName())).toList();
            FileCheck.Result fromPath = check.check(month.resolve(file.fileName()), null);
            FileCheck.Result fromStream;
            try (InputStream in = Files.newInputStream(month.resolve(file.fileName()))) {
                fromStream = check.check(file, in, null);
            }
            assertEquals(expected, fromPath.rejects(), file.fileName());
            assertEquals(expected, fromStream.rejects(), file.fileName());
            assertEquals(run.input(file.fileName()), fromPath.summary(), file.fileName());
            rejects += expected.size();
        }
        assertTrue(rejects > 20, "the generated month has faulty rows to compare: " + rejects);
    }
}
