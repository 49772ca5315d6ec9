package id.go.pcm.workbook;

import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import id.go.pcm.MonthEvaluation;
import id.go.pcm.MonthFile;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Workbooks written by other programs than PCM's reader knows (SPEC 10.1; issue 22): LibreOffice Calc
 * 7.4 (from CSV and from flat ODF) and fastexcel 0.19.0, committed under {@code workbooks/} with what made
 * them (its README). Each must give the rows and rejects written here, worked out from the contract by
 * hand. They wait for the workbook reader: before it, a {@code .xlsx} is refused.
 */
class OtherProducersWorkbooksTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);
    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-10-10T00:00:00+07:00");

    @TempDir
    Path dir;

    /** A reject as these tests state it: the file, row, id, code and column. */
    private record Expected(String file, long line, String id, RejectCode code, String column) {
        static Expected of(Reject reject) {
            return new Expected(reject.file(), reject.line(), reject.recordId(), reject.code(), reject.column());
        }
    }

    private static Path fixture(String path) {
        try {
            return Path.of(Objects.requireNonNull(OtherProducersWorkbooksTest.class.getResource("/workbooks/" + path), path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A month with the registry of {@code workbooks/src} (CSV) read, ready for one more file. */
    private static MonthEvaluation withRegistry() {
        MonthEvaluation month = Monev.of(SEPTEMBER, AS_OF).start();
        month.read(MonthFile.AGENCIES, fixture("src/agencies.csv"), reject -> { });
        month.read(MonthFile.NARRATIVES, fixture("src/narratives.csv"), reject -> { });
        return month;
    }

    private static void assertSummary(InputSummary summary, long rows, long accepted, long rejected) {
        assertEquals(List.of(rows, accepted, rejected), List.of(summary.rows(), summary.accepted(), summary.rejected()),
                summary.file() + ": rows, accepted, rejected");
    }

    @Test
    void libreOfficesWorkbookFromCsvLosesTheZeroOfARegionCode() {
        // LibreOffice typed 32 and 32.73 as numbers (read back as 32 and 32.73: right), 2015-01-01 as a date in
        // yyyy\-mm\-dd (right), and 32.10 as the number 32.1: BAD_REGION_CODE. Its "General" is a custom format 164.
        List<Reject> rejects = new ArrayList<>();
        InputSummary summary = Monev.of(SEPTEMBER, AS_OF).start()
                .read(MonthFile.AGENCIES, fixture("libreoffice/agencies.xlsx"), rejects::add);
        assertSummary(summary, 4, 3, 1);
        assertEquals(List.of(new Expected("agencies.xlsx", 5, "KOTA-BANJAR", RejectCode.BAD_REGION_CODE, "region_code")),
                rejects.stream().map(Expected::of).toList());
    }

    @Test
    void libreOfficesReportsOnAHiddenSheetUnderATitleRow() {
        // The sheet named reports is hidden and second; a merged title is row 1, the header row 2; row 5 is blank;
        // row 9 is a kit's row left unfilled (skipped, registers no id), so row 10's LB-6 is no DUPLICATE_ID.
        // LibreOffice writes booleans as the numbers 1 and 0, dates in its own custom formats (m/d/yy\ h:mm,
        // mm/dd/yy, mmm\-yy, dd/mm/yyyy\ hh:mm) and date-times to 15 digits (45568.4270833333 is 10:15:00).
        List<Reject> rejects = new ArrayList<>();
        InputSummary summary = withRegistry().read(MonthFile.REPORTS, fixture("libreoffice/reports.xlsx"), rejects::add);
        assertSummary(summary, 6, 2, 4);
        assertEquals(List.of(
                        new Expected("reports.xlsx", 4, "LB-2", RejectCode.BAD_VALUE, "submitted_at"),      // a date without its time
                        new Expected("reports.xlsx", 6, "LB-3", RejectCode.BAD_VALUE, "activities_count"),  // 2.5
                        new Expected("reports.xlsx", 7, "LB-4", RejectCode.BAD_VALUE, "policies_count"),    // #N/A
                        new Expected("reports.xlsx", 8, "LB-5", RejectCode.MISSING_VALUE, "agency_id")),    // under B7:B8
                rejects.stream().map(Expected::of).toList());
    }

    @Test
    void libreOfficesEvidenceCountsItsDatesFrom1904() {
        // date1904="true": BD-1's 44076.4166666667 is 2024-09-03 10:00 (in the 1900 system, 2020: BEFORE_ISSUE);
        // BD-2 is one second before N-1's issue; BD-3's reach is 100.5. Reach 12500 in #,##0 and the text 1.250 are whole.
        List<Reject> rejects = new ArrayList<>();
        InputSummary summary = withRegistry().read(MonthFile.DISSEMINATION, fixture("libreoffice/dissemination.xlsx"), rejects::add);
        assertSummary(summary, 3, 1, 2);
        assertEquals(List.of(
                        new Expected("dissemination.xlsx", 3, "BD-2", RejectCode.BEFORE_ISSUE, "published_at"),
                        new Expected("dissemination.xlsx", 4, "BD-3", RejectCode.BAD_VALUE, "reach")),
                rejects.stream().map(Expected::of).toList());
    }

    @Test
    void fastexcelsMediaOnASheetNamedLikeTheFileWithInlineStrings() {
        // The sheet " MEDIA " (second, visible; the first is Ringkasan). MI-1's sentiment is POSITIF_x0020_,
        // a space once decoded; MI-4 is the month's last second in dd/mm/yyyy hh:mm:ss; catatan is an unknown column.
        List<Reject> rejects = new ArrayList<>();
        InputSummary summary = withRegistry().read(MonthFile.MEDIA, fixture("fastexcel/media.xlsx"), rejects::add);
        assertSummary(summary, 6, 2, 4);
        assertEquals(List.of("catatan"), summary.unknownColumns());
        assertEquals(List.of(
                        new Expected("media.xlsx", 3, "MI-2", RejectCode.BAD_VALUE, "published_at"),       // [h]:mm
                        new Expected("media.xlsx", 4, "MI-3", RejectCode.BAD_VALUE, "reach"),              // 1.5
                        new Expected("media.xlsx", 6, "MI-5", RejectCode.UNKNOWN_NARRATIVE, "narrative_id"), // the number 1
                        new Expected("media.xlsx", 7, "MI-6", RejectCode.MISSING_VALUE, "outlet")),        // no saved result
                rejects.stream().map(Expected::of).toList());
    }

    @Test
    void aMonthFolderOfEveryProducersWorkbooksIsEvaluatedWhole() throws IOException {
        Path month = dir.resolve("2024-09");
        Files.createDirectories(month);
        Files.copy(fixture("libreoffice/agencies.xlsx"), month.resolve("agencies.xlsx"));
        Files.copy(fixture("src/narratives.csv"), month.resolve("narratives.csv"));
        Files.copy(fixture("libreoffice/reports.xlsx"), month.resolve("reports.xlsx"));
        Files.copy(fixture("libreoffice/dissemination.xlsx"), month.resolve("dissemination.xlsx"));
        Files.copy(fixture("fastexcel/media.xlsx"), month.resolve("media.xlsx"));

        MonevResult result = Monev.of(SEPTEMBER, AS_OF).evaluate(month);

        assertEquals(11, result.rejects().size(), "1 + 0 + 4 + 2 + 4");
        assertEquals(List.of(1L, 0L, 4L, 2L, 4L), result.inputs().stream().map(InputSummary::rejected).toList(),
                "agencies, narratives, reports, dissemination, media");
        // Three of the four agencies are accepted and active: KEMKOMDIGI and KOTA-BANDUNG reported, PROV-JABAR did not.
        assertEquals(3, result.figures().agencies().size());
    }
}
