package id.go.pcm;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.report.ReportStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The month-folder facade: files that cannot be used at all, unknown columns, quiet months, settings. */
class MonevTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);
    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-10-10T00:00:00+07:00");
    private static final Monev MONEV = Monev.of(SEPTEMBER, AS_OF);

    private static final Map<String, String> HEADERS = Map.of(
            "agencies.csv", "agency_id,name,type,parent_id,region_code,active_from,active_until",
            "reports.csv", "report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda",
            "narratives.csv", "narrative_id,title,program,issued_at,priority,due_hours,targets",
            "dissemination.csv", "evidence_id,narrative_id,agency_id,channel,published_at,url,proof_sha256,reach,engagement",
            "media.csv", "item_id,published_at,outlet,media_type,program,sentiment,reach,narrative_id,url");

    @TempDir
    Path dir;

    /** A quiet month: every file with its header and no rows. */
    private Path quietMonth() throws IOException {
        for (Map.Entry<String, String> file : HEADERS.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue() + "\n");
        }
        return dir;
    }

    private Path copyOfTheEndToEndMonth() throws IOException, URISyntaxException {
        Path source = Path.of(MonevTest.class.getResource("/months/2024-09").toURI());
        for (String file : MonthFile.names()) {
            Files.copy(source.resolve(file), dir.resolve(file));
        }
        return dir;
    }

    @ParameterizedTest
    @ValueSource(strings = {"agencies.csv", "reports.csv", "narratives.csv", "dissemination.csv", "media.csv"})
    void aMissingFileIsRefusedByName(String file) throws IOException {
        Files.delete(quietMonth().resolve(file));
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MONEV.evaluate(dir));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains(file), e.getMessage());
        assertTrue(e.messageId().contains(file), e.messageId());
    }

    @Test
    void aFolderThatDoesNotExistIsRefused() {
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MONEV.evaluate(dir.resolve("2024-13")));
        assertTrue(MonthFile.names().contains(e.file()), e.file());
    }

    @Test
    void aMissingRequiredColumnIsRefusedNamingFileAndColumn() throws IOException {
        Files.writeString(quietMonth().resolve("reports.csv"),
                "report_id,agency_id,period,policies_count,activities_count,has_data,has_agenda\n"
                        + "LB-1,KEMENKES,2024-09,1,1,ya,ya\n");
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MONEV.evaluate(dir));
        assertEquals("reports.csv", e.file());
        assertTrue(e.getMessage().contains("reports.csv") && e.getMessage().contains("submitted_at"), e.getMessage());
        assertTrue(e.messageId().contains("submitted_at"), e.messageId());
    }

    @Test
    void everyMissingColumnIsNamed() throws IOException {
        Files.writeString(quietMonth().resolve("media.csv"), "item_id;published_at;media_type;program;reach\n");
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MONEV.evaluate(dir));
        assertEquals("media.csv", e.file());
        assertTrue(e.getMessage().contains("outlet") && e.getMessage().contains("sentiment"), e.getMessage());
    }

    @Test
    void anOptionalColumnMayBeLeftOut() throws IOException {
        // agencies.csv without parent_id, region_code, active_from, active_until: only K/L can be accepted
        Files.writeString(quietMonth().resolve("agencies.csv"), "agency_id,name,type\nBPS,Badan Pusat Statistik,LEMBAGA\n");
        MonevResult result = MONEV.evaluate(dir);
        assertEquals(1, result.input("agencies.csv").accepted());
        assertEquals(1, result.figures().national().activeAgencies());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithTheLineOfItsFirstBadByte() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADERS.get("agencies.csv") + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("KEMENKES,Kementerian Kesehatan,KEMENTERIAN,,,,\n".getBytes(StandardCharsets.UTF_8));
        // "Dinas Pariwisata – Bali" as Excel's "ANSI" (windows-1252) writes it: the dash is byte 0x96
        bytes.writeBytes("DISPAR-BALI,Dinas Pariwisata ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0x96);
        bytes.writeBytes(" Bali,LEMBAGA,,,,\n".getBytes(StandardCharsets.UTF_8));
        Files.write(quietMonth().resolve("agencies.csv"), bytes.toByteArray());
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MONEV.evaluate(dir));
        assertEquals("agencies.csv", e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("agencies.csv") && e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void aBadByteFarIntoACrlfFileIsReportedOnItsLine() throws IOException {
        StringBuilder text = new StringBuilder("item_id;published_at;outlet;media_type;sentiment\r\n");
        for (int i = 1; i <= 5000; i++) {
            text.append("MED-").append(i).append(";10/09/2024 10:00;Kompas;ONLINE;NETRAL\r\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        // line 5002: the outlet "Café Jakarta" with its é in ISO-8859-1 (byte 0xE9)
        bytes.writeBytes("MED-5001;10/09/2024 10:00;Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes(" Jakarta;ONLINE;NETRAL\r\n".getBytes(StandardCharsets.UTF_8));
        Files.write(quietMonth().resolve("media.csv"), bytes.toByteArray());
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MONEV.evaluate(dir));
        assertEquals("media.csv", e.file());
        assertEquals(5002, e.line());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Files.write(quietMonth().resolve("narratives.csv"), new byte[0]);
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MONEV.evaluate(dir));
        assertEquals("narratives.csv", e.file());
    }

    @Test
    void unknownColumnsAreReportedInTheSummary() throws IOException {
        Files.writeString(quietMonth().resolve("reports.csv"),
                "report_id,agency_id,Catatan,period,submitted_at,policies_count,activities_count,has_data,has_agenda, Petugas \n");
        MonevResult result = MONEV.evaluate(dir);
        List<String> unknown = result.input("reports.csv").unknownColumns();
        assertEquals(2, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).equalsIgnoreCase("catatan"), unknown.toString());
        assertTrue(unknown.get(1).equalsIgnoreCase("petugas"), unknown.toString());
        assertEquals(List.of(), result.input("media.csv").unknownColumns());
    }

    @Test
    void aQuietMonthHasNoRowsAndEmptyFigures() throws IOException {
        MonevResult result = MONEV.evaluate(quietMonth());
        for (InputSummary input : result.inputs()) {
            assertEquals(0, input.rows(), input.file());
            assertEquals(0, input.accepted(), input.file());
            assertEquals(0, input.rejected(), input.file());
        }
        assertEquals(List.of(), result.rejects());
        MonthlyFigures figures = result.figures();
        assertEquals(0, figures.national().activeAgencies());
        assertNull(figures.national().meanScore());
        assertNull(figures.national().coveragePct());
        assertNull(figures.media().netSentiment());
        assertEquals(30, figures.media().daily().size());
    }

    @Test
    void inputsAreListedInReadingOrder() throws IOException {
        MonevResult result = MONEV.evaluate(quietMonth());
        assertEquals(MonthFile.names(), result.inputs().stream().map(InputSummary::file).toList());
        assertThrows(IllegalArgumentException.class, () -> result.input("laporan.csv"));
    }

    @Test
    void settingsAreAppliedToTheFolder() throws IOException, URISyntaxException {
        Path folder = copyOfTheEndToEndMonth();
        EvaluationSettings settings = EvaluationSettings.DEFAULTS.withDeadlineDay(7).withDefaultDueHours(24);
        Monev monev = MONEV.withSettings(settings);
        assertSame(settings, monev.settings());
        assertEquals(SEPTEMBER, monev.month().period());
        MonthlyFigures figures = monev.evaluate(folder).figures();
        // with the deadline on the 7th, KAB-BDG (7 Oct 09:00), KOTA-BDG (6 Oct) and PROV-BALI (6 Oct 00:00) are on time
        assertEquals(Map.of(ReportStatus.ON_TIME, 9L, ReportStatus.LATE, 0L, ReportStatus.MISSING, 2L),
                figures.national().reports());
        // N-002 has no due_hours: now 24 h from 5 Sep 10:00 → 6 Sep 10:00. KEMENKES (5 Sep 13:00) is on time,
        // PROV-JATENG (7 Sep 08:00) is late now: on-time pairs 13 − 1 = 12
        assertEquals(12, figures.national().onTimePairs());
        AgencyFigures jateng = figures.agencies().stream().filter(a -> a.agencyId().equals("PROV-JATENG")).findFirst().orElseThrow();
        assertEquals(1, jateng.onTime());
        assertEquals(24, figures.narratives().get(1).dueHours());
    }

    @Test
    void bothFormsOfAFileRefuseTheMonthNamingBoth() throws IOException {
        Files.writeString(quietMonth().resolve("dissemination.xlsx"), "x");
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MONEV.evaluate(dir));
        assertTrue(e.getMessage().startsWith("dissemination.csv and dissemination.xlsx are both in "), e.getMessage());
    }

    @Test
    void anOldWorkbookNamedLikeAMonthFileRefusesTheMonthThoughItsCsvFileIsThere() throws IOException {
        Files.writeString(quietMonth().resolve("agencies.xls"), "x");
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MONEV.evaluate(dir));
        assertEquals("agencies.xls", e.file());
    }

    @Test
    void eachInputOfACsvMonthIsReadFromItsOneFile() throws IOException, URISyntaxException {
        MonevResult result = MONEV.evaluate(copyOfTheEndToEndMonth());
        for (InputSummary input : result.inputs()) {
            String sha256 = java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(dir.resolve(input.file()))));
            assertEquals(List.of(new InputSummary.SourceFile(input.file(), sha256, input.rows())), input.files(), input.file());
            assertEquals(sha256, input.sha256());
        }
    }

    /**
     * A file named otherwise than SPEC 1 (a case here; a workbook, {@code dissemination.xlsx}, alike) is
     * read, named so in its rejects and files, keyed by SPEC 1's name, and its rejected rows still reach
     * their agency's scorecard (SPEC 7.6): the month's file is told by what was read, not by the name.
     */
    @Test
    void aFileNamedAsTheFolderNamesItIsStillThatFileOfTheMonth() throws IOException, URISyntaxException {
        Path folder = copyOfTheEndToEndMonth();
        Files.move(folder.resolve("dissemination.csv"), folder.resolve("Dissemination.CSV"));

        MonevResult result = MONEV.evaluate(folder);

        InputSummary dissemination = result.input("dissemination.csv");
        assertEquals("Dissemination.CSV", dissemination.readFrom());
        List<id.go.pcm.validation.Reject> rejects = result.rejects().stream().filter(r -> r.file().equalsIgnoreCase("dissemination.csv")).toList();
        assertEquals(dissemination.rejected(), rejects.size());
        assertTrue(rejects.stream().allMatch(r -> r.file().equals("Dissemination.CSV")), rejects.toString());
        long onScorecards = result.figures().agencies().stream()
                .flatMap(a -> a.detail().rejectedFirst().stream()).filter(r -> r.file().equals("Dissemination.CSV")).count();
        assertTrue(onScorecards > 0, "the file's rejected rows reach their agencies' scorecards");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void settingsAreRequired() {
        assertThrows(NullPointerException.class, () -> MONEV.withSettings(null));
    }
}
