package id.go.pcm.batch;

import id.go.pcm.batch.report.PdfA;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kabupaten Kutai Timur's office runs the bundled regional month (SPEC 9) as its README says: the month's
 * {@code types.csv}, the installation's words and zone from {@code pcm-samples/editions/kutai-timur}. What its
 * readers see is read back from the outputs: the types and their names, the words, a kecamatan's desa.
 */
class RegionalMonthTest {

    /** The bundled sample and its installation's settings, as the README gives them. */
    private static final Path MONTH = Path.of("../pcm-samples/months/kutai-timur-2024-09").toAbsolutePath().normalize();
    private static final String EDITION = "--spring.config.import=file:"
            + Path.of("../pcm-samples/editions/kutai-timur/application.properties").toAbsolutePath().normalize();
    private static final String AS_OF = "--as-of=2024-10-10T00:00:00+08:00";
    /** Sangatta Utara, the regency's seat: its desa and kelurahan are in the sample. */
    private static final String KECAMATAN = "KEC-64.08.04";

    @TempDir
    static Path dir;
    private static Path out;

    @BeforeAll
    static void theOfficeRunsItsMonth() {
        out = run("first", "--lang=id");
    }

    private static Path run(String name, String... extra) {
        Path output = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("--period=2024-09", "--input=" + MONTH, "--output=" + output, AS_OF, EDITION));
        args.addAll(List.of(extra));
        Runs.Result result = new Runs(dir.resolve("home-" + name)).run(args.toArray(String[]::new));
        assertEquals(0, result.exit(), result.out() + result.err());
        return output;
    }

    @Test
    void theJsonCarriesTheMonthsTypesAndZone() throws IOException {
        JsonNode json = Runs.json(out.resolve("pcm-figures-2024-09.json"));
        assertEquals("Asia/Makassar", json.get("zone").stringValue());
        List<String> lines = Files.readAllLines(MONTH.resolve("types.csv"));
        List<String> codes = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[0]).toList();
        List<String> written = new ArrayList<>();
        json.get("types").forEach(t -> written.add(t.get("type").stringValue()));
        assertEquals(codes, written, "the types in file order");
        assertEquals("types.csv", json.get("inputs").propertyNames().iterator().next(), "read first, listed first");
        List<String> byType = new ArrayList<>(json.get("national").get("reports_by_type").propertyNames());
        assertEquals(codes, byType, "every type of the month, in file order");
        json.get("agencies").forEach(a -> assertTrue(codes.contains(a.get("type").stringValue()), a.toString()));
    }

    @Test
    void aKecamatansScorecardListsItsDesaAndKelurahan() throws Exception {
        Map<String, String> children = childrenOf(KECAMATAN);
        assertTrue(children.size() >= 3, "the sample has desa and kelurahan under Sangatta Utara: " + children);
        JsonNode kecamatan = agency(Runs.json(out.resolve("pcm-figures-2024-09.json")), KECAMATAN);
        List<String> listed = new ArrayList<>();
        kecamatan.get("children").forEach(c -> listed.add(c.stringValue()));
        assertEquals(new ArrayList<>(children.keySet()), listed, "its active children of every type, by agency_id");
        String card = ReportText.of(out.resolve("pcm-rapor-2024-09").resolve(KECAMATAN + ".pdf"));
        assertTrue(card.contains("7. Kelurahan dan desa di wilayah kecamatan ini"), card);
        children.forEach((id, name) -> assertTrue(card.contains(id) && card.contains(name), id + " " + name));
        JsonNode dinas = agency(Runs.json(out.resolve("pcm-figures-2024-09.json")), "DISKOMINFOSTAPER");
        assertFalse(dinas.has("children"), "a type that is nobody's parent has no children section");
    }

    @Test
    void theDocumentsSpeakOfTheRegencysUnitsAndTypes() throws Exception {
        String report = ReportText.of(out.resolve("pcm-report-2024-09.pdf"));
        for (String word : List.of("Bupati Kutai Timur", "Kabupaten Kutai Timur", "perangkat daerah", "Kecamatan", "Kelurahan",
                "Desa", "Dinas", "Badan", "Sekretariat", "Inspektorat", "WITA")) {
            assertTrue(report.contains(word), word);
        }
        assertFalse(report.contains("WIB"), "the office's zone is WITA");
        String card = ReportText.of(out.resolve("pcm-rapor-2024-09").resolve("DESA-64.08.04.2001.pdf"));
        assertTrue(card.contains("Kabupaten Kutai Timur"), "the scorecard's title ends with the region");
        assertTrue(card.matches(".*peringkat \\d+ dari \\d+ desa.*"), "ranked among the desa");
        String english = ReportText.of(run("english", "--lang=en").resolve("pcm-report-2024-09.pdf"));
        for (String word : List.of("regional units", "District", "Village", "Urban village", "Department")) {
            assertTrue(english.contains(word), word);
        }
    }

    @Test
    void theReportAndEveryScorecardArePdfA1bAndARunAgainGivesTheSameBytes() throws Exception {
        Path again = run("again", "--lang=id");
        List<Path> files;
        try (Stream<Path> all = Files.walk(out)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(2 + 59 + 1, files.size(), "report, JSON, rejects and the 59 active units' scorecards");
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertArrayEquals(bytes, Files.readAllBytes(again.resolve(out.relativize(file))), file.toString());
            if (file.toString().endsWith(".pdf")) {
                PdfA.assertPdfA1b(bytes);
            }
        }
    }

    private static JsonNode agency(JsonNode json, String id) {
        for (JsonNode a : json.get("agencies")) {
            if (a.get("agency_id").stringValue().equals(id)) {
                return a;
            }
        }
        throw new AssertionError(id + " is not an active agency");
    }

    /** The accepted agencies whose parent is that one, read from the month's own agencies.csv (the sample has no inactive child). */
    private static Map<String, String> childrenOf(String parent) throws IOException {
        Map<String, String> children = new TreeMap<>();
        List<String> lines = Files.readAllLines(MONTH.resolve("agencies.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            // the sample's faulty children (a code of another kecamatan, a code too long) are rejected
            if (f.length > 4 && f[3].equals(parent) && f[4].matches("64\\.08\\.04\\.[0-9]{4}")) {
                children.put(f[0], f[1]);
            }
        }
        return children;
    }
}
