package id.go.pcm;

import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.NarrativeFigures;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.report.ReportStatus;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An office in WITA (SPEC 9.2): a month of Kutai Timur's in {@code Asia/Makassar}, whose rows sit where
 * WITA and WIB disagree. Each assertion compares with the same files read in WIB, so that none passes
 * with the zone hard-wired.
 */
class MonevZoneTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);
    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-10-10T00:00:00+08:00");

    @TempDir
    Path dir;

    @BeforeEach
    void aMonthAtTheBounds() throws IOException {
        write("agencies.csv", "agency_id,name,type,parent_id,region_code,active_from,active_until",
                "DISKOMINFO,Dinas Komunikasi dan Informatika,LEMBAGA,,,,",
                "BAPPEDA,Badan Perencanaan Pembangunan Daerah,LEMBAGA,,,,");
        write("narratives.csv", "narrative_id,title,program,issued_at,priority,due_hours,targets",
                // 00:00 WITA on the 1st: in the month; in WIB it is 31 August 23:00
                "N-FIRST,Awal bulan,program-a,2024-09-01T00:00:00+08:00,,,ALL",
                // 00:30 WITA on 1 October: after the month; in WIB it is still 30 September 23:30
                "N-LAST,Akhir bulan,program-a,2024-10-01T00:30:00+08:00,,,ALL",
                // typed without an offset: read on the office's clock
                "N-LOCAL,Diketik,program-a,03/09/2024 10:15,,,ALL");
        write("reports.csv", "report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda",
                // 6 October 00:30 WITA: after the deadline (day 6 00:00 WITA); in WIB 5 October 23:30, on time
                "R-1,DISKOMINFO,2024-09,2024-10-05T23:30:00+07:00,1,1,ya,ya",
                // 5 October 23:59 WITA: on time
                "R-2,BAPPEDA,2024-09,2024-10-05T23:59:00+08:00,1,1,ya,ya");
        write("dissemination.csv", "evidence_id,narrative_id,agency_id,channel,published_at,url,proof_sha256,reach,engagement");
        write("media.csv", "item_id,published_at,outlet,media_type,program,sentiment,reach,narrative_id,url",
                // 2 September 00:30 WITA; 1 September 23:30 WIB
                "M-1,2024-09-01T23:30:00+07:00,Kaltim Post,ONLINE,program-a,POSITIF,,,https://kaltimpost.example.id/1");
    }

    private void write(String file, String... lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n");
    }

    private MonevResult inWita() {
        return Monev.of(SEPTEMBER, AS_OF).withZone(WITA).evaluate(dir);
    }

    private MonevResult inWib() {
        return Monev.of(SEPTEMBER, AS_OF).evaluate(dir);
    }

    private static List<String> narratives(MonevResult result) {
        return result.figures().narratives().stream().map(NarrativeFigures::narrativeId).toList();
    }

    private static Reject rejectOf(MonevResult result, String id) {
        return result.rejects().stream().filter(r -> id.equals(r.recordId())).findFirst().orElseThrow(() -> new AssertionError(
                id + " is not rejected: " + result.rejects()));
    }

    @Test
    void theMonthRunsFromMidnightWitaOnTheFirst() {
        assertEquals(List.of("N-FIRST", "N-LOCAL"), narratives(inWita()));
        assertEquals(List.of("N-LAST", "N-LOCAL"), narratives(inWib()));
        Reject last = rejectOf(inWita(), "N-LAST");
        assertEquals(RejectCode.WRONG_PERIOD, last.code());
        assertEquals(YearMonth.of(2024, 10), last.rowMonth());
        assertEquals(YearMonth.of(2024, 8), rejectOf(inWib(), "N-FIRST").rowMonth());
    }

    @Test
    void aRejectShowsTheTimeOnTheOfficesClock() {
        Reject last = rejectOf(inWita(), "N-LAST");
        assertTrue(last.messageEn().contains("2024-10-01T00:30+08:00"), last.messageEn());
        assertTrue(last.messageId().contains("2024-10-01T00:30+08:00"), last.messageId());
        Reject first = rejectOf(inWib(), "N-FIRST");
        assertTrue(first.messageEn().contains("2024-08-31T23:00+07:00"), first.messageEn());
    }

    @Test
    void aTimeTypedWithoutOffsetIsReadInTheOfficesZone() {
        Instant issued = inWita().figures().narratives().stream().filter(n -> n.narrativeId().equals("N-LOCAL"))
                .findFirst().orElseThrow().issuedAt();
        assertEquals(OffsetDateTime.parse("2024-09-03T10:15:00+08:00").toInstant(), issued);
        Instant inJakarta = inWib().figures().narratives().stream().filter(n -> n.narrativeId().equals("N-LOCAL"))
                .findFirst().orElseThrow().issuedAt();
        assertEquals(OffsetDateTime.parse("2024-09-03T10:15:00+07:00").toInstant(), inJakarta);
    }

    @Test
    void theReportDeadlineIsDaySixMidnightWita() {
        Map<String, ReportStatus> wita = statuses(inWita().figures());
        assertEquals(ReportStatus.LATE, wita.get("DISKOMINFO"));
        assertEquals(ReportStatus.ON_TIME, wita.get("BAPPEDA"));
        assertEquals(ReportStatus.ON_TIME, statuses(inWib().figures()).get("DISKOMINFO"));
    }

    private static Map<String, ReportStatus> statuses(MonthlyFigures figures) {
        return Map.of(figures.agencies().get(0).agencyId(), figures.agencies().get(0).report(),
                figures.agencies().get(1).agencyId(), figures.agencies().get(1).report());
    }

    @Test
    void mediaItemsCountOnTheDayOfTheOfficesClock() {
        Map<LocalDate, Long> wita = inWita().figures().media().daily();
        assertEquals(0L, wita.get(LocalDate.of(2024, 9, 1)));
        assertEquals(1L, wita.get(LocalDate.of(2024, 9, 2)));
        Map<LocalDate, Long> wib = inWib().figures().media().daily();
        assertEquals(1L, wib.get(LocalDate.of(2024, 9, 1)));
        assertEquals(0L, wib.get(LocalDate.of(2024, 9, 2)));
    }

    @Test
    void theFiguresAndTheMonthCarryTheZone() {
        assertEquals(WITA, inWita().figures().zone());
        assertEquals(EvaluationMonth.WIB, inWib().figures().zone());
        assertEquals(WITA, Monev.of(SEPTEMBER, AS_OF).withZone(WITA).month().zone());
    }
}
