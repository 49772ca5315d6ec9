package id.go.pcm.batch.kit;

import id.go.pcm.Monev;
import id.go.pcm.MonthEvaluation;
import id.go.pcm.MonthFile;
import id.go.pcm.agency.Agency;
import id.go.pcm.narrative.Narrative;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a kit holds (SPEC 10.3), read back from the national sample's kits with the JDK's XML parser:
 * its sheets, headers, pre-filled row, formats, lists, validations and messages, and its instructions.
 */
class KitContentTest {

    private static final String DATE_FORMAT = "d mmmm yyyy hh:mm";

    @TempDir
    static Path out;
    @TempDir
    static Path home;

    private static Path kits;
    private static Path kitsEn;

    @BeforeAll
    static void writeKits() {
        KitRun id = KitRun.of(home, "--period=2024-09", "--input=" + KitRun.NATIONAL, "--output=" + out.resolve("id"),
                "--as-of=2024-10-01T00:00:00+07:00");
        assertEquals(0, id.exit(), id.err());
        KitRun en = KitRun.of(home, "--period=2024-09", "--input=" + KitRun.NATIONAL, "--output=" + out.resolve("en"),
                "--as-of=2024-10-01T00:00:00+07:00", "--lang=en");
        assertEquals(0, en.exit(), en.err());
        kits = out.resolve("id").resolve("pcm-kit-2024-09");
        kitsEn = out.resolve("en").resolve("pcm-kit-2024-09");
    }

    @Test
    void sheetsComeInstructionsFirstAndTheListsHidden() throws Exception {
        KitXml kit = new KitXml(kits.resolve("KEMENDAGRI.xlsx"));
        assertEquals(List.of("petunjuk", "reports", "dissemination", "daftar"), kit.sheets().stream().map(KitXml.Sheet::name).toList());
        assertEquals(List.of("", "", "", "hidden"), kit.sheets().stream().map(KitXml.Sheet::state).toList());
        KitXml english = new KitXml(kitsEn.resolve("KEMENDAGRI.xlsx"));
        assertEquals(List.of("instructions", "reports", "dissemination", "lists"),
                english.sheets().stream().map(KitXml.Sheet::name).toList());
        assertEquals("hidden", english.sheet("lists").state());
    }

    @Test
    void headersAreTheMonthFilesHeaders() throws Exception {
        KitXml kit = new KitXml(kits.resolve("KEMENDAGRI.xlsx"));
        assertEquals(header(MonthFile.REPORTS), kit.row("reports", 1));
        assertEquals(header(MonthFile.DISSEMINATION), kit.row("dissemination", 1));
    }

    @Test
    void reportsHoldsOnePrefilledRowAsTextAndDisseminationNone() throws Exception {
        KitXml kit = new KitXml(kits.resolve("KEMENDAGRI.xlsx"));
        assertEquals(List.of("KEMENDAGRI-2024-09", "KEMENDAGRI", "2024-09"), kit.row("reports", 2));
        assertEquals("@", kit.cellFormat("reports", "A2"));
        assertEquals("@", kit.cellFormat("reports", "C2"));
        assertTrue(kit.row("reports", 3).isEmpty());
        assertTrue(kit.row("dissemination", 2).isEmpty());
    }

    @Test
    void columnsAreFormattedAsTextDatesOrGeneral() throws Exception {
        KitXml kit = new KitXml(kits.resolve("KEMENDAGRI.xlsx"));
        Map<Integer, String> reports = new HashMap<>();
        for (int c = 1; c <= 8; c++) {
            reports.put(c, null);
        }
        reports.putAll(Map.of(1, "@", 2, "@", 3, "@", 4, DATE_FORMAT));
        assertEquals(reports, kit.columnFormats("reports"));
        Map<Integer, String> dissemination = new HashMap<>();
        for (int c = 1; c <= 9; c++) {
            dissemination.put(c, null);
        }
        dissemination.putAll(Map.of(1, "@", 2, "@", 3, "@", 4, "@", 5, DATE_FORMAT, 6, "@", 7, "@"));
        assertEquals(dissemination, kit.columnFormats("dissemination"));
    }

    /** SPEC 10.3: "every narrative of the month, those targeting the agency first". */
    @Test
    void theNarrativeListHoldsEveryNarrativeThoseTargetingTheAgencyFirst() throws Exception {
        MonthEvaluation month = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-01T00:00:00+07:00")).start();
        month.read(MonthFile.AGENCIES, KitRun.NATIONAL.resolve("agencies.csv"), r -> { });
        month.read(MonthFile.NARRATIVES, KitRun.NATIONAL.resolve("narratives.csv"), r -> { });
        for (String id : List.of("KEMENDAGRI", "PROV-SUMUT", "KAB-13.03")) {
            Agency agency = month.agencies().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
            List<String> targeting = new ArrayList<>();
            List<String> others = new ArrayList<>();
            month.narratives().stream().sorted(Comparator.comparing(Narrative::id))
                    .forEach(n -> (n.targets().matches(agency) ? targeting : others).add(n.id()));
            assertFalse(targeting.isEmpty(), id);
            assertFalse(others.isEmpty(), id);
            List<String> expected = new ArrayList<>(targeting);
            expected.addAll(others);
            KitXml kit = new KitXml(kits.resolve(id + ".xlsx"));
            assertEquals(expected, kit.column("daftar", "A", 2), id);
            // the instructions list the targeting ones alone, by narrative_id, with their titles
            Map<String, String> instructions = kit.cells("petunjuk");
            List<String> listed = instructions.entrySet().stream().filter(e -> e.getKey().startsWith("A")
                    && e.getValue().startsWith("N-2024-09-")).map(Map.Entry::getValue).toList();
            assertEquals(targeting, listed, id);
            month.narratives().stream().filter(n -> n.targets().matches(agency))
                    .forEach(n -> assertTrue(instructions.containsValue(n.title()), n.id()));
        }
    }

    @Test
    void theOtherListsAreItsOwnIdTheTwelveChannelsAndYesNo() throws Exception {
        KitXml kit = new KitXml(kits.resolve("KEMENDAGRI.xlsx"));
        assertEquals(List.of("KEMENDAGRI"), kit.column("daftar", "B", 2));
        assertEquals(List.of("WEBSITE", "INSTAGRAM", "X", "FACEBOOK", "YOUTUBE", "TIKTOK", "WHATSAPP", "OUTDOOR", "PRINT",
                "RADIO", "TV", "EVENT"), kit.column("daftar", "C", 2));
        assertEquals(List.of("ya", "tidak"), kit.column("daftar", "D", 2));
        assertEquals(List.of("true", "false"), new KitXml(kitsEn.resolve("KEMENDAGRI.xlsx")).column("lists", "D", 2));
    }

    @Test
    void everyColumnHasAnInputMessageAndTheListsTheirAlerts() throws Exception {
        KitXml kit = new KitXml(kits.resolve("KEMENDAGRI.xlsx"));
        List<KitXml.Validation> reports = kit.validations("reports");
        assertEquals(header(MonthFile.REPORTS), reports.stream().map(KitXml.Validation::promptTitle).toList());
        List<KitXml.Validation> dissemination = kit.validations("dissemination");
        assertEquals(header(MonthFile.DISSEMINATION), dissemination.stream().map(KitXml.Validation::promptTitle).toList());
        for (KitXml.Validation v : reports) {
            assertTrue(v.showInputMessage() && !v.prompt().isBlank(), v.toString());
            assertTrue(v.sqref().matches("[A-H]2:[A-H]11"), v.sqref());
        }
        for (KitXml.Validation v : dissemination) {
            assertTrue(v.showInputMessage() && !v.prompt().isBlank(), v.toString());
            assertTrue(v.sqref().matches("[A-I]2:[A-I]501"), v.sqref());
        }
        Map<String, KitXml.Validation> byColumn = new HashMap<>();
        dissemination.forEach(v -> byColumn.put(v.promptTitle(), v));
        KitXml.Validation narrative = byColumn.get("narrative_id");
        assertEquals("list", narrative.type());
        assertEquals("information", narrative.errorStyle());
        assertEquals("'daftar'!$A$2:$A$41", narrative.formula());
        assertEquals("warning", byColumn.get("agency_id").errorStyle());
        assertEquals("'daftar'!$B$2:$B$2", byColumn.get("agency_id").formula());
        assertEquals("'daftar'!$C$2:$C$13", byColumn.get("channel").formula());
        assertEquals("list", byColumn.get("channel").type());
        assertEquals("", byColumn.get("url").type());
        assertNull(byColumn.get("published_at").formula());
        Map<String, KitXml.Validation> reportColumns = new HashMap<>();
        reports.forEach(v -> reportColumns.put(v.promptTitle(), v));
        assertEquals("'daftar'!$D$2:$D$3", reportColumns.get("has_data").formula());
        assertEquals("warning", reportColumns.get("has_agenda").errorStyle());
        assertTrue(reportColumns.get("submitted_at").prompt().contains("Tepat waktu bila dikirim paling lambat 5 Oktober 2024"),
                reportColumns.get("submitted_at").prompt());
        assertTrue(new KitXml(kitsEn.resolve("KEMENDAGRI.xlsx")).validations("reports").get(3).prompt().contains("5 October 2024"));
    }

    @Test
    void theInstructionsNameTheAgencyTheMonthAndTheDeadline() throws Exception {
        Map<String, String> cells = new KitXml(kits.resolve("KEMENDAGRI.xlsx")).cells("petunjuk");
        for (String expected : List.of("Kementerian Dalam Negeri", "KEMENDAGRI", "Kementerian", "September 2024",
                "paling lambat 5 Oktober 2024 pukul 23.59 WIB", "KEMENDAGRI.xlsx", "1 Oktober 2024, 00.00 WIB")) {
            assertTrue(cells.containsValue(expected), expected + " in " + cells.values());
        }
        String all = String.join("\n", cells.values());
        assertTrue(all.contains("--check --period=2024-09 --input=KEMENDAGRI.xlsx --sender=KEMENDAGRI"), all);
        assertTrue(all.contains("Diterbitkan oleh: Kementerian Komunikasi dan Digital Republik Indonesia"), all);
        assertTrue(all.contains("Untuk memperbaiki, ubah lembar kerja yang sama"), all);
        assertTrue(all.contains("proof_sha256 bila tanpa url"), all);
        Map<String, String> english = new KitXml(kitsEn.resolve("KEMENDAGRI.xlsx")).cells("instructions");
        assertTrue(english.containsValue("by 5 October 2024, 23:59 WIB"), english.values().toString());
        assertTrue(english.containsValue("Ministry"), english.values().toString());
    }

    private static List<String> header(MonthFile file) throws Exception {
        return List.of(Files.readAllLines(KitRun.NATIONAL.resolve(file.fileName())).get(0).split(","));
    }
}
