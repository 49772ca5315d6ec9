package id.go.pcm.batch;

import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import id.go.pcm.samples.MonthGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job on a generated month of submissions ({@link MonthGenerator#withSubmissions()}): dozens of small
 * workbooks, so that one chunk of rows spans several of them and a row is checked after its workbook was
 * closed by Spring Batch's reader of many resources (a row missing a value asks its sheet about merged
 * cells). The run completes with the library's rejects, line for line.
 */
class GeneratedSubmissionsRunTest {

    @TempDir
    Path dir;

    @Test
    void aMonthOfManySmallSubmissionsRunsAndRejectsAsTheLibraryDoes() throws IOException {
        MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), 0.05, 7, 0.05).withFirstProvinces(1).withSubmissions();
        Path month = dir.resolve("month");
        generator.writeTo(month);
        Path out = dir.resolve("out");

        Runs.Result run = new Runs(dir.resolve("home")).run("--period=2024-09", "--input=" + month, "--output=" + out,
                "--as-of=" + generator.asOf(), "--lang=en");

        assertTrue(run.exit() == 0 || run.exit() == 4, run.exit() + " " + run.err());
        MonevResult library = Monev.of(YearMonth.of(2024, 9), generator.asOf()).evaluate(month);
        List<String> rejects = Files.readAllLines(out.resolve("pcm-rejects-2024-09.csv"));
        assertEquals(library.rejects().size() + 1, rejects.size(), "the header, then one line per reject");
        for (int i = 0; i < library.rejects().size(); i++) {
            var reject = library.rejects().get(i);
            assertTrue(rejects.get(i + 1).startsWith(reject.file() + "," + reject.line() + ","), rejects.get(i + 1) + " / " + reject);
        }
        assertTrue(library.rejects().stream().anyMatch(r -> r.file().startsWith("submissions/") && r.code().name().equals("MISSING_VALUE")),
                "a submission's row misses a value");
    }
}
