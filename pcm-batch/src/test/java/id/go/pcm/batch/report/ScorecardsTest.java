package id.go.pcm.batch.report;

import id.go.pcm.batch.PcmBatchApplication;
import id.go.pcm.batch.output.ScorecardNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.core.ModelParsingException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scorecards of a month's run (SPEC 7), read back with PDFBox against the JSON twin: one per
 * active agency, each section where the JSON says, in both editions; the folder the same bytes for
 * the same inputs and as-of; PDF/A-1b.
 */
class ScorecardsTest {

    private static final String AS_OF = "--as-of=2024-10-10T00:00:00+07:00";

    @TempDir
    static Path dir;
    static Path out;
    static JsonNode json;

    private static int run(Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of("--period=2024-09", "--input=" + month(), "--output=" + output, AS_OF,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("home/db/pcm"), "--pcm.home=" + dir.resolve("home")));
        args.addAll(List.of(extra));
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return PcmBatchApplication.run(args.toArray(String[]::new), sink, sink);
    }

    private static Path month() {
        try {
            return Path.of(ScorecardsTest.class.getResource("/months/2024-09").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void runTheMonth() {
        out = dir.resolve("out");
        assertEquals(0, run(out));
        json = JsonMapper.builder().build().readTree(out.resolve("pcm-figures-2024-09.json").toFile());
    }

    private static ReadBack card(String agencyId) throws IOException {
        return new ReadBack(Files.readAllBytes(out.resolve("pcm-rapor-2024-09").resolve(agencyId + ".pdf")));
    }

    private static JsonNode agency(String id) {
        for (JsonNode a : json.get("agencies")) {
            if (a.get("agency_id").asString().equals(id)) {
                return a;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void oneScorecardPerActiveAgencyNamedAsTheJsonSays() throws IOException {
        List<String> ids = new ArrayList<>();
        json.get("agencies").forEach(a -> ids.add(a.get("agency_id").asString()));
        try (Stream<Path> files = Files.list(out.resolve("pcm-rapor-2024-09"))) {
            assertEquals(ScorecardNames.of(ids).values().stream().sorted().toList(),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        Map<String, String> names = ScorecardNames.of(ids);
        for (JsonNode a : json.get("agencies")) {
            assertEquals("pcm-rapor-2024-09/" + names.get(a.get("agency_id").asString()), a.get("scorecard").asString());
        }
    }

    /**
     * Issue 19: agency {@code CON} was filed as {@code _CON.pdf}, the real agency {@code _CON} as
     * {@code _CON-2.pdf}. Now each keeps a file no other agency can have (SPEC 7), the JSON names it,
     * and the scorecard in it is that agency's, its title as before.
     */
    @Test
    void anAgencyNamedLikeADeviceGetsAFileNoOtherAgencyCanHaveAndTheJsonNamesIt() throws IOException {
        Path input = dir.resolve("month-con");
        Files.createDirectories(input);
        try (Stream<Path> files = Files.list(month())) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        Files.writeString(input.resolve("agencies.csv"), "CON;Badan Con;LEMBAGA;;;;;\n_CON;Badan Garis Con;LEMBAGA;;;;;\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path output = dir.resolve("out-con");
        List<String> args = List.of("--period=2024-09", "--input=" + input, "--output=" + output, AS_OF,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("home-con/db/pcm"), "--pcm.home=" + dir.resolve("home-con"));
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, PcmBatchApplication.run(args.toArray(String[]::new), sink, sink));

        Path folder = output.resolve("pcm-rapor-2024-09");
        assertTrue(Files.exists(folder.resolve("CON~a3dbc4b644a9.pdf")) && Files.exists(folder.resolve("_CON.pdf")));
        JsonNode figures = JsonMapper.builder().build().readTree(output.resolve("pcm-figures-2024-09.json").toFile());
        Map<String, String> scorecards = new TreeMap<>();
        figures.get("agencies").forEach(a -> scorecards.put(a.get("agency_id").asString(), a.get("scorecard").asString()));
        assertEquals("pcm-rapor-2024-09/CON~a3dbc4b644a9.pdf", scorecards.get("CON"));
        assertEquals("pcm-rapor-2024-09/_CON.pdf", scorecards.get("_CON"));
        for (Map.Entry<String, String> card : Map.of("CON", "Badan Con", "_CON", "Badan Garis Con").entrySet()) {
            ReadBack read = new ReadBack(Files.readAllBytes(output.resolve(scorecards.get(card.getKey()))));
            assertTrue(read.title.startsWith("Rapor Pengelolaan Komunikasi Publik — " + card.getValue() + " — "), read.title);
            assertTrue(String.join(" ", read.pages).replaceAll("\\s+", " ").contains("ID instansi " + card.getKey()),
                    card.getKey());
        }
    }

    @Test
    void eachSectionSaysWhatTheJsonHolds() throws IOException {
        for (JsonNode a : json.get("agencies")) {
            String id = a.get("agency_id").asString();
            ReadBack card = card(id);
            String text = String.join("\n", card.pages).replaceAll("\\s+", " ");
            assertTrue(card.title.startsWith("Rapor Pengelolaan Komunikasi Publik — "), card.title);
            assertTrue(text.contains("ID instansi " + id), id + ": " + text);
            assertTrue(text.contains("peringkat " + a.get("rank_in_type").asInt() + " dari " + a.get("agencies_of_type").asInt()),
                    id + " rank: " + text);
            assertTrue(text.contains("batas waktu: 5 Oktober 2024"), id + " deadline: " + text);
            for (JsonNode pair : a.get("pairs")) {
                String status = switch (pair.get("status").asString()) {
                    case "ON_TIME" -> "Tepat waktu";
                    case "LATE" -> "Terlambat";
                    default -> "Belum disebarkan";
                };
                assertTrue(text.matches(".*" + pair.get("narrative_id").asString() + " .*" + status + ".*"), id + " pair: " + text);
            }
            for (var rule : a.get("rejected_rows").properties()) {
                assertTrue(text.contains(rule.getKey() + " " + rule.getValue().asInt()), id + " rejects: " + text);
            }
            if (a.get("rejected_rows").isEmpty()) {
                assertTrue(text.contains("Tidak ada baris reports.csv atau dissemination.csv atas nama instansi ini yang ditolak"), id);
            }
            assertTrue(text.contains("6. Tindak lanjut"), id);
            int pages = card.pages.size();
            assertTrue(text.contains("Halaman " + pages + " dari " + pages), id + ": the footer counts the pages there are");
        }
    }

    @Test
    void aProvinceListsItsRegenciesAndCities() throws IOException {
        JsonNode jabar = agency("JABAR");
        String text = String.join("\n", card("JABAR").pages).replaceAll("\\s+", " ");
        assertEquals(List.of("KOTA-BDG"), List.of(jabar.get("children").get(0).asString()));
        assertTrue(text.contains("7. Kabupaten dan kota di wilayah provinsi"), text);
        assertTrue(text.contains("KOTA-BDG Kota Bandung"), text);
        String bandung = String.join("\n", card("KOTA-BDG").pages).replaceAll("\\s+", " ");
        assertTrue(bandung.contains("ID instansi KOTA-BDG \u00b7 Kota \u00b7 Provinsi Jawa Barat"), bandung);
        assertFalse(bandung.contains("7. Kabupaten dan kota"), "only a province has the section");
    }

    @Test
    void theEnglishEditionAndTheSameBytesForTheSameRun() throws IOException {
        Path english = dir.resolve("out-en");
        assertEquals(0, run(english, "--lang=en"));
        String text = String.join("\n", new ReadBack(Files.readAllBytes(english.resolve("pcm-rapor-2024-09/JABAR.pdf"))).pages);
        assertTrue(text.contains("Public Communication Management Scorecard"), text);
        assertTrue(text.contains("6. Next steps"), text);

        Path again = dir.resolve("out-again");
        assertEquals(0, run(again));
        assertEquals(contents(out.resolve("pcm-rapor-2024-09")), contents(again.resolve("pcm-rapor-2024-09")));
    }

    @Test
    void scorecardsArePdfA1b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (String id : List.of("JABAR", "KOTA-BDG")) {
            byte[] pdf = Files.readAllBytes(out.resolve("pcm-rapor-2024-09").resolve(id + ".pdf"));
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
                ValidationResult result = validator.validate(parser);
                assertTrue(result.isCompliant(), id + ": " + result.getTestAssertions());
            } catch (ModelParsingException e) {
                throw new AssertionError(id, e);
            }
        }
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                contents.put(file.getFileName().toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return contents;
    }
}
