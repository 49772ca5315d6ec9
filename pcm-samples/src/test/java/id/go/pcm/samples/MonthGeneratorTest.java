package id.go.pcm.samples;

import id.go.pcm.Monev;
import id.go.pcm.MonevResult;
import id.go.pcm.MonthFile;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameFiles() throws IOException {
        new MonthGenerator(YearMonth.of(2024, 9), 0.1, 5, 0.01).writeTo(dir.resolve("a"));
        new MonthGenerator(YearMonth.of(2024, 9), 0.1, 5, 0.01).writeTo(dir.resolve("b"));
        for (String file : MonthFile.names()) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void aNationalMonthHasTheNationsAgenciesAndTheVolumeAsked() {
        MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), 1, 3, 0);
        MonthGenerator.Counts counts = generator.writeTo(dir);
        MonevResult result = Monev.of(YearMonth.of(2024, 9), generator.asOf()).evaluate(dir);
        assertEquals(596, result.figures().national().activeAgencies(), "44 central bodies, 38 provinces, 514 regencies and cities");
        assertEquals(38, result.figures().agencies().stream().filter(a -> a.type().equals(AgencyType.PROVINSI)).count());
        assertEquals(MonthGenerator.NARRATIVES, result.figures().national().narratives());
        assertEquals(MonthGenerator.MEDIA_PER_SCALE, counts.media);
        assertTrue(Math.abs(counts.evidence - MonthGenerator.EVIDENCE_PER_SCALE) < MonthGenerator.EVIDENCE_PER_SCALE * 0.25,
                "about 30,000 evidence rows: " + counts.evidence);
        assertEquals(0, result.rejects().size(), "no faults asked, none made: " + result.rejects().stream().limit(3).toList());
    }

    @Test
    void aPartOfTheNationHasTheCentralBodiesAndTheFirstProvincesWithTheVolumeAsked() {
        MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), 1, 3, 0).withFirstProvinces(2);
        MonthGenerator.Counts counts = generator.writeTo(dir);
        MonevResult result = Monev.of(YearMonth.of(2024, 9), generator.asOf()).evaluate(dir);
        assertEquals(102, result.figures().national().activeAgencies(),
                "44 central bodies, Aceh and Sumatera Utara, their 43 regencies and 13 cities");
        Map<AgencyType, Long> byType = result.figures().agencies().stream()
                .collect(Collectors.groupingBy(AgencyFigures::type, java.util.LinkedHashMap::new, Collectors.counting()));
        assertEquals(Map.of(AgencyType.KEMENTERIAN, 32L, AgencyType.LEMBAGA, 12L, AgencyType.PROVINSI, 2L,
                AgencyType.KABUPATEN, 43L, AgencyType.KOTA, 13L), byType);
        assertEquals(MonthGenerator.NARRATIVES, result.figures().national().narratives());
        assertEquals(MonthGenerator.MEDIA_PER_SCALE, counts.media);
        assertTrue(Math.abs(counts.evidence - MonthGenerator.EVIDENCE_PER_SCALE) < MonthGenerator.EVIDENCE_PER_SCALE * 0.25,
                "the volume is the scale's, not the share of the nation's: " + counts.evidence);
        assertEquals(0, result.rejects().size(), "no faults asked, none made: " + result.rejects().stream().limit(3).toList());
    }

    @Test
    void theWholeNationAsAPartIsTheNationsMonth() throws IOException {
        new MonthGenerator(YearMonth.of(2024, 9), 0.1, 5, 0.01).writeTo(dir.resolve("nation"));
        new MonthGenerator(YearMonth.of(2024, 9), 0.1, 5, 0.01).withFirstProvinces(SampleAgencies.PROVINCES).writeTo(dir.resolve("part"));
        for (String file : MonthFile.names()) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("nation").resolve(file)), Files.readAllBytes(dir.resolve("part").resolve(file)), file);
        }
    }

    /**
     * The nation's month is the one it was before parts of the nation could be asked for (and that
     * the benchmarks and the READMEs' figures were measured on): the same bytes for the same seed.
     * Since the regions carry their real names and codes (issue 19), agencies.csv has 516 other names
     * (514 regencies and cities, DKI Jakarta and DI Yogyakarta) and 23 regencies and cities of
     * Kalimantan Timur, Sulawesi Selatan, Papua and Papua Barat other ids (their real codes, e.g.
     * KAB-64.05 is now KAB-64.08), which the other files carry in ids and URLs; with those ids mapped,
     * every other byte is as before, and media.csv, which names no agency, is unchanged.
     */
    @Test
    void theNationsMonthIsUnchanged() throws IOException {
        new MonthGenerator(YearMonth.of(2024, 9), 0.1, 5, 0.01).writeTo(dir);
        Map<String, String> sha256 = new TreeMap<>();
        for (String file : MonthFile.names()) {
            sha256.put(file, sha256(dir.resolve(file)));
        }
        assertEquals(NATION_SCALE_01_SEED_5_FAULTS_001, sha256);
    }

    private static final Map<String, String> NATION_SCALE_01_SEED_5_FAULTS_001 = Map.of(
            "agencies.csv", "bdadf865c722907ae5a5a61a6141e5c51ca883f99177f09eabe62e23e7d372ca",
            "narratives.csv", "91f88a3f09b409fdb7a5d489a386b8f0a28c761c1db7c9b1f895ac4ca3074ddd",
            "reports.csv", "778f2432c33ceb160f6a18bba1eb30be085276f8386d7c9e0a59512e0b302ed0",
            "dissemination.csv", "ab7d822ded227844c82ad3a80d93d2032283e24488e4464fdf4487e4d2bd1d92",
            "media.csv", "2373320af26a89ea066a706cd3755db5387532b9a5f80f123e4851bb778be55d");

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The bundled month is exactly what the generator writes for its settings (so a change to the
     * generator's agencies shows in the sample, and the sample is never edited by hand). Regenerate it with
     * {@code GenerateMonth --period=2024-09 --scale=0.2 --seed=2024 --fault-rate=0.01 --output=pcm-samples/months/2024-09}.
     */
    @Test
    void theBundledMonthIsWhatTheGeneratorWrites() throws IOException {
        new MonthGenerator(YearMonth.of(2024, 9), 0.2, 2024, 0.01).writeTo(dir);
        for (String file : MonthFile.names()) {
            assertEquals(-1L, Files.mismatch(Path.of("months", "2024-09", file), dir.resolve(file)),
                    file + ": the bundled file and the generator's differ from that byte on");
        }
    }

    /** Every regional government of a generated month is named as in the Kemendagri list, never by its code. */
    @Test
    void theGeneratedRegistryNamesRegionsByTheirRealNames() throws IOException {
        MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), 0.1, 5, 0);
        generator.writeTo(dir);
        Map<String, String> names = new TreeMap<>();
        try (var in = Files.newBufferedReader(dir.resolve("agencies.csv"))) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                assertFalse(row.get("name").matches(".*\\d{2}\\.\\d{2}.*"), row.get("agency_id") + ": " + row.get("name"));
                names.put(row.get("agency_id"), row.get("name"));
            }
        }
        assertEquals("Pemerintah Kabupaten Bandung", names.get("KAB-32.04"));
        assertEquals("Pemerintah Kota Bandung", names.get("KOTA-32.73"));
        assertEquals("Pemerintah Kota Administrasi Jakarta Utara", names.get("KOTA-31.72"));
        assertEquals("Pemerintah Kabupaten Kutai Timur", names.get("KAB-64.08"));
        assertEquals("Pemerintah Provinsi Daerah Istimewa Yogyakarta", names.get("PROV-DIY"));
        MonevResult result = Monev.of(YearMonth.of(2024, 9), generator.asOf()).evaluate(dir);
        assertEquals(List.of(), result.rejects(), "every name is one the registry takes");
        result.figures().agencies().forEach(a -> assertEquals(names.get(a.agencyId()), a.name(), a.agencyId()));
    }

    @Test
    void aPartOfTheNationIsOneToAllProvinces() {
        MonthGenerator nation = new MonthGenerator(YearMonth.of(2024, 9), 1, 3, 0);
        assertThrows(IllegalArgumentException.class, () -> nation.withFirstProvinces(0));
        assertThrows(IllegalArgumentException.class, () -> nation.withFirstProvinces(SampleAgencies.PROVINCES + 1));
    }

    @ParameterizedTest(name = "{0} province(s)")
    @ValueSource(ints = {1, SampleAgencies.PROVINCES})
    void faultsOfEachKindAreRejectedAndTheRestAccepted(int provinces) {
        MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), 0.5, 8, 0.02).withFirstProvinces(provinces);
        generator.writeTo(dir);
        MonevResult result = Monev.of(YearMonth.of(2024, 9), generator.asOf()).evaluate(dir);
        Set<RejectCode> codes = result.rejects().stream().map(Reject::code).collect(Collectors.toCollection(() -> EnumSet.noneOf(RejectCode.class)));
        for (RejectCode expected : List.of(RejectCode.MALFORMED_ROW, RejectCode.MISSING_VALUE, RejectCode.BAD_VALUE,
                RejectCode.DUPLICATE_ID, RejectCode.UNKNOWN_AGENCY, RejectCode.INACTIVE_AGENCY, RejectCode.WRONG_PERIOD,
                RejectCode.UNKNOWN_TARGET, RejectCode.UNKNOWN_NARRATIVE, RejectCode.BEFORE_ISSUE, RejectCode.FUTURE,
                RejectCode.BAD_PARENT, RejectCode.BAD_REGION_CODE)) {
            assertTrue(codes.contains(expected), expected + " among " + codes);
        }
        result.inputs().forEach(input -> assertTrue(input.rejectRatio() < 0.1, input.toString()));
    }

    @Test
    void agenciesDifferInDiligence() {
        MonthGenerator generator = new MonthGenerator(YearMonth.of(2024, 9), 1, 4, 0);
        generator.writeTo(dir);
        MonevResult result = Monev.of(YearMonth.of(2024, 9), generator.asOf()).evaluate(dir);
        var national = result.figures().national();
        national.reports().values().forEach(count -> assertTrue(count > 0, "on time, late and missing all occur: " + national.reports()));
        national.categories().values().forEach(count -> assertTrue(count > 0, "every category occurs: " + national.categories()));
        assertTrue(national.coveragePct() > 50 && national.coveragePct() < 95, "coverage " + national.coveragePct());
        var top = result.figures().media().topOutlets();
        assertTrue(top.get(0).items() > 3 * top.get(9).items(), "outlet volumes are steep: " + top);
    }
}
