package id.go.pcm.batch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A regional office in WITA (SPEC 9.2) runs its month with {@code pcm.zone=Asia/Makassar}: its rows sit
 * where WITA and WIB disagree, and every time the outputs carry is on its clock, read back as a reader
 * reads them (the JSON, the text of the report and a scorecard).
 */
class OfficeZoneRunTest {

    private static final String WITA = "--pcm.zone=Asia/Makassar";

    @TempDir
    Path dir;
    private Runs runs;
    private Path month;

    @BeforeEach
    void aMonthAtTheBounds() throws IOException {
        runs = new Runs(dir.resolve("home"));
        month = Files.createDirectories(dir.resolve("2024-09"));
        write("agencies.csv", "agency_id,name,type,parent_id,region_code,active_from,active_until",
                "DISKOMINFO,Dinas Komunikasi dan Informatika,LEMBAGA,,,,",
                "BAPPEDA,Badan Perencanaan Pembangunan Daerah,LEMBAGA,,,,");
        write("narratives.csv", "narrative_id,title,program,issued_at,priority,due_hours,targets",
                "N-FIRST,Awal bulan,program-a,2024-09-01T00:00:00+08:00,,,ALL",
                "N-LOCAL,Diketik,program-a,03/09/2024 10:15,,,ALL");
        write("reports.csv", "report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda",
                "R-1,DISKOMINFO,2024-09,2024-10-05T23:30:00+07:00,1,1,ya,ya",
                "R-2,BAPPEDA,2024-09,05/10/2024 23:59,1,1,ya,ya");
        write("dissemination.csv", "evidence_id,narrative_id,agency_id,channel,published_at,url,proof_sha256,reach,engagement",
                "E-1,N-LOCAL,DISKOMINFO,INSTAGRAM,03/09/2024 12:00,https://instagram.example.id/p/1,,,");
        write("media.csv", "item_id,published_at,outlet,media_type,program,sentiment,reach,narrative_id,url",
                "M-1,2024-09-01T23:30:00+07:00,Kaltim Post,ONLINE,program-a,POSITIF,,,https://kaltimpost.example.id/1");
    }

    private void write(String file, String... lines) throws IOException {
        Files.writeString(month.resolve(file), String.join("\n", lines) + "\n");
    }

    private Path run(String... extra) {
        Path out = dir.resolve("out" + extra.length);
        String[] args = new String[4 + extra.length];
        args[0] = "--period=2024-09";
        args[1] = "--input=" + month;
        args[2] = "--output=" + out;
        args[3] = "--as-of=2024-10-10T00:00:00+08:00";
        System.arraycopy(extra, 0, args, 4, extra.length);
        Runs.Result result = runs.run(args);
        assertEquals(0, result.exit(), result.err());
        return out;
    }

    @Test
    void theJsonCarriesTheZoneAndItsOffset() {
        JsonNode json = Runs.json(run(WITA).resolve("pcm-figures-2024-09.json"));
        assertEquals("Asia/Makassar", json.get("zone").asString());
        assertEquals("2024-10-10T00:00:00+08:00", json.get("as_of").asString());
        JsonNode narratives = json.get("narratives");
        assertEquals("N-FIRST", narratives.get(0).get("narrative_id").asString(), "00:00 WITA on the 1st is in the month");
        assertEquals("2024-09-01T00:00:00+08:00", narratives.get(0).get("issued_at").asString());
        assertEquals("2024-09-03T10:15:00+08:00", narratives.get(1).get("issued_at").asString(), "typed, read in WITA");
        JsonNode diskominfo = json.get("agencies").get(1);
        assertEquals("DISKOMINFO", diskominfo.get("agency_id").asString());
        assertEquals("2024-10-06T00:30:00+08:00", diskominfo.get("submitted_at").asString());
        assertEquals("LATE", diskominfo.get("report").asString(), "after day 6 00:00 WITA");
        assertEquals("2024-09-03T12:00:00+08:00", diskominfo.get("pairs").get(1).get("first_evidence").asString());
        assertEquals(0, json.get("media").get("daily").get("2024-09-01").asLong());
        assertEquals(1, json.get("media").get("daily").get("2024-09-02").asLong(), "00:30 WITA on the 2nd");
    }

    @Test
    void theSameFilesInWibAreAnotherMonth() {
        JsonNode json = Runs.json(run().resolve("pcm-figures-2024-09.json"));
        assertEquals("Asia/Jakarta", json.get("zone").asString());
        assertEquals(1, json.get("narratives").size(), "N-FIRST is 31 August 23:00 WIB");
        assertEquals("ON_TIME", json.get("agencies").get(1).get("report").asString());
        assertEquals("2024-10-05T23:30:00+07:00", json.get("agencies").get(1).get("submitted_at").asString());
    }

    @Test
    void theReportAndTheScorecardsPrintTimesInWita() throws Exception {
        Path out = run(WITA);
        String report = ReportText.of(out.resolve("pcm-report-2024-09.pdf"));
        assertTrue(report.contains("10 Oktober 2024, 00.00 WITA"), "the as-of time");
        assertTrue(report.contains("pukul 00.00 WITA sampai tanggal 1 bulan berikutnya pukul 00.00 WITA"), "the month's bounds");
        assertFalse(report.contains("WIB"));
        String card = ReportText.of(out.resolve("pcm-rapor-2024-09").resolve("DISKOMINFO.pdf"));
        assertTrue(card.contains("6 Oktober 2024, 00.30 WITA"), "the report's submission");
        assertFalse(card.contains("WIB"));
        String english = ReportText.of(run(WITA, "--lang=en").resolve("pcm-report-2024-09.pdf"));
        assertTrue(english.contains("10 October 2024, 00:00 WITA"));
        assertTrue(english.contains("from the 1st at 00:00 WITA to the 1st of the next month at 00:00 WITA"));
    }

    /** The text as a reader's tool gives it, lines joined (a sentence may wrap). */
}
