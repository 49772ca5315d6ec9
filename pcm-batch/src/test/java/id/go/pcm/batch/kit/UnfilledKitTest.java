package id.go.pcm.batch.kit;

import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonthEvaluation;
import id.go.pcm.MonthFile;
import id.go.pcm.validation.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A kit as written, unfilled, reads with no row and no reject (SPEC 10.3, and 10.1's rule that a
 * {@code reports} row with nothing in the columns a clerk fills in is a kit's unfilled row). Read by
 * the month's own reader, {@link MonthEvaluation#read}, which picks the sheet named like the file: the
 * kit is read as {@code reports.xlsx} and as {@code dissemination.xlsx}.
 *
 * <p>This test needs the workbook reader of SPEC 10.1 (issue 22): until it is merged, the reader
 * takes every file for CSV and refuses the kit as a workbook.
 */
class UnfilledKitTest {

    @TempDir
    Path out;
    @TempDir
    Path home;

    @Test
    void anUnfilledKitReadsWithNoRowAndNoReject() throws Exception {
        KitRun run = KitRun.of(home, "--period=2024-09", "--input=" + KitRun.NATIONAL, "--output=" + out,
                "--as-of=2024-10-01T00:00:00+07:00");
        assertEquals(0, run.exit(), run.err());
        Path kit = out.resolve("pcm-kit-2024-09").resolve("KEMENDAGRI.xlsx");
        Path folder = Files.createDirectories(out.resolve("read"));
        MonthEvaluation month = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+07:00")).start();
        List<Reject> rejects = new ArrayList<>();
        month.read(MonthFile.AGENCIES, KitRun.NATIONAL.resolve("agencies.csv"), r -> { });
        month.read(MonthFile.NARRATIVES, KitRun.NATIONAL.resolve("narratives.csv"), r -> { });
        InputSummary reports = month.read(MonthFile.REPORTS, Files.copy(kit, folder.resolve("reports.xlsx")), rejects::add);
        InputSummary dissemination = month.read(MonthFile.DISSEMINATION, Files.copy(kit, folder.resolve("dissemination.xlsx")),
                rejects::add);
        assertEquals(0, reports.rows());
        assertEquals(0, dissemination.rows());
        assertEquals(List.of(), rejects);
    }
}
