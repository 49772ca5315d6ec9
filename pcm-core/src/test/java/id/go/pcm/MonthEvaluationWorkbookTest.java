package id.go.pcm;

import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's entry points read {@code NAME.xlsx} as a workbook wherever they read a CSV file (SPEC 10.1). */
class MonthEvaluationWorkbookTest {

    private static final Monev MONEV = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+07:00"));

    @TempDir
    Path dir;

    private Path workbook(String fileName, String sheetName, String[]... rows) throws IOException {
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "PCM", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.value(r, c, rows[r][c]);
                }
            }
            workbook.finish();
        }
        return file;
    }

    private Path reportsWorkbook(String fileName) throws IOException {
        return workbook(fileName, "reports",
                new String[]{"report_id", "agency_id", "period", "submitted_at", "policies_count", "activities_count", "has_data", "has_agenda"},
                new String[]{"R-1", "KEMKES", "2024-09", "03/10/2024 10:15", "1", "2", "ya", "tidak"},
                new String[]{"R-2", "KEMKES", "2024-08", "03/10/2024 10:15", "1", "2", "ya", "tidak"});
    }

    private MonthEvaluation monthWithRegistries() throws IOException {
        Files.writeString(dir.resolve("agencies.csv"), "agency_id,name,type\nKEMKES,Kementerian Kesehatan,KEMENTERIAN\n");
        Files.writeString(dir.resolve("narratives.csv"), "narrative_id,title,program,issued_at,targets\n");
        MonthEvaluation month = MONEV.start();
        month.read(MonthFile.AGENCIES, dir.resolve("agencies.csv"), reject -> { });
        month.read(MonthFile.NARRATIVES, dir.resolve("narratives.csv"), reject -> { });
        return month;
    }

    @Test
    void aWorkbookPathIsReadAsAWorkbookItsRejectsNamingItAndItsSummaryCarryingItsHash() throws IOException {
        Path file = reportsWorkbook("Reports.XLSX");
        List<Reject> rejects = new ArrayList<>();
        InputSummary summary = monthWithRegistries().read(MonthFile.REPORTS, file, rejects::add);
        assertEquals("reports.csv", summary.file(), "inputs keep section 1's names");
        assertEquals(sha256(file), summary.sha256());
        assertEquals(2, summary.rows());
        assertEquals(1, rejects.size());
        assertEquals("Reports.XLSX", rejects.get(0).file());
        assertEquals(3, rejects.get(0).line(), "row 3 of the sheet");
        assertEquals(RejectCode.WRONG_PERIOD, rejects.get(0).code());

        List<Reject> streamed = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            monthWithRegistries().read(MonthFile.REPORTS, "Reports.XLSX", in, streamed::add);
        }
        assertEquals(rejects, streamed);
    }

    @Test
    void theCheckTakesAWorkbookByItsNameAndGivesTheMonthsRejects() throws IOException {
        Path file = reportsWorkbook("reports.xlsx");
        monthWithRegistries();
        FileCheck check = MONEV.checkAgainst(dir.resolve("agencies.csv"), dir.resolve("narratives.csv"));
        List<Reject> month = new ArrayList<>();
        monthWithRegistries().read(MonthFile.REPORTS, file, month::add);
        assertEquals(month, check.check(file, null).rejects());
        try (InputStream in = Files.newInputStream(file)) {
            List<Reject> uploaded = new ArrayList<>();
            check.check(MonthFile.REPORTS, "reports.xlsx", in, null, uploaded::add);
            assertEquals(month, uploaded);
        }
        Path xls = Files.writeString(dir.resolve("reports.xls"), "not read");
        UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> check.check(xls, null));
        assertTrue(refusal.getMessage().contains("Excel Workbook (.xlsx)"), refusal.getMessage());
    }

    @Test
    void typesMayBeAWorkbook() throws IOException {
        Path file = workbook("types.xlsx", "types", new String[]{"type", "name", "parent_type", "region_code"},
                new String[]{"KABUPATEN", "Kabupaten", "", "NN.NN"}, new String[]{"KECAMATAN", "Kecamatan", "KABUPATEN", "NN.NN.NN"});
        AgencyTypes types = AgencyTypes.read(file);
        assertEquals(2, types.all().size());
        try (InputStream in = Files.newInputStream(file)) {
            InputSummary summary = MONEV.start().readTypes("types.xlsx", in);
            assertEquals(sha256(file), summary.sha256());
            assertEquals(AgencyTypes.FILE_NAME, summary.file());
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
