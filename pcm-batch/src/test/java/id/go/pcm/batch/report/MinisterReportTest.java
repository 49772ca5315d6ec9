package id.go.pcm.batch.report;

import id.go.pcm.batch.output.FiguresDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national-scale report read back with PDFBox, in both editions: sections and outline, page
 * numbers, metadata, fonts, vector charts, and the figures it prints against the JSON twin of the
 * same document, written the way each edition's readers write numbers.
 */
class MinisterReportTest {

    private static final List<String> HEADINGS_ID = List.of("1. Ringkasan Eksekutif", "2. Laporan Berkala",
            "3. Narasi dan Diseminasi", "4. Pemantauan Media", "5. Kinerja Instansi", "6. Tren Enam Bulan",
            "7. Kualitas Data", "8. Metode", "Lampiran: Nilai Setiap Instansi Aktif");
    private static final List<String> HEADINGS_EN = List.of("1. Executive Summary", "2. Periodic Reports",
            "3. Narratives and Dissemination", "4. Media Monitoring", "5. Agency Performance", "6. Six-Month Trend",
            "7. Data Quality", "8. Method", "Appendix: Every Active Agency");

    private static FiguresDocument document;
    private static JsonNode json;
    private static ReadBack indonesian;
    private static ReadBack english;

    @BeforeAll
    static void render() {
        document = ReportFixtures.national();
        json = ReportFixtures.json(document);
        indonesian = new ReadBack(ReportFixtures.render(document, ReportFixtures.INDONESIAN));
        english = new ReadBack(ReportFixtures.render(document, Locale.ENGLISH));
    }

    @Test
    void theCoverCarriesTitleMonthIssuerAndAsOf() {
        String cover = indonesian.page(1);
        assertTrue(cover.contains("Laporan Monitoring dan Evaluasi Pengelolaan"), cover);
        assertTrue(cover.contains("Komunikasi Publik"), cover);
        assertTrue(cover.contains("September 2024"), cover);
        assertTrue(cover.contains("KEMENTERIAN KOMUNIKASI DAN DIGITAL REPUBLIK INDONESIA"), cover);
        assertTrue(cover.contains("Data per 10 Oktober 2024, 00.00 WIB"), cover);
        assertTrue(english.page(1).contains("Data as of 10 October 2024, 00:00 WIB"), english.page(1));
    }

    @Test
    void everySectionStartsWithItsHeadingInOrderInIndonesian() {
        assertSections(indonesian, "Sampul", HEADINGS_ID);
    }

    @Test
    void everySectionStartsWithItsHeadingInOrderInEnglish() {
        assertSections(english, "Cover", HEADINGS_EN);
    }

    /** The outline lists the cover and every section, each pointing to the page its heading opens. */
    private static void assertSections(ReadBack pdf, String cover, List<String> headings) {
        List<String> expected = new ArrayList<>(List.of(cover));
        expected.addAll(headings);
        assertEquals(expected, List.copyOf(pdf.outline.keySet()));
        assertEquals(1, pdf.outline.get(cover));
        int previous = 1;
        for (String heading : headings) {
            int page = pdf.outline.get(heading);
            assertTrue(page > previous, heading + " comes after the section before it");
            String firstLine = pdf.page(page).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
            assertEquals(heading, firstLine, "page " + page + " opens with its section's heading");
            assertTrue(pdf.page(1).lines().map(String::strip).anyMatch(l -> l.equals(heading + " " + page)),
                    "the contents give " + heading + " its page, " + page + ": " + pdf.page(1));
            previous = page;
        }
    }

    @Test
    void theExecutiveSummaryFitsOnOnePage() {
        int summary = indonesian.outline.get(HEADINGS_ID.get(0));
        assertEquals(summary + 1, indonesian.outline.get(HEADINGS_ID.get(1)), "periodic reports follow on the next page");
        String page = indonesian.page(summary);
        assertTrue(page.contains("Angka utama") && page.contains("Temuan"), page);
        assertTrue(page.contains("baris masukan"), "the last finding (data quality) is on the same page: " + page);
        assertEquals(summary + 1, english.outline.get(HEADINGS_EN.get(1)));
    }

    @Test
    void everyPageIsNumberedOutOfTheTotal() {
        int total = indonesian.pageCount();
        assertTrue(total >= 15 && total <= 60, "a national month takes " + total + " pages");
        for (int p = 1; p <= total; p++) {
            assertTrue(indonesian.page(p).contains("Halaman " + p + " dari " + total), "page " + p);
        }
        for (int p = 1; p <= english.pageCount(); p++) {
            assertTrue(english.page(p).contains("Page " + p + " of " + english.pageCount()), "page " + p);
        }
    }

    @Test
    void theMetadataNameTheReport() {
        assertEquals("Laporan Monitoring dan Evaluasi Pengelolaan Komunikasi Publik \u2014 September 2024", indonesian.title);
        assertTrue(indonesian.subject.contains("Inpres 9/2015") && indonesian.subject.contains("September 2024"),
                indonesian.subject);
        assertEquals(ReportFixtures.ISSUER, indonesian.author);
        assertTrue(indonesian.keywords.contains("narasi tunggal"), indonesian.keywords);
        assertEquals("Public Communication Management Monitoring and Evaluation Report \u2014 September 2024", english.title);
        assertTrue(english.keywords.contains("single narrative"), english.keywords);
    }

    @Test
    void everyFontIsTheEmbeddedLiberationFont() {
        assertFalse(indonesian.fonts.isEmpty());
        indonesian.fonts.forEach((name, embedded) -> {
            assertTrue(embedded, name + " is embedded");
            assertTrue(name.contains("Liberation"), name);
        });
    }

    @Test
    void chartsAreVectorsWithSearchableText() {
        assertEquals(0, indonesian.rasterImages, "no raster image anywhere");
        // reports by type, coverage in two parts (40 narratives), channels, hours, sentiment, daily, categories, trend
        assertEquals(9, indonesian.forms, "each chart is a form of vector drawing");
        String text = indonesian.text();
        assertTrue(text.contains("Persentase instansi sasaran yang menyebarkan narasi"), "axis labels are text");
        assertTrue(text.contains("Jam sejak narasi terbit"));
        assertTrue(english.text().contains("Share of targeted agencies that disseminated the narrative"));
    }

    @Test
    void theHeadlineFiguresAreTheJsonFiguresWrittenTheIndonesianWay() {
        Written w = Written.INDONESIAN;
        JsonNode n = json.get("national");
        JsonNode before = json.get("history").get(json.get("history").size() - 1);
        String summary = indonesian.page(indonesian.outline.get(HEADINGS_ID.get(0)));
        List<String> lines = summary.lines().map(String::strip).toList();
        assertTrue(lines.contains("Instansi aktif " + w.count(n.get("active_agencies").asLong()) + " "
                + w.count(before.get("active_agencies").asLong()) + " "
                + signedCount(n.get("active_agencies").asLong() - before.get("active_agencies").asLong())), summary);
        assertTrue(lines.contains("Laporan berkala tepat waktu " + w.percent(n.get("reports_on_time_pct").asDouble()) + " ("
                + w.count(n.at("/reports/ON_TIME").asLong()) + ") " + w.percent(before.get("reports_on_time_pct").asDouble()) + " "
                + w.change(n.get("reports_on_time_pct").asDouble() - before.get("reports_on_time_pct").asDouble()) + " poin"),
                summary);
        assertTrue(lines.contains("Cakupan diseminasi " + w.percent(n.get("coverage_pct").asDouble()) + " "
                + w.percent(before.get("coverage_pct").asDouble()) + " "
                + w.change(n.get("coverage_pct").asDouble() - before.get("coverage_pct").asDouble()) + " poin"), summary);
        assertTrue(lines.contains("Ketepatan waktu diseminasi " + w.percent(n.get("timeliness_pct").asDouble()) + " "
                + w.percent(before.get("timeliness_pct").asDouble()) + " "
                + w.change(n.get("timeliness_pct").asDouble() - before.get("timeliness_pct").asDouble()) + " poin"), summary);
        assertTrue(lines.contains("Skor rata-rata nasional (0\u2013100) " + w.decimal(n.get("mean_score").asDouble()) + " "
                + w.decimal(before.get("mean_score").asDouble()) + " "
                + w.change(n.get("mean_score").asDouble() - before.get("mean_score").asDouble())), summary);
        long items = json.at("/media/items").asLong();
        assertTrue(items >= 1000, "the scenario's items need a thousands separator");
        assertTrue(lines.contains("Item media dipantau " + w.count(items) + " " + w.count(before.get("media_items").asLong())
                + " " + signedCount(items - before.get("media_items").asLong())), summary);
        assertTrue(lines.contains("Sentimen bersih media " + w.signedRatio(json.at("/media/net_sentiment").asDouble()) + " "
                + w.signedRatio(before.get("net_sentiment").asDouble()) + " "
                + w.change(100 * (json.at("/media/net_sentiment").asDouble() - before.get("net_sentiment").asDouble())) + " poin"),
                summary);
    }

    private static String signedCount(long change) {
        return (change > 0 ? "+" : change < 0 ? "-" : "") + Written.INDONESIAN.count(Math.abs(change));
    }

    @Test
    void theEnglishEditionWritesNumbersTheEnglishWay() {
        Written w = Written.ENGLISH;
        String summary = english.page(english.outline.get(HEADINGS_EN.get(0)));
        List<String> lines = summary.lines().map(String::strip).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Media items monitored " + w.count(json.at("/media/items").asLong()) + " ")),
                summary);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Dissemination coverage "
                + w.percent(json.at("/national/coverage_pct").asDouble()) + " ")), summary);
        assertTrue(summary.contains(w.count(json.at("/national/active_agencies").asLong()) + " active agencies"), summary);
    }

    @Test
    void reportStatusByTypeIsTheJsonCountsByType() {
        Written w = Written.INDONESIAN;
        String section = section(indonesian, HEADINGS_ID.get(1), HEADINGS_ID.get(2));
        List<String> lines = section.lines().map(String::strip).toList();
        Map<String, String> names = Map.of("KEMENTERIAN", "Kementerian", "LEMBAGA", "Lembaga", "PROVINSI", "Provinsi",
                "KABUPATEN", "Kabupaten", "KOTA", "Kota");
        JsonNode byType = json.at("/national/reports_by_type");
        assertEquals(5, byType.size());
        for (Map.Entry<String, JsonNode> type : byType.properties()) {
            JsonNode c = type.getValue();
            long total = c.get("ON_TIME").asLong() + c.get("LATE").asLong() + c.get("MISSING").asLong();
            String row = names.get(type.getKey()) + " " + w.count(total) + " " + w.count(c.get("ON_TIME").asLong()) + " "
                    + w.count(c.get("LATE").asLong()) + " " + w.count(c.get("MISSING").asLong()) + " "
                    + w.percent(100.0 * c.get("ON_TIME").asLong() / total);
            assertTrue(lines.contains(row), row + " in\n" + section);
        }
    }

    @Test
    void everyAgencyWithoutAReportIsListed() {
        String section = section(indonesian, HEADINGS_ID.get(1), HEADINGS_ID.get(2));
        List<JsonNode> missing = agencies().stream().filter(a -> a.get("report").asString().equals("MISSING")).toList();
        assertFalse(missing.isEmpty());
        assertTrue(section.contains("Instansi yang tidak mengirim laporan (" + missing.size() + ")"));
        for (JsonNode a : missing) {
            assertTrue(section.contains(a.get("agency_id").asString() + " " + a.get("name").asString()), a.toString());
        }
    }

    @Test
    void everyNarrativeIsListedWithItsCoverage() {
        Written w = Written.INDONESIAN;
        List<String> lines = section(indonesian, HEADINGS_ID.get(2), HEADINGS_ID.get(3)).lines().map(String::strip).toList();
        for (JsonNode n : json.get("narratives")) {
            String id = n.get("narrative_id").asString();
            String coverage = w.percent(n.get("coverage_pct").asDouble());
            String timeliness = w.percent(n.get("timeliness_pct").asDouble());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(id + " ") && l.contains(coverage + " " + timeliness + " "
                            + w.count(n.get("pickup").asLong()))), id);
        }
    }

    @Test
    void theAppendixHasEveryActiveAgencysScore() {
        Written w = Written.INDONESIAN;
        String appendix = section(indonesian, HEADINGS_ID.get(8), null);
        List<String> lines = appendix.lines().map(String::strip).toList();
        List<JsonNode> agencies = agencies();
        assertEquals(json.at("/national/active_agencies").asInt(), agencies.size());
        for (JsonNode a : agencies) {
            String id = a.get("agency_id").asString();
            String score = w.decimal(a.get("score").asDouble());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(id + " ") && l.contains(" " + score + " ")),
                    id + " with score " + score);
        }
    }

    @Test
    void theSummaryNamesTheLargestRiseSinceThePreviousMonth() {
        JsonNode top = agencies().stream().filter(a -> !a.get("previous_score").isNull())
                .max(Comparator.comparingDouble((JsonNode a) -> a.get("score").asDouble() - a.get("previous_score").asDouble())
                        .thenComparing(a -> a.get("agency_id").asString(), Comparator.reverseOrder()))
                .orElseThrow();
        double rise = top.get("score").asDouble() - top.get("previous_score").asDouble();
        assertTrue(rise > 0, "the scenario's agencies move between months");
        String summary = indonesian.page(indonesian.outline.get(HEADINGS_ID.get(0))).replaceAll("\\s+", " ");
        Written w = Written.INDONESIAN;
        assertTrue(summary.contains("Kenaikan skor terbesar dibanding Agustus 2024: " + top.get("name").asString() + " ("
                + w.change(rise) + ", dari " + w.decimal(top.get("previous_score").asDouble()) + " menjadi "
                + w.decimal(top.get("score").asDouble()) + ")"), summary);
    }

    @Test
    void theMethodSaysTheLawFixesNoScoringAndTheReportClaimsNoOutcome() {
        String method = section(indonesian, HEADINGS_ID.get(7), HEADINGS_ID.get(8)).replaceAll("\\s+", " ");
        assertTrue(method.contains("tidak menetapkan tenggat, bobot, maupun kategori penilaian"), method);
        assertTrue(method.contains("tidak menghitung nilai uang"), method);
        for (JsonNode input : json.get("inputs")) {
            assertTrue(method.contains(input.get("sha256").asString()), "digests are printed whole");
        }
        String english = section(MinisterReportTest.english, HEADINGS_EN.get(7), HEADINGS_EN.get(8)).replaceAll("\\s+", " ");
        assertTrue(english.contains("fixes no deadline, weights or rating categories"), english);
    }

    private static List<JsonNode> agencies() {
        return StreamSupport.stream(json.get("agencies").spliterator(), false).toList();
    }

    /** The text from a section's first page to the page before the next section. */
    static String section(ReadBack pdf, String heading, String next) {
        int from = pdf.outline.get(heading);
        int to = next == null ? pdf.pageCount() : pdf.outline.get(next) - 1;
        StringBuilder text = new StringBuilder();
        for (int p = from; p <= to; p++) {
            text.append(pdf.page(p)).append('\n');
        }
        return text.toString();
    }
}
