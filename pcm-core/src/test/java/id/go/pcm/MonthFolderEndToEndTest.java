package id.go.pcm;

import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.dissemination.Channel;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.Category;
import id.go.pcm.evaluation.ChannelFigures;
import id.go.pcm.evaluation.MediaFigures;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.NarrativeFigures;
import id.go.pcm.evaluation.NationalFigures;
import id.go.pcm.evaluation.OutletCount;
import id.go.pcm.evaluation.ProgramFigures;
import id.go.pcm.media.Sentiment;
import id.go.pcm.report.ReportStatus;
import id.go.pcm.validation.Reject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A small but realistic month folder ({@code src/test/resources/months/2024-09}) evaluated from its
 * five files, every expected figure worked out by hand from the files (arithmetic in the comments).
 *
 * <p>The folder: 11 active agencies (2 ministries, 2 agencies, Jawa Barat, Jawa Tengah and Bali with
 * Kota Bandung, Kabupaten Bandung, Kota Semarang and Kota Denpasar) and one inactive (Kemendikdasmen,
 * created in October 2024); 4 narratives (makan-bergizi-gratis to ALL, cek-kesehatan-gratis to
 * KEMENKES|PROVINSI, sekolah-rakyat to KEMENDIKBUDRISTEK|KOTA|KEMENDIKDASMEN, tiga-juta-rumah to
 * KABUPATEN|kota); 24 accepted evidence rows on all twelve channels; 14 accepted media items; and
 * faulty rows of every reject code each file can produce. Forms: a BOM on agencies.csv and media.csv,
 * semicolons on reports.csv (with CRLF) and media.csv, a quoted line break and quoted commas in
 * narratives.csv, a header in another order and case with spaces in dissemination.csv, blank lines,
 * day-first timestamps, {@code 12.500}, {@code ya/tidak}, {@code TINGGI}, {@code POSITIF}, {@code baliho}.
 *
 * <p>Deadline for reports: before 6 October 2024 00:00 WIB. As-of: 10 October 2024 00:00 WIB.
 */
class MonthFolderEndToEndTest {

    private static final double EPS = 1e-9;
    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-10-10T00:00:00+07:00");

    private static Path folder;
    private static MonevResult result;
    private static MonthlyFigures figures;

    @BeforeAll
    static void evaluate() throws URISyntaxException {
        folder = Path.of(MonthFolderEndToEndTest.class.getResource("/months/2024-09").toURI());
        result = Monev.of(YearMonth.of(2024, 9), AS_OF).evaluate(folder);
        figures = result.figures();
    }

    // ------------------------------------------------------------------------------------------- inputs

    @Test
    void eachFileIsSummarised() throws IOException {
        // agencies: 12 good rows + 6 faulty (line 14 is blank) = 18
        assertInput("agencies.csv", 18, 12, 6, List.of("keterangan"));
        // narratives: 4 good + 8 faulty = 12 records (the quoted line break makes 13 data lines)
        assertInput("narratives.csv", 12, 4, 8, List.of());
        // reports: 11 good (KEMENKES and KOTA-SMG twice) + 9 faulty = 20; lines 5 and 23 are blank
        assertInput("reports.csv", 20, 11, 9, List.of());
        // dissemination: 24 good + 11 faulty = 35
        assertInput("dissemination.csv", 35, 24, 11, List.of());
        // media: 14 good + 7 faulty = 21
        assertInput("media.csv", 21, 14, 7, List.of());
        assertEquals(List.of("agencies.csv", "narratives.csv", "reports.csv", "dissemination.csv", "media.csv"),
                result.inputs().stream().map(InputSummary::file).toList());
    }

    private static void assertInput(String file, long rows, long accepted, long rejected, List<String> unknown)
            throws IOException {
        InputSummary input = result.input(file);
        assertAll(file,
                () -> assertEquals(rows, input.rows(), "rows"),
                () -> assertEquals(accepted, input.accepted(), "accepted"),
                () -> assertEquals(rejected, input.rejected(), "rejected"),
                () -> assertEquals(unknown, input.unknownColumns(), "unknown columns"),
                () -> assertEquals(sha256(folder.resolve(file)), input.sha256(), "sha256"));
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void everyFaultyRowIsRejectedWithItsFileLineIdCodeAndColumn() {
        List<String> expected = List.of(
                "agencies.csv:15 KAB-BOGOR BAD_REGION_CODE region_code",        // 33.01 is not under Jawa Barat (32)
                "agencies.csv:16 KOTA-SBY BAD_PARENT parent_id",                // PROV-JATIM is not in the registry
                "agencies.csv:17 BPS DUPLICATE_ID agency_id",
                "agencies.csv:18 KEMKOMDIGI MISSING_VALUE name",
                "agencies.csv:19 DISKOMINFO-JABAR BAD_VALUE type",              // DINAS is no agency type
                "agencies.csv:20 null MALFORMED_ROW null",                      // unquoted comma in the name: 9 fields

                "narratives.csv:7 N-2024-09-005 BAD_VALUE program",             // "Koperasi Desa" is not a tag
                "narratives.csv:8 N-2024-09-006 WRONG_PERIOD issued_at",        // 28 August
                "narratives.csv:9 N-2024-09-007 UNKNOWN_TARGET targets",        // KOTA-SBY was rejected
                "narratives.csv:10 N-2024-09-001 DUPLICATE_ID narrative_id",
                "narratives.csv:11 N-2024-09-008 FUTURE issued_at",             // 12 October, after the as-of
                "narratives.csv:12 N-2024-09-009 MISSING_VALUE issued_at",
                "narratives.csv:13 null MALFORMED_ROW null",                    // 6 fields for 7 columns
                "narratives.csv:14 N-2024-09-011 BAD_VALUE due_hours",          // 1000 > 720

                "reports.csv:14 LB-2024-09-BGN DUPLICATE_ID report_id",
                "reports.csv:15 LB-2024-09-KEMENDIKBUD MISSING_VALUE has_agenda",
                "reports.csv:16 LB-2024-09-PROVJATENG BAD_VALUE activities_count",   // 12.50 is not 12.500
                "reports.csv:17 LB-2024-09-KOTASBY UNKNOWN_AGENCY agency_id",
                "reports.csv:18 LB-2024-09-KEMENDIKDASMEN INACTIVE_AGENCY agency_id",
                "reports.csv:19 LB-2024-08-PROVJATENG WRONG_PERIOD period",
                "reports.csv:20 LB-2024-09-PROVJATENG-DINI WRONG_PERIOD submitted_at", // 31 August
                "reports.csv:21 LB-2024-09-KEMENDIKBUD-2 FUTURE submitted_at",
                "reports.csv:22 null MALFORMED_ROW null",

                "dissemination.csv:26 E-025 MISSING_VALUE url",                 // Instagram without a link
                "dissemination.csv:27 E-026 BAD_VALUE url",                     // no scheme
                "dissemination.csv:28 E-001 DUPLICATE_ID evidence_id",
                "dissemination.csv:29 E-027 UNKNOWN_NARRATIVE narrative_id",    // N-2024-09-007 was rejected
                "dissemination.csv:30 E-028 UNKNOWN_AGENCY agency_id",
                "dissemination.csv:31 E-029 INACTIVE_AGENCY agency_id",
                "dissemination.csv:32 E-030 BEFORE_ISSUE published_at",         // 24 Sep, issued 25 Sep 21:00
                "dissemination.csv:33 E-031 FUTURE published_at",
                "dissemination.csv:34 E-032 DUPLICATE_EVIDENCE url",            // E-001's link, upper case, / and #
                "dissemination.csv:35 E-033 BAD_VALUE proof_sha256",
                "dissemination.csv:36 null MALFORMED_ROW null",

                "media.csv:16 MED-0015 WRONG_PERIOD published_at",              // 1 October 00:30 WIB
                "media.csv:17 MED-0016 FUTURE published_at",
                "media.csv:18 MED-0017 MISSING_VALUE outlet",
                "media.csv:19 MED-0018 BAD_VALUE sentiment",                    // BAGUS
                "media.csv:20 MED-0001 DUPLICATE_ID item_id",
                "media.csv:21 MED-0019 UNKNOWN_NARRATIVE narrative_id",
                "media.csv:22 null MALFORMED_ROW null");
        List<String> actual = result.rejects().stream()
                .map(r -> r.file() + ":" + r.line() + " " + r.recordId() + " " + r.code() + " " + r.column())
                .toList();
        assertEquals(expected, actual);
    }

    @Test
    void everyRejectHasAMessageInBothLanguages() {
        for (Reject reject : result.rejects()) {
            assertFalse(reject.messageId().isBlank(), reject.toString());
            assertFalse(reject.messageEn().isBlank(), reject.toString());
            assertNotEquals(reject.messageId(), reject.messageEn(), reject.toString());
        }
    }

    // ------------------------------------------------------------------------------------------ agencies

    @Test
    void agenciesAreTheActiveOnesSortedById() {
        // KEMENDIKDASMEN (from 21 October 2024) is accepted but not active in September
        assertEquals(List.of("BGN", "BPS", "KAB-BDG", "KEMENDIKBUDRISTEK", "KEMENKES", "KOTA-BDG", "KOTA-DPS",
                        "KOTA-SMG", "PROV-BALI", "PROV-JABAR", "PROV-JATENG"),
                figures.agencies().stream().map(AgencyFigures::agencyId).toList());
    }

    // Windows: N-001 issued 2 Sep 09:00 WIB + 48 h → 4 Sep 09:00; N-002 5 Sep 10:00 + 72 h (default) → 8 Sep 10:00;
    // N-003 10 Sep 08:00 + 120 h → 15 Sep 08:00; N-004 25 Sep 21:00 WIB (14:00Z) + 24 h → 26 Sep 21:00.

    @Test
    void bgn() {
        // report 3 Oct: ON_TIME; 2 policies, 12.500 activities, ya, ya → 1.0 (the later duplicate-id row is rejected)
        // N-001: E-001 2 Sep 11:00 ≤ 4 Sep 09:00 → covered, on time
        // R = 100 × 1 = 100; C = 100 × 1/1; T = 100 × 1/1; score = 0.3·100 + 0.5·100 + 0.2·100 = 100
        assertAgency("BGN", AgencyType.LEMBAGA, ReportStatus.ON_TIME, 1.0, 1, 1, 1, 100, 100.0, 100.0, 100,
                Category.SANGAT_BAIK);
    }

    @Test
    void bps() {
        // report 5 Oct 23:59:59: ON_TIME; 0 policies, 4 activities, Ya, YA → 3/4
        // N-001: no evidence (its E-001 row is a duplicate id; its N-004 post on X is not a target pair)
        // R = 100 × 0.75 = 75; C = 0; T = 0; score = 0.3·75 = 22.5
        assertAgency("BPS", AgencyType.LEMBAGA, ReportStatus.ON_TIME, 0.75, 1, 0, 0, 75, 0.0, 0.0, 22.5,
                Category.SANGAT_KURANG);
    }

    @Test
    void kabupatenBandung() {
        // report 7 Oct: LATE; 1, 3, ya, tidak → 3/4 (the on-time resubmission is a malformed row)
        // N-001: baliho 3 Sep 16:00, on time; N-004: E-021 26 Sep 20:59 ≤ 21:00, on time
        // R = 50 × 0.75 = 37.5; C = 100 × 2/2; T = 100 × 2/2; score = 0.3·37.5 + 0.5·100 + 0.2·100 = 81.25
        assertAgency("KAB-BDG", AgencyType.KABUPATEN, ReportStatus.LATE, 0.75, 2, 2, 2, 37.5, 100.0, 100.0, 81.25,
                Category.BAIK);
    }

    @Test
    void kemendikbudristek() {
        // both reports rejected (empty has_agenda; submitted 11 Oct, after the as-of) → MISSING
        // N-001: X at 4 Sep 09:00:00, exactly at the window's end → on time; N-003: 10 Sep 12:00, on time
        // R = 0; C = 100 × 2/2; T = 100 × 2/2; score = 0 + 50 + 20 = 70
        assertAgency("KEMENDIKBUDRISTEK", AgencyType.KEMENTERIAN, ReportStatus.MISSING, 0.0, 2, 2, 2, 0, 100.0, 100.0,
                70, Category.CUKUP);
    }

    @Test
    void kemenkes() {
        // report -2 of 4 Oct (5, 20, true, true → 1.0) supersedes -1 of 1 Oct (written later in the file)
        // N-001: website at 4 Sep 02:00:01Z = 09:00:01 WIB, one second late; N-002: 5 Sep 13:00, on time
        // R = 100; C = 100 × 2/2; T = 100 × 1/2; score = 30 + 50 + 10 = 90 → SANGAT_BAIK (90 is in)
        assertAgency("KEMENKES", AgencyType.KEMENTERIAN, ReportStatus.ON_TIME, 1.0, 2, 2, 1, 100, 100.0, 50.0, 90,
                Category.SANGAT_BAIK);
    }

    @Test
    void kotaBandung() {
        // report 6 Oct 00:00 WIB: LATE; 3, 5, y, y → 1.0
        // N-001: Instagram 6 Sep (late) written before website 3 Sep 07:00 (on time): the earliest decides → on time
        // N-003: none; N-004: Instagram 26 Sep 08:00, on time; its N-002 post is not a target pair
        // R = 50; C = 100 × 2/3; T = 100 × 2/3; score = 15 + 0.5·66.67 + 0.2·66.67 = 15 + 46.67 = 61.67
        assertAgency("KOTA-BDG", AgencyType.KOTA, ReportStatus.LATE, 1.0, 3, 2, 2, 50, 200.0 / 3, 200.0 / 3,
                15 + 0.7 * 200.0 / 3, Category.CUKUP);
    }

    @Test
    void kotaDenpasar() {
        // report 30 Sep 16:00Z = 23:00 WIB: ON_TIME; 1, 0, Y, N → 2/4
        // N-001: none (no link; after the as-of); N-003: print 16 Sep 06:00 > 15 Sep 08:00, late;
        // N-004: Instagram 2 Oct, late (after the month but before the as-of: accepted)
        // R = 100 × 0.5 = 50; C = 100 × 2/3; T = 0; score = 15 + 33.33 + 0 = 48.33
        assertAgency("KOTA-DPS", AgencyType.KOTA, ReportStatus.ON_TIME, 0.5, 3, 2, 0, 50, 200.0 / 3, 0.0,
                15 + 0.5 * 200.0 / 3, Category.KURANG);
    }

    @Test
    void kotaSemarang() {
        // two reports at 2 Oct 10:00 WIB (day-first and ISO): the later row counts: 2, 0, 0, 1 → 2/4
        // N-001: radio 5 Sep 07:30, late; N-003: 11 Sep 09:00, on time; N-004: its row is before the issue
        // R = 100 × 0.5 = 50; C = 100 × 2/3; T = 100 × 1/3; score = 15 + 33.33 + 6.67 = 55
        assertAgency("KOTA-SMG", AgencyType.KOTA, ReportStatus.ON_TIME, 0.5, 3, 2, 1, 50, 200.0 / 3, 100.0 / 3, 55,
                Category.KURANG);
    }

    @Test
    void provinsiBali() {
        // report 5 Oct 17:00Z = 6 Oct 00:00 WIB: LATE; 2, 2, tidak, ya → 3/4
        // N-001: Facebook 2 Sep 10:00, on time; N-002: its link has no scheme (rejected) → not covered
        // R = 50 × 0.75 = 37.5; C = 100 × 1/2; T = 100 × 1/2; score = 11.25 + 25 + 10 = 46.25
        assertAgency("PROV-BALI", AgencyType.PROVINSI, ReportStatus.LATE, 0.75, 2, 1, 1, 37.5, 50.0, 50.0, 46.25,
                Category.KURANG);
    }

    @Test
    void provinsiJawaBarat() {
        // report 2 Oct: ON_TIME; 7, 15, ya, tidak → 3/4
        // N-001: YouTube 3 Sep 12:00, on time; N-002: Instagram 9 Sep 09:00 > 8 Sep 10:00, late
        // R = 75; C = 100 × 2/2; T = 100 × 1/2; score = 22.5 + 50 + 10 = 82.5
        assertAgency("PROV-JABAR", AgencyType.PROVINSI, ReportStatus.ON_TIME, 0.75, 2, 2, 1, 75, 100.0, 50.0, 82.5,
                Category.BAIK);
    }

    @Test
    void provinsiJawaTengah() {
        // all three reports rejected (12.50; period 2024-08; submitted 31 Aug) → MISSING
        // N-001: WhatsApp 2 Sep 20:00, on time; N-002: event 7 Sep 08:00, on time
        // R = 0; C = 100; T = 100; score = 0 + 50 + 20 = 70
        assertAgency("PROV-JATENG", AgencyType.PROVINSI, ReportStatus.MISSING, 0.0, 2, 2, 2, 0, 100.0, 100.0, 70,
                Category.CUKUP);
    }

    private static void assertAgency(String id, AgencyType type, ReportStatus report, double completeness,
                                     int targeted, int covered, int onTime, double r, Double c, Double t,
                                     double score, Category category) {
        AgencyFigures a = figures.agencies().stream().filter(x -> x.agencyId().equals(id)).findFirst().orElseThrow();
        assertAll(id,
                () -> assertEquals(type, a.type(), "type"),
                () -> assertEquals(report, a.report(), "report"),
                () -> assertEquals(completeness, a.completeness(), EPS, "completeness"),
                () -> assertEquals(targeted, a.targeted(), "targeted"),
                () -> assertEquals(covered, a.covered(), "covered"),
                () -> assertEquals(onTime, a.onTime(), "on time"),
                () -> assertEquals(r, a.r(), EPS, "R"),
                () -> assertNullableEquals(c, a.c(), "C"),
                () -> assertNullableEquals(t, a.t(), "T"),
                () -> assertEquals(score, a.score(), EPS, "score"),
                () -> assertEquals(category, a.category(), "category"));
    }

    private static void assertNullableEquals(Double expected, Double actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
        } else {
            assertEquals(expected, actual, EPS, what);
        }
    }

    // ------------------------------------------------------------------------------------------ national

    @Test
    void nationalFigures() {
        NationalFigures n = figures.national();
        assertEquals(11, n.activeAgencies());
        // ON_TIME: BGN, BPS, KEMENKES, KOTA-DPS, KOTA-SMG, PROV-JABAR; LATE: KAB-BDG, KOTA-BDG, PROV-BALI;
        // MISSING: KEMENDIKBUDRISTEK, PROV-JATENG
        assertEquals(Map.of(ReportStatus.ON_TIME, 6L, ReportStatus.LATE, 3L, ReportStatus.MISSING, 2L), n.reports());
        // 6 / 11
        assertEquals(600.0 / 11, n.reportsOnTimePct(), EPS);
        assertEquals(4, n.narratives());
        // targets: N-001 ALL → 11; N-002 KEMENKES + 3 provinces → 4; N-003 KEMENDIKBUDRISTEK + 3 cities → 4
        // (KEMENDIKDASMEN inactive); N-004 KAB-BDG + 3 cities → 4; 11 + 4 + 4 + 4 = 23
        assertEquals(23, n.targetedPairs());
        // covered 9 + 3 + 3 + 3 = 18; on time 7 + 2 + 2 + 2 = 13
        assertEquals(18, n.coveredPairs());
        assertEquals(13, n.onTimePairs());
        // 100 × 18/23 = 78.26…; 100 × 13/23 = 56.52…
        assertEquals(78.26086956521739, n.coveragePct(), EPS);
        assertEquals(56.52173913043478, n.timelinessPct(), EPS);
    }

    @Test
    void channels() {
        Map<Channel, ChannelFigures> expected = new LinkedHashMap<>();
        // E-001 12 500/340, E-005 20 000/150, E-007 1 000/–, E-013 18 000/90, E-017 500/10 (not targeted),
        // E-018 10 000/50, E-020 1 500/30, E-021 800/20 → 8; reach 64 300; engagement 690
        expected.put(Channel.WEBSITE, new ChannelFigures(8, 64_300, 690));
        // E-002 8 000/1 250, E-006 3 000/420, E-015 7 000/600, E-022 2 500/300, E-023 1 200/80 → 5; 21 700; 2 650
        expected.put(Channel.INSTAGRAM, new ChannelFigures(5, 21_700, 2_650));
        // E-004 –/–, E-024 5 000/70 (BPS, not targeted) → 2; 5 000; 70
        expected.put(Channel.X, new ChannelFigures(2, 5_000, 70));
        expected.put(Channel.FACEBOOK, new ChannelFigures(1, 4_000, 200));
        expected.put(Channel.YOUTUBE, new ChannelFigures(1, 6_000, 500));
        expected.put(Channel.TIKTOK, new ChannelFigures(1, 9_000, 1_100));
        expected.put(Channel.WHATSAPP, new ChannelFigures(1, 250, 0));
        // baliho
        expected.put(Channel.OUTDOOR, new ChannelFigures(1, 5_000, 0));
        expected.put(Channel.PRINT, new ChannelFigures(1, 2_000, 0));
        expected.put(Channel.RADIO, new ChannelFigures(1, 15_000, 0));
        // 1.000.000
        expected.put(Channel.TV, new ChannelFigures(1, 1_000_000, 0));
        expected.put(Channel.EVENT, new ChannelFigures(1, 300, 0));
        assertEquals(expected, figures.national().channels());
        assertEquals(List.of(Channel.values()), new ArrayList<>(figures.national().channels().keySet()));
    }

    @Test
    void scoresByTypeAndCategories() {
        NationalFigures n = figures.national();
        // 100 + 22.5 + 81.25 + 70 + 90 + 61.67 + 48.33 + 55 + 46.25 + 82.5 + 70 = 727.5 (61.67 + 48.33 = 110 exactly)
        // 727.5 / 11 = 66.136…
        assertEquals(727.5 / 11, n.meanScore(), EPS);
        Map<AgencyType, Double> byType = n.meanScoreByType();
        assertEquals(AgencyTypes.national().all(), new ArrayList<>(byType.keySet()));
        // (70 + 90) / 2
        assertEquals(80.0, byType.get(AgencyType.KEMENTERIAN), EPS);
        // (100 + 22.5) / 2
        assertEquals(61.25, byType.get(AgencyType.LEMBAGA), EPS);
        // (46.25 + 82.5 + 70) / 3
        assertEquals(66.25, byType.get(AgencyType.PROVINSI), EPS);
        assertEquals(81.25, byType.get(AgencyType.KABUPATEN), EPS);
        // (61.67 + 48.33 + 55) / 3 = 165 / 3
        assertEquals(55.0, byType.get(AgencyType.KOTA), EPS);
        // SANGAT_BAIK BGN, KEMENKES; BAIK KAB-BDG, PROV-JABAR; CUKUP KEMENDIKBUDRISTEK, KOTA-BDG, PROV-JATENG;
        // KURANG KOTA-DPS, KOTA-SMG, PROV-BALI; SANGAT_KURANG BPS
        assertEquals(Map.of(Category.SANGAT_BAIK, 2L, Category.BAIK, 2L, Category.CUKUP, 3L, Category.KURANG, 3L,
                Category.SANGAT_KURANG, 1L), n.categories());
        // by type: KEMENTERIAN 1/0/1, LEMBAGA 2/0/0, PROVINSI 1/1/1, KABUPATEN 0/1/0, KOTA 2/1/0
        assertEquals(Map.of(ReportStatus.ON_TIME, 1L, ReportStatus.LATE, 0L, ReportStatus.MISSING, 1L),
                n.reportsByType().get(AgencyType.KEMENTERIAN));
        assertEquals(Map.of(ReportStatus.ON_TIME, 1L, ReportStatus.LATE, 1L, ReportStatus.MISSING, 1L),
                n.reportsByType().get(AgencyType.PROVINSI));
        assertEquals(Map.of(ReportStatus.ON_TIME, 2L, ReportStatus.LATE, 1L, ReportStatus.MISSING, 0L),
                n.reportsByType().get(AgencyType.KOTA));
    }

    @Test
    void hoursFromIssueToFirstEvidence() {
        Map<String, Long> expected = new LinkedHashMap<>();
        // BGN/N1 2 h, PROV-BALI/N1 1 h, KEMENKES/N2 3 h, KEMENDIKBUDRISTEK/N3 4 h
        expected.put("0-6", 4L);
        // PROV-JATENG/N1 11 h, KOTA-BDG/N4 11 h
        expected.put("6-12", 2L);
        // KOTA-BDG/N1 22 h, KAB-BDG/N4 23 h 59 min
        expected.put("12-24", 2L);
        // KAB-BDG/N1 31 h, PROV-JABAR/N1 27 h, PROV-JATENG/N2 46 h, KOTA-SMG/N3 25 h
        expected.put("24-48", 4L);
        // KEMENDIKBUDRISTEK/N1 48 h exactly, KEMENKES/N1 48 h + 1 s, KOTA-SMG/N1 70.5 h
        expected.put("48-72", 3L);
        // PROV-JABAR/N2 95 h, KOTA-DPS/N3 142 h, KOTA-DPS/N4 157 h
        expected.put("72-168", 3L);
        expected.put("168+", 0L);
        assertEquals(expected, figures.national().firstEvidenceHours().stream().collect(java.util.stream.Collectors.toMap(
                id.go.pcm.evaluation.HourBand::key, id.go.pcm.evaluation.HourBand::pairs, (x, y) -> x, LinkedHashMap::new)));
    }

    @Test
    void narratives() {
        List<NarrativeFigures> n = figures.narratives();
        assertEquals(List.of("N-2024-09-001", "N-2024-09-002", "N-2024-09-003", "N-2024-09-004"),
                n.stream().map(NarrativeFigures::narrativeId).toList());
        // the quoted line break is kept in the title
        assertEquals("Cek Kesehatan Gratis:\nmulai di puskesmas terdekat", n.get(1).title());
        assertEquals("Sekolah Rakyat, sekolah berasrama bagi anak keluarga miskin ekstrem", n.get(2).title());
        // issued_at read in WIB: 05/09/2024 10:00 and 2024-09-10T08:00:00
        assertEquals(Instant.parse("2024-09-05T03:00:00Z"), n.get(1).issuedAt());
        assertEquals(Instant.parse("2024-09-10T01:00:00Z"), n.get(2).issuedAt());
        // due_hours 48, default 72, 120, 24
        assertEquals(List.of(48, 72, 120, 24), n.stream().map(NarrativeFigures::dueHours).toList());
        // N-001: 11 targets, 9 covered (all but BPS and KOTA-DPS), 7 on time (KEMENKES and KOTA-SMG late)
        assertNarrative(n.get(0), 11, 9, 7, 900.0 / 11, 700.0 / 11, 2);
        // N-002: KEMENKES, JABAR (late), JATENG covered; BALI not → 3 of 4, 2 on time
        assertNarrative(n.get(1), 4, 3, 2, 75.0, 50.0, 1);
        // N-003: KEMENDIKBUDRISTEK, KOTA-SMG on time, KOTA-DPS late, KOTA-BDG none
        assertNarrative(n.get(2), 4, 3, 2, 75.0, 50.0, 2);
        // N-004: KAB-BDG, KOTA-BDG on time, KOTA-DPS late, KOTA-SMG none; no media item cites it
        assertNarrative(n.get(3), 4, 3, 2, 75.0, 50.0, 0);
    }

    private static void assertNarrative(NarrativeFigures n, int targeted, int covered, int onTime, double coverage,
                                        double timeliness, long pickup) {
        assertAll(n.narrativeId(),
                () -> assertEquals(targeted, n.targeted(), "targeted"),
                () -> assertEquals(covered, n.covered(), "covered"),
                () -> assertEquals(onTime, n.onTime(), "on time"),
                () -> assertEquals(coverage, n.coveragePct(), EPS, "coverage"),
                () -> assertEquals(timeliness, n.timelinessPct(), EPS, "timeliness"),
                () -> assertEquals(pickup, n.pickup(), "pickup"));
    }

    // --------------------------------------------------------------------------------------------- media

    @Test
    void mediaSentiment() {
        MediaFigures m = figures.media();
        assertEquals(14, m.items());
        // POSITIVE 0001, 0004, 0005, 0009, 0011, 0012, 0013; NEUTRAL 0002, 0006, 0010, 0014; NEGATIVE 0003, 0007, 0008
        assertEquals(Map.of(Sentiment.POSITIVE, 7L, Sentiment.NEUTRAL, 4L, Sentiment.NEGATIVE, 3L), m.sentiment());
        // (7 − 3) / 14
        assertEquals(4.0 / 14, m.netSentiment(), EPS);
    }

    @Test
    void mediaPrograms() {
        // 12 tagged items (0010 and 0012 are untagged)
        Map<String, ProgramFigures> expected = new LinkedHashMap<>();
        // cek-kesehatan-gratis: 0004 P, 0005 P, 0006 N, 0011 P → (3 − 0)/4; 4/12
        expected.put("cek-kesehatan-gratis", new ProgramFigures(4, 3, 1, 0, 0.75, 4.0 / 12));
        // makan-bergizi-gratis: 0001 P, 0002 N, 0003 NEG, 0013 P → (2 − 1)/4; 4/12
        expected.put("makan-bergizi-gratis", new ProgramFigures(4, 2, 1, 1, 0.25, 4.0 / 12));
        // sekolah-rakyat: 0007 NEG, 0008 NEG, 0009 P → (1 − 2)/3; 3/12
        expected.put("sekolah-rakyat", new ProgramFigures(3, 1, 0, 2, -1.0 / 3, 0.25));
        // tiga-juta-rumah: 0014 N → 0/1; 1/12
        expected.put("tiga-juta-rumah", new ProgramFigures(1, 0, 1, 0, 0.0, 1.0 / 12));
        Map<String, ProgramFigures> actual = figures.media().programs();
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()));
        expected.forEach((program, e) -> {
            ProgramFigures a = actual.get(program);
            assertAll(program,
                    () -> assertEquals(e.items(), a.items()),
                    () -> assertEquals(e.positive(), a.positive()),
                    () -> assertEquals(e.neutral(), a.neutral()),
                    () -> assertEquals(e.negative(), a.negative()),
                    () -> assertEquals(e.netSentiment(), a.netSentiment(), EPS),
                    () -> assertEquals(e.shareOfVoice(), a.shareOfVoice(), EPS));
        });
    }

    @Test
    void mediaDaily() {
        Map<LocalDate, Long> daily = figures.media().daily();
        assertEquals(30, daily.size());
        assertEquals(LocalDate.of(2024, 9, 1), daily.keySet().iterator().next());
        Map<Integer, Long> nonZero = new LinkedHashMap<>();
        // 1: 0013 (31 Aug 17:00Z = 1 Sep 00:00 WIB); 2: 0001, 0002; 3: 0003; 5: 0004; 6: 0005, 0006;
        // 11: 0007, 0008; 12: 0009; 15: 0010; 20: 0011; 26: 0014; 30: 0012 (16:59:59Z = 23:59:59 WIB)
        nonZero.put(1, 1L);
        nonZero.put(2, 2L);
        nonZero.put(3, 1L);
        nonZero.put(5, 1L);
        nonZero.put(6, 2L);
        nonZero.put(11, 2L);
        nonZero.put(12, 1L);
        nonZero.put(15, 1L);
        nonZero.put(20, 1L);
        nonZero.put(26, 1L);
        nonZero.put(30, 1L);
        for (int day = 1; day <= 30; day++) {
            assertEquals(nonZero.getOrDefault(day, 0L), daily.get(LocalDate.of(2024, 9, day)), "day " + day);
        }
    }

    @Test
    void mediaTopOutlets() {
        // Kompas 0001, 0003, 0007, 0014 = 4; Antara, Detikcom, Tempo 2 each; then four with 1, by name
        // ("RRI" sorts before "Republika": 'R' < 'e')
        assertEquals(List.of(
                new OutletCount("Kompas", 4),
                new OutletCount("Antara", 2),
                new OutletCount("Detikcom", 2),
                new OutletCount("Tempo", 2),
                new OutletCount("Instagram @kemenkes_ri", 1),
                new OutletCount("RRI", 1),
                new OutletCount("Republika", 1),
                new OutletCount("TVRI", 1)), figures.media().topOutlets());
    }

    @Test
    void mediaNarrativePickup() {
        // N-001: 0001, 0002; N-002: 0004; N-003: 0007, 0009; N-004: none
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("N-2024-09-001", 2L);
        expected.put("N-2024-09-002", 1L);
        expected.put("N-2024-09-003", 2L);
        expected.put("N-2024-09-004", 0L);
        assertEquals(expected, figures.media().narrativePickup());
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(figures.media().narrativePickup().keySet()));
    }

    @Test
    void periodAndAsOfAreCarried() {
        assertEquals(YearMonth.of(2024, 9), figures.period());
        assertEquals(AS_OF, figures.asOf());
    }
}
