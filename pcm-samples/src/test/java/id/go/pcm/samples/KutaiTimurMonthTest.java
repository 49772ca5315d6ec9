package id.go.pcm.samples;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kabupaten Kutai Timur's regional month (SPEC 9.5), read back from the files the generator writes:
 * pcm-core does not know its types yet, so the month is checked here against the contract itself.
 */
class KutaiTimurMonthTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final List<String> SIX_FILES = List.of("types.csv", "agencies.csv", "narratives.csv", "reports.csv",
            "dissemination.csv", "media.csv");

    @TempDir
    Path dir;

    @Test
    void theKecamatanDesaAndKelurahanAreTheRealOnesUnderTheirNamesAndCodes() throws IOException {
        Month month = Month.write(MonthGenerator.kutaiTimur(SEPTEMBER, 1, 3, 0), dir);
        Map<String, CSVRecord> list = new TreeMap<>();
        for (CSVRecord region : resource("regions/kutai_timur.csv")) {
            list.put(region.get("kode"), region);
        }
        Set<String> regions = new TreeSet<>();
        for (CSVRecord row : month.agencies) {
            String type = row.get("type");
            if (Set.of("KECAMATAN", "DESA", "KELURAHAN").contains(type)) {
                CSVRecord region = list.get(row.get("region_code"));
                assertNotNull(region, row.get("agency_id") + ": no such code in the Kemendagri list");
                assertEquals(region.get("jenis"), type, row.get("agency_id"));
                String kind = type.charAt(0) + type.substring(1).toLowerCase();
                assertEquals(kind + " " + region.get("nama").strip(), row.get("name"), row.get("agency_id"));
                regions.add(region.get("kode"));
            }
        }
        Set<String> expected = list.values().stream()
                .filter(r -> r.get("jenis").equals("KECAMATAN") || r.get("kode_induk").equals("64.08.04") || r.get("kode_induk").equals("64.08.12"))
                .map(r -> r.get("kode")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, regions, "the 18 kecamatan, and the desa and kelurahan of the two Sangatta");
        assertEquals(18 + 8, regions.size());
        Map<String, String> names = month.agencies.stream().collect(Collectors.toMap(r -> r.get("agency_id"), r -> r.get("name")));
        assertEquals("Kecamatan Sangatta Utara", names.get("KEC-64.08.04"));
        assertEquals("Kecamatan Long Mesangat", names.get("KEC-64.08.18"));
        assertEquals("Kelurahan Teluk Lingga", names.get("KEL-64.08.04.1010"));
        assertEquals("Desa Singa Gembara", names.get("DESA-64.08.04.2011"));
        assertEquals("Dinas Komunikasi, Informatika, Statistik dan Persandian", names.get("DISKOMINFOSTAPER"));
        assertEquals("Sekretariat Dewan Perwakilan Rakyat Daerah", names.get("SETWAN"));
    }

    @Test
    void everyDesaAndKelurahanIsUnderItsKecamatansCode() throws IOException {
        Month month = Month.write(MonthGenerator.kutaiTimur(SEPTEMBER, 9, 3, 0), dir);
        Map<String, CSVRecord> byId = month.byId();
        int villages = 0;
        for (CSVRecord row : month.agencies) {
            if (row.get("type").equals("DESA") || row.get("type").equals("KELURAHAN")) {
                CSVRecord parent = byId.get(row.get("parent_id"));
                assertNotNull(parent, row.get("agency_id"));
                assertEquals("KECAMATAN", parent.get("type"), row.get("agency_id"));
                assertTrue(row.get("region_code").startsWith(parent.get("region_code") + "."), row.get("agency_id"));
                villages++;
            }
        }
        assertEquals(141, villages, "at scale 9 every kecamatan has its desa and kelurahan");
    }

    /** SPEC 9.1, every rule of the table and of the file as a whole, checked on the written types.csv. */
    @Test
    void theTypesSatisfyTheRulesOfTypesCsv() throws IOException {
        Month month = Month.write(MonthGenerator.kutaiTimur(SEPTEMBER, 1, 3, 0), dir);
        assertEquals(List.of("type", "name", "name_en", "parent_type", "region_code"), month.typesHeader);
        assertFalse(month.types.isEmpty(), "a types.csv with a header and no row is refused");
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        Map<String, CSVRecord> byType = new LinkedHashMap<>();
        for (CSVRecord type : month.types) {
            String code = type.get("type");
            assertTrue(code.matches("[A-Z0-9_]{1,40}") && !code.equals("ALL"), code);
            assertTrue(codes.add(code), "unique: " + code);
            assertTrue(type.get("name").length() >= 1 && type.get("name").length() <= 100, code);
            assertTrue(names.add(type.get("name").toLowerCase()), "names unique ignoring case: " + code);
            assertTrue(type.get("name_en").length() <= 100, code);
            String shape = type.get("region_code");
            assertTrue(shape.isEmpty() || List.of("NN", "NN.NN", "NN.NN.NN", "NN.NN.NN.NNNN").contains(shape), code);
            byType.put(code, type);
        }
        for (CSVRecord type : month.types) {
            String parentType = type.get("parent_type");
            if (parentType.isEmpty()) {
                continue;
            }
            assertTrue(byType.containsKey(parentType) && !parentType.equals(type.get("type")), type.get("type"));
            String parentShape = byType.get(parentType).get("region_code");
            String shape = type.get("region_code");
            if (!shape.isEmpty()) {
                assertFalse(parentShape.isEmpty(), "a parent with no shape over a child with one: " + type.get("type"));
                assertTrue(shape.startsWith(parentShape + "."), type.get("type"));
            }
            Set<String> seen = new HashSet<>();
            for (String up = type.get("type"); !up.isEmpty(); up = byType.get(up).get("parent_type")) {
                assertTrue(seen.add(up), "no loop of parents: " + type.get("type"));
            }
        }
        // Without faults, every unit is of one of the types, with a parent and a code exactly as its type asks.
        Map<String, CSVRecord> byId = month.byId();
        for (CSVRecord row : month.agencies) {
            CSVRecord type = byType.get(row.get("type"));
            assertNotNull(type, row.get("agency_id"));
            assertEquals(type.get("parent_type").isEmpty(), row.get("parent_id").isEmpty(), row.get("agency_id"));
            if (!row.get("parent_id").isEmpty()) {
                assertEquals(type.get("parent_type"), byId.get(row.get("parent_id")).get("type"), row.get("agency_id"));
            }
            assertTrue(shaped(row.get("region_code"), type.get("region_code")), row.get("agency_id"));
        }
        assertEquals(List.of("SEKRETARIAT", "INSPEKTORAT", "DINAS", "BADAN", "KECAMATAN", "KELURAHAN", "DESA"),
                new ArrayList<>(byType.keySet()));
    }

    @Test
    void everyFaultKindIsThereWhenFaultsAreAskedForAndNoneWhenNot() throws IOException {
        Map<Fault, List<String>> faulty = Month.write(MonthGenerator.kutaiTimur(SEPTEMBER, 1, 8, 0.1), dir.resolve("faulty")).faults();
        for (Fault fault : Fault.values()) {
            assertFalse(faulty.getOrDefault(fault, List.of()).isEmpty(), fault + " among " + faulty.keySet());
        }
        Map<Fault, List<String>> clean = Month.write(MonthGenerator.kutaiTimur(SEPTEMBER, 1, 8, 0), dir.resolve("clean")).faults();
        assertEquals(Map.of(), clean);
    }

    @Test
    void timesAreWrittenInWitaWithAnOffsetOrAsClerksTypeThem() throws IOException {
        Month month = Month.write(MonthGenerator.kutaiTimur(SEPTEMBER, 1, 3, 0), dir);
        int dayFirst = 0;
        List<String> times = new ArrayList<>();
        month.narratives.forEach(r -> times.add(r.get("issued_at")));
        month.reports.forEach(r -> times.add(r.get("submitted_at")));
        month.evidence.forEach(r -> times.add(r.get("published_at")));
        month.media.forEach(r -> times.add(r.get("published_at")));
        for (String time : times) {
            if (time.matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")) {
                dayFirst++;
            } else {
                assertTrue(time.endsWith("+08:00"), time);
            }
        }
        assertTrue(dayFirst > 0 && dayFirst < times.size() / 5, "now and then the day-first form: " + dayFirst);
        assertEquals(OffsetDateTime.parse("2024-10-10T00:00:00+08:00"), MonthGenerator.kutaiTimur(SEPTEMBER, 1, 3, 0).asOf());
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
        MonthGenerator.kutaiTimur(SEPTEMBER, 0.5, 5, 0.02).writeTo(dir.resolve("a"));
        MonthGenerator.kutaiTimur(SEPTEMBER, 0.5, 5, 0.02).writeTo(dir.resolve("b"));
        MonthGenerator.kutaiTimur(SEPTEMBER, 0.5, 6, 0.02).writeTo(dir.resolve("c"));
        for (String file : SIX_FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
        for (String file : List.of("reports.csv", "dissemination.csv", "media.csv")) {
            assertTrue(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("c").resolve(file)) >= 0, file);
        }
    }

    @Test
    void theScaleMultipliesTheRowsAndAboveOneBringsMoreKecamatansVillages() throws IOException {
        MonthGenerator.Counts one = MonthGenerator.kutaiTimur(SEPTEMBER, 1, 4, 0).writeTo(dir.resolve("one"));
        MonthGenerator.Counts four = MonthGenerator.kutaiTimur(SEPTEMBER, 4, 4, 0).writeTo(dir.resolve("four"));
        assertEquals(KutaiTimurEdition.MEDIA_PER_SCALE, one.media);
        assertEquals(4L * KutaiTimurEdition.MEDIA_PER_SCALE, four.media);
        assertTrue(Math.abs(one.evidence - KutaiTimurEdition.EVIDENCE_PER_SCALE) < KutaiTimurEdition.EVIDENCE_PER_SCALE * 0.25,
                "about 3,000 evidence rows: " + one.evidence);
        assertTrue(four.evidence > 3 * one.evidence, one.evidence + " then " + four.evidence);
        Month oneMonth = Month.read(dir.resolve("one"));
        Month fourMonth = Month.read(dir.resolve("four"));
        assertEquals(Set.of("64.08.04", "64.08.12"), villageParents(oneMonth));
        assertEquals(Set.of("64.08.04", "64.08.12", "64.08.01", "64.08.02", "64.08.03", "64.08.05", "64.08.06", "64.08.07"),
                villageParents(fourMonth), "two more kecamatan per unit of scale, in code order after the two Sangatta");
        assertEquals(2, KutaiTimurEdition.villageDistricts(0.1));
        assertEquals(3, KutaiTimurEdition.villageDistricts(1.2));
        assertEquals(18, KutaiTimurEdition.villageDistricts(100));
    }

    @Test
    void aRegionalGeneratorHasNoPartOfTheNationAndTheCommandLineSaysSo() {
        assertThrows(IllegalStateException.class, () -> MonthGenerator.kutaiTimur(SEPTEMBER, 1, 1, 0).withFirstProvinces(2));
        IllegalArgumentException provinces = assertThrows(IllegalArgumentException.class,
                () -> GenerateMonth.generator(Map.of("edition", "kutai-timur", "provinces", "2")));
        assertTrue(provinces.getMessage().contains("--provinces"), provinces.getMessage());
        IllegalArgumentException edition = assertThrows(IllegalArgumentException.class,
                () -> GenerateMonth.generator(Map.of("edition", "kutai-barat")));
        assertTrue(edition.getMessage().contains("--edition=kutai-barat"), edition.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MonthGenerator.kutaiTimur(SEPTEMBER, 0, 1, 0));
    }

    /**
     * The bundled month is exactly what the command in the README beside it writes: the command is read
     * from the README and run, and each of the six files compared byte for byte.
     */
    @Test
    void theBundledMonthIsWhatItsReadmesCommandWrites() throws IOException {
        Path bundled = Path.of("months", "kutai-timur-2024-09");
        Matcher command = Pattern.compile("id\\.go\\.pcm\\.samples\\.GenerateMonth ((?:--\\S+=\\S+ ?)+)")
                .matcher(Files.readString(bundled.resolve("README.md")));
        assertTrue(command.find(), "the README beside the month gives its command");
        Map<String, String> options = new HashMap<>();
        for (String arg : command.group(1).strip().split(" ")) {
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        assertEquals("pcm-samples/months/kutai-timur-2024-09", options.remove("output"));
        assertEquals("kutai-timur", options.get("edition"));
        GenerateMonth.generator(options).writeTo(dir);
        for (String file : SIX_FILES) {
            assertEquals(-1L, Files.mismatch(bundled.resolve(file), dir.resolve(file)),
                    file + ": the bundled file and the generator's differ from that byte on");
        }
    }

    private static Set<String> villageParents(Month month) {
        return month.agencies.stream().filter(r -> r.get("type").equals("DESA") || r.get("type").equals("KELURAHAN"))
                .map(r -> r.get("region_code").substring(0, 8)).collect(Collectors.toSet());
    }

    /** Whether a code has a type's shape: empty for a type without one, else each N one digit. */
    private static boolean shaped(String code, String shape) {
        return shape.isEmpty() ? code.isEmpty() : code.matches(shape.replace(".", "\\.").replace("N", "\\d"));
    }

    /** The faults a clerk makes in a regional month, each found in the files as the contract defines it. */
    enum Fault {
        CODE_NOT_UNDER_PARENT, PARENT_OF_WRONG_TYPE, PARENT_WHERE_NONE_BELONGS, CODE_WHERE_NONE_BELONGS, CODE_OF_WRONG_SHAPE,
        UNKNOWN_TYPE, UNKNOWN_TARGET, REPORT_WRONG_PERIOD, REPORT_DUPLICATE_ID, EVIDENCE_UNKNOWN_NARRATIVE, EVIDENCE_BAD_URL,
        EVIDENCE_BEFORE_ISSUE, EVIDENCE_BAD_TIME, EVIDENCE_INACTIVE_AGENCY, EVIDENCE_UNKNOWN_AGENCY, EVIDENCE_DUPLICATE_ID,
        EVIDENCE_FUTURE, EVIDENCE_NO_URL_NOR_PROOF, MEDIA_WRONG_PERIOD, MEDIA_BAD_SENTIMENT, MEDIA_UNKNOWN_NARRATIVE, MEDIA_MALFORMED_ROW
    }

    /** A written month's six files. */
    private record Month(List<String> typesHeader, List<CSVRecord> types, List<CSVRecord> agencies, List<CSVRecord> narratives,
                         List<CSVRecord> reports, List<CSVRecord> evidence, List<CSVRecord> media) {

        static Month write(MonthGenerator generator, Path folder) throws IOException {
            generator.writeTo(folder);
            return read(folder);
        }

        static Month read(Path folder) throws IOException {
            List<String> header;
            try (Reader in = Files.newBufferedReader(folder.resolve("types.csv"))) {
                header = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getHeaderNames();
            }
            return new Month(header, file(folder, "types.csv"), file(folder, "agencies.csv"), file(folder, "narratives.csv"),
                    file(folder, "reports.csv"), file(folder, "dissemination.csv"), file(folder, "media.csv"));
        }

        Map<String, CSVRecord> byId() {
            Map<String, CSVRecord> byId = new HashMap<>();
            agencies.forEach(r -> byId.putIfAbsent(r.get("agency_id"), r));
            return byId;
        }

        /** Every faulty row, by its fault. */
        Map<Fault, List<String>> faults() {
            Map<Fault, List<String>> found = new TreeMap<>();
            Map<String, CSVRecord> typeOf = new HashMap<>();
            types.forEach(t -> typeOf.put(t.get("type"), t));
            Map<String, CSVRecord> byId = byId();
            for (CSVRecord row : agencies) {
                String id = row.get("agency_id");
                CSVRecord type = typeOf.get(row.get("type"));
                if (type == null) {
                    add(found, Fault.UNKNOWN_TYPE, id);
                    continue;
                }
                String parentId = row.get("parent_id");
                String code = row.get("region_code");
                String shape = type.get("region_code");
                if (type.get("parent_type").isEmpty() && !parentId.isEmpty()) {
                    add(found, Fault.PARENT_WHERE_NONE_BELONGS, id);
                }
                if (!parentId.isEmpty() && !type.get("parent_type").isEmpty()) {
                    CSVRecord parent = byId.get(parentId);
                    if (parent == null || !parent.get("type").equals(type.get("parent_type"))) {
                        add(found, Fault.PARENT_OF_WRONG_TYPE, id);
                    } else if (!code.startsWith(parent.get("region_code") + ".")) {
                        add(found, Fault.CODE_NOT_UNDER_PARENT, id);
                    }
                }
                if (shape.isEmpty() && !code.isEmpty()) {
                    add(found, Fault.CODE_WHERE_NONE_BELONGS, id);
                } else if (!shape.isEmpty() && !shaped(code, shape)) {
                    add(found, Fault.CODE_OF_WRONG_SHAPE, id);
                }
            }
            Map<String, Instant> issued = new HashMap<>();
            for (CSVRecord n : narratives) {
                issued.put(n.get("narrative_id"), instant(n.get("issued_at")));
                for (String word : n.get("targets").split("\\|")) {
                    if (!word.equals("ALL") && !typeOf.containsKey(word.toUpperCase()) && !byId.containsKey(word)) {
                        add(found, Fault.UNKNOWN_TARGET, n.get("narrative_id"));
                    }
                }
            }
            Set<String> reportIds = new HashSet<>();
            for (CSVRecord r : reports) {
                if (!r.get("period").equals(SEPTEMBER.toString())) {
                    add(found, Fault.REPORT_WRONG_PERIOD, r.get("report_id"));
                }
                if (!reportIds.add(r.get("report_id"))) {
                    add(found, Fault.REPORT_DUPLICATE_ID, r.get("report_id"));
                }
            }
            Instant start = SEPTEMBER.atDay(1).atStartOfDay(WITA).toInstant();
            Instant end = SEPTEMBER.plusMonths(1).atDay(1).atStartOfDay(WITA).toInstant();
            Instant asOf = SEPTEMBER.plusMonths(1).atDay(10).atStartOfDay(WITA).toInstant();
            Set<String> evidenceIds = new HashSet<>();
            for (CSVRecord e : evidence) {
                String id = e.get("evidence_id");
                Instant at = instant(e.get("published_at"));
                CSVRecord agency = byId.get(e.get("agency_id"));
                if (!issued.containsKey(e.get("narrative_id"))) {
                    add(found, Fault.EVIDENCE_UNKNOWN_NARRATIVE, id);
                } else if (at != null && at.isBefore(issued.get(e.get("narrative_id")))) {
                    add(found, Fault.EVIDENCE_BEFORE_ISSUE, id);
                }
                if (!e.get("url").isEmpty() && !e.get("url").startsWith("https://")) {
                    add(found, Fault.EVIDENCE_BAD_URL, id);
                }
                if (e.get("url").isEmpty() && e.get("proof_sha256").isEmpty()) {
                    add(found, Fault.EVIDENCE_NO_URL_NOR_PROOF, id);
                }
                if (at == null) {
                    add(found, Fault.EVIDENCE_BAD_TIME, id);
                } else if (at.isAfter(asOf)) {
                    add(found, Fault.EVIDENCE_FUTURE, id);
                }
                if (agency == null) {
                    add(found, Fault.EVIDENCE_UNKNOWN_AGENCY, id);
                } else if (!agency.get("active_until").isEmpty() && date(agency.get("active_until")).isBefore(SEPTEMBER.atDay(1))) {
                    add(found, Fault.EVIDENCE_INACTIVE_AGENCY, id);
                }
                if (!evidenceIds.add(id)) {
                    add(found, Fault.EVIDENCE_DUPLICATE_ID, id);
                }
            }
            for (CSVRecord m : media) {
                String id = m.get(0);
                if (!m.isConsistent()) {
                    add(found, Fault.MEDIA_MALFORMED_ROW, id);
                    continue;
                }
                Instant at = instant(m.get("published_at"));
                if (at == null || at.isBefore(start) || !at.isBefore(end)) {
                    add(found, Fault.MEDIA_WRONG_PERIOD, id);
                }
                if (!Set.of("POSITIVE", "POSITIF", "NEUTRAL", "NETRAL", "NEGATIVE", "NEGATIF").contains(m.get("sentiment"))) {
                    add(found, Fault.MEDIA_BAD_SENTIMENT, id);
                }
                if (!m.get("narrative_id").isEmpty() && !issued.containsKey(m.get("narrative_id"))) {
                    add(found, Fault.MEDIA_UNKNOWN_NARRATIVE, id);
                }
            }
            return found;
        }

        private static void add(Map<Fault, List<String>> found, Fault fault, String id) {
            found.computeIfAbsent(fault, f -> new ArrayList<>()).add(id);
        }

        /** A timestamp as the contract reads it, in WITA when it has no offset; null when it is none. */
        private static Instant instant(String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(text, DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")).atZone(WITA).toInstant();
                } catch (DateTimeParseException again) {
                    return null;
                }
            }
        }

        private static LocalDate date(String text) {
            return text.contains("/") ? LocalDate.parse(text, DateTimeFormatter.ofPattern("dd/MM/uuuu")) : LocalDate.parse(text);
        }

        private static List<CSVRecord> file(Path folder, String name) throws IOException {
            try (Reader in = Files.newBufferedReader(folder.resolve(name))) {
                return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get()
                        .parse(in).getRecords();
            }
        }
    }

    private static List<CSVRecord> resource(String name) throws IOException {
        try (InputStream in = SampleAgencies.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }
}
