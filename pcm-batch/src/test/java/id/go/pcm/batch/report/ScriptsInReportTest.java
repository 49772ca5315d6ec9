package id.go.pcm.batch.report;

import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.batch.report.ReportFixtures.Scripts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names in the scripts people really use reach the page (issue 10): Latin with emoji, Jawi, Javanese,
 * Chinese, names only in another script; what no font draws is printed as its code point and counted,
 * and two outlets that differ only in an emoji stay two different rows.
 */
class ScriptsInReportTest {

    private static final FiguresDocument DOCUMENT = ReportFixtures.scripts();

    @Test
    void everyScriptIsReadBackFromThePage() {
        for (Locale locale : List.of(ReportFixtures.INDONESIAN, Locale.ENGLISH)) {
            List<String> lines = new ReadBack(ReportFixtures.render(DOCUMENT, locale)).lines();
            for (String name : List.of(Scripts.JAWI_AGENCY, Scripts.JAVANESE_AGENCY, Scripts.CHINESE_AGENCY,
                    Scripts.EMOJI_AGENCY)) {
                assertTrue(lines.stream().anyMatch(l -> (l.startsWith("KOTA-") || l.startsWith("KAB-")) && l.contains(name)),
                        "the appendix row of " + name + " in " + locale);
            }
            for (String outlet : List.of(Scripts.NEWS_OUTLET, Scripts.FIRE_OUTLET, Scripts.ARABIC_OUTLET, Scripts.CHINESE_OUTLET)) {
                assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+ " + java.util.regex.Pattern.quote(outlet) + " \\d+ .*")),
                        "the outlet row of " + outlet);
            }
            assertTrue(lines.stream().anyMatch(l -> l.contains(Scripts.TITLE)), "the narrative title with its emoji");
        }
    }

    @Test
    void twoOutletsThatDifferOnlyInAnEmojiAreTwoDifferentRows() {
        List<String> lines = new ReadBack(ReportFixtures.render(DOCUMENT, ReportFixtures.INDONESIAN)).lines();
        String news = row(lines, Scripts.NEWS_OUTLET);
        String fire = row(lines, Scripts.FIRE_OUTLET);
        assertFalse(news.equals(fire));
        assertTrue(news.contains("\uD83D\uDCF0") && fire.contains("\uD83D\uDD25"), news + " / " + fire);
    }

    @Test
    void whatNoFontDrawsIsPrintedAsItsCodePointSoThatTwoSuchValuesStillDiffer() {
        List<String> lines = new ReadBack(ReportFixtures.render(DOCUMENT, ReportFixtures.INDONESIAN)).lines();
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+ Berita \\[U\\+1FAE0\\] \\d+ .*")), "the melting face's mark");
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+ Berita \\[U\\+1FAE1\\] \\d+ .*")), "the salute's mark");
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+ Radio Cinta \u2764 \\d+ .*")),
                "a heart with its emoji selector prints as the heart");
    }

    @Test
    void theDataQualitySectionCountsTheValuesWithMarksAsTheJsonDoes() {
        JsonNode undrawable = ReportFixtures.json(DOCUMENT).get("undrawable_text");
        assertEquals(2, undrawable.get("values").asInt());
        assertEquals(List.of("U+1FAE0", "U+1FAE1"), strings(undrawable.get("code_points")));
        List<String> texts = new ArrayList<>();
        undrawable.get("entries").forEach(e -> texts.add(e.get("text").asString()));
        assertEquals(List.of(Scripts.SALUTE_OUTLET, Scripts.MELTING_OUTLET), texts, "the JSON keeps the exact text");

        String indonesian = new ReadBack(ReportFixtures.render(DOCUMENT, ReportFixtures.INDONESIAN)).text().replaceAll("\\s+", " ");
        assertTrue(indonesian.contains("2 teks dari berkas masukan memuat karakter yang tidak dapat digambar"), "the count");
        assertTrue(indonesian.contains("Karakter yang tidak digambar: U+1FAE0, U+1FAE1."));
        assertTrue(indonesian.contains("Media media.csv Berita [U+1FAE0] U+1FAE0"), "the listed value");
        String english = new ReadBack(ReportFixtures.render(DOCUMENT, Locale.ENGLISH)).text().replaceAll("\\s+", " ");
        assertTrue(english.contains("2 texts taken from the input files hold characters that none of the embedded fonts"));
    }

    @Test
    void aMonthWithEveryCharacterDrawnSaysSo() {
        assertEquals(0, ReportFixtures.json(ReportFixtures.small()).get("undrawable_text").get("values").asInt());
        String text = new ReadBack(ReportFixtures.render(ReportFixtures.small(), ReportFixtures.INDONESIAN)).text()
                .replaceAll("\\s+", " ");
        assertTrue(text.contains("Setiap karakter teks yang diambil dari berkas masukan"), "the sentence of a clean month");
    }

    @Test
    void theFallbackFontsAreEmbeddedAsSubsets() {
        ReadBack pdf = new ReadBack(ReportFixtures.render(DOCUMENT, ReportFixtures.INDONESIAN));
        for (String font : List.of("LiberationSans", "DejaVuSans", "NotoSansJavanese-Regular", "DroidSansFallback", "Symbola")) {
            assertTrue(pdf.fonts.keySet().stream().anyMatch(f -> f.matches("[A-Z]{6}\\+" + font)), font + " in " + pdf.fonts);
        }
        assertTrue(pdf.fonts.values().stream().allMatch(embedded -> embedded), "every font embedded: " + pdf.fonts);
    }

    @Test
    void documentsWrittenAtTheSameTimeWithTheSharedFontsAreEachTheSameAsAlone() throws Exception {
        byte[] alone = ReportFixtures.render(DOCUMENT, ReportFixtures.INDONESIAN);
        byte[] english = ReportFixtures.render(DOCUMENT, Locale.ENGLISH);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Locale locale = i % 2 == 0 ? ReportFixtures.INDONESIAN : Locale.ENGLISH;
                renders.add(pool.submit((Callable<byte[]>) () -> ReportFixtures.render(DOCUMENT, locale)));
            }
            for (int i = 0; i < renders.size(); i++) {
                assertArrayEquals(i % 2 == 0 ? alone : english, renders.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String row(List<String> lines, String outlet) {
        return lines.stream().filter(l -> l.matches("\\d+ " + java.util.regex.Pattern.quote(outlet) + " \\d+ .*"))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + outlet));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
