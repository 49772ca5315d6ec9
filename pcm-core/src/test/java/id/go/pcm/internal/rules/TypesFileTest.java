package id.go.pcm.internal.rules;

import id.go.pcm.FileCheck;
import id.go.pcm.InputSummary;
import id.go.pcm.Monev;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.csv.UnusableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPEC 9.1's {@code types.csv}: what it accepts, and every refusal of a faulty file, each naming the
 * file, its line and its column in both languages; {@link AgencyTypes#of} refuses the same faults in
 * records.
 */
class TypesFileTest {

    private static final String HEADER = "type,name,name_en,parent_type,region_code";
    /** A regency's office: units without a code, kecamatan, and their desa and kelurahan. */
    private static final List<String> REGIONAL = List.of(
            "SEKRETARIAT,Sekretariat Daerah,Regional Secretariat,,",
            "DINAS,Dinas,Office,,",
            "KECAMATAN,Kecamatan,District,,NN.NN.NN",
            "DESA,Desa,Village,KECAMATAN,NN.NN.NN.NNNN",
            "KELURAHAN,Kelurahan,Urban Village,KECAMATAN,NN.NN.NN.NNNN");
    private static final Pattern UNFILLED_PLACE = Pattern.compile("\\{[0-9]+}");

    @TempDir
    Path dir;

    private static AgencyTypes read(String... rows) {
        return read(List.of(rows));
    }

    private static AgencyTypes read(List<String> rows) {
        String text = HEADER + "\n" + String.join("\n", rows) + "\n";
        return AgencyTypes.read("types.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The regional rows with row {@code index} (0 = line 2) replaced. */
    private static List<String> regionalWith(int index, String row) {
        List<String> rows = new ArrayList<>(REGIONAL);
        rows.set(index, row);
        return rows;
    }

    private static List<String> regionalPlus(String... more) {
        List<String> rows = new ArrayList<>(REGIONAL);
        rows.addAll(List.of(more));
        return rows;
    }

    /**
     * Asserts the file is refused on that line and column, both messages saying so and naming the file.
     *
     * @param column the column named, or {@code null} when the fault is the whole row's
     */
    private static UnusableFileException assertRefused(List<String> rows, long line, String column, String... mentions) {
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> read(rows));
        assertRefusal(e, line, column, mentions);
        return e;
    }

    private static void assertRefusal(UnusableFileException e, long line, String column, String... mentions) {
        String en = e.getMessage();
        String id = e.messageId();
        assertEquals("types.csv", e.file(), en);
        assertEquals(line, e.line(), en);
        assertFalse(UNFILLED_PLACE.matcher(en).find(), en);
        assertFalse(UNFILLED_PLACE.matcher(id).find(), id);
        assertTrue(Pattern.compile("^types\\.csv line " + line + (column == null ? ":" : ", column " + column + "[: ]"))
                .matcher(en).find(), en);
        assertTrue(Pattern.compile("^types\\.csv baris " + line + (column == null ? ":" : ", kolom " + column + "[: ]"))
                .matcher(id).find(), id);
        for (String mention : mentions) {
            assertTrue(en.contains(mention), () -> "English message does not mention '" + mention + "': " + en);
            assertTrue(id.contains(mention), () -> "Indonesian message does not mention '" + mention + "': " + id);
        }
    }

    // --- accepted files ---

    @Test
    void regionalTypesAreReadInFileOrderWithTheirNamesParentsAndShapes() {
        AgencyTypes types = read(REGIONAL);

        assertEquals(List.of("SEKRETARIAT", "DINAS", "KECAMATAN", "DESA", "KELURAHAN"),
                types.all().stream().map(AgencyType::code).toList());
        assertEquals(new AgencyType("DESA", "Desa", "Village", "KECAMATAN", "NN.NN.NN.NNNN"), types.find("desa").orElseThrow());
        assertEquals("KECAMATAN", types.parentOf(types.find("KELURAHAN").orElseThrow()).orElseThrow().code());
        assertTrue(types.isParent(types.find("KECAMATAN").orElseThrow()));
        assertFalse(types.isParent(types.find("DINAS").orElseThrow()));
        assertFalse(types.isNational());
    }

    @Test
    void theSpecsNationalTableIsTheNationalTypes() {
        AgencyTypes types = read("KEMENTERIAN,Kementerian,Ministry,,", "LEMBAGA,Lembaga,Agency,,",
                "PROVINSI,Provinsi,Province,,NN", "KABUPATEN,Kabupaten,Regency,PROVINSI,NN.NN",
                "KOTA,Kota,City,PROVINSI,NN.NN");

        assertTrue(types.isNational());
        assertEquals(AgencyTypes.national(), types);
    }

    @Test
    void theNationalTypesInAnotherOrderAreNotTheNationalEdition() {
        AgencyTypes types = read("PROVINSI,Provinsi,Province,,NN", "KOTA,Kota,City,PROVINSI,NN.NN",
                "KABUPATEN,Kabupaten,Regency,PROVINSI,NN.NN", "KEMENTERIAN,Kementerian,Ministry,,", "LEMBAGA,Lembaga,Agency,,");

        assertFalse(types.isNational(), "row order is the order documents list types");
        assertEquals(List.of("PROVINSI", "KOTA", "KABUPATEN", "KEMENTERIAN", "LEMBAGA"),
                types.all().stream().map(AgencyType::code).toList());
    }

    @Test
    void optionalColumnsMayBeLeftOutAndNameEnDefaultsToName() {
        String text = "name;type\nDinas;DINAS\n";
        AgencyTypes types = AgencyTypes.read("types.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        AgencyType dinas = types.find("DINAS").orElseThrow();
        assertEquals(new AgencyType("DINAS", "Dinas", null, null, null), dinas);
        assertEquals("Dinas", dinas.name(id.go.pcm.Language.EN));
    }

    @Test
    void edgesOfTheTableAreAccepted() {
        String code = "A".repeat(39) + "_";
        AgencyTypes types = read("0_9," + "n".repeat(100) + "," + "e".repeat(100) + ",,", code + ",Badan,,0_9,");

        assertEquals(List.of("0_9", code), types.all().stream().map(AgencyType::code).toList());
    }

    @Test
    void aShapeMayExtendItsParentsByMoreThanOneLevel() {
        AgencyTypes types = read("PROVINSI,Provinsi,,,NN", "KECAMATAN,Kecamatan,,PROVINSI,NN.NN.NN",
                "DESA,Desa,,PROVINSI,NN.NN.NN.NNNN");

        assertEquals(3, types.all().size());
    }

    @Test
    void aChildWithoutShapeMayHaveAParentWithOne() {
        AgencyTypes types = read(regionalPlus("PUSKESMAS,Puskesmas,Health Centre,KECAMATAN,"));

        assertFalse(types.find("PUSKESMAS").orElseThrow().hasRegionCode());
    }

    @Test
    void aThreeLevelChainIsListedFromTheTopDown() {
        AgencyTypes types = read("DUSUN,Dusun,Hamlet,DESA,", "DESA,Desa,Village,KECAMATAN,NN.NN.NN.NNNN",
                "DINAS,Dinas,Office,,", "KECAMATAN,Kecamatan,District,,NN.NN.NN");

        assertEquals(List.of("DINAS", "KECAMATAN", "DESA", "DUSUN"), types.topDown().stream().map(AgencyType::code).toList());
        assertEquals(List.of("DUSUN", "DESA", "DINAS", "KECAMATAN"), types.all().stream().map(AgencyType::code).toList());
    }

    // --- a row that breaks the table ---

    @Test
    void typeLeftEmptyIsRefused() {
        assertRefused(regionalWith(1, ",Dinas,Office,,"), 3, "type");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"DINAS-PU", "DINAS PU", "Dinas", "dinas", "DİNAS", "ALL",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void typeOfOtherCharactersLowerCaseOver40OrAllIsRefused(String code) {
        assertRefused(regionalWith(1, code + ",Dinas,Office,,"), 3, "type", code);
    }

    @Test
    void allInAnyCaseIsRefused() {
        assertRefused(regionalWith(1, "all,Semua,All,,"), 3, "type", "all");
    }

    @Test
    void typeListedTwiceIsRefusedOnTheLaterLine() {
        assertRefused(regionalPlus("DINAS,Dinas Lain,Other Office,,"), 7, "type", "DINAS", "3");
    }

    @Test
    void nameLeftEmptyIsRefused() {
        assertRefused(regionalWith(2, "KECAMATAN, ,District,,NN.NN.NN"), 4, "name");
    }

    @Test
    void nameOf101CharactersIsRefused() {
        assertRefused(regionalWith(0, "SEKRETARIAT," + "é".repeat(101) + ",,,"), 2, "name", "101", "100");
    }

    @Test
    void nameEnOf101CharactersIsRefused() {
        assertRefused(regionalWith(4, "KELURAHAN,Kelurahan," + "e".repeat(101) + ",KECAMATAN,NN.NN.NN.NNNN"), 6, "name_en",
                "101", "100");
    }

    @Test
    void nameRepeatedIgnoringCaseIsRefused() {
        assertRefused(regionalPlus("BADAN,DINAS,Agency,,"), 7, "name", "DINAS", "3");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"N", "NNN", "NN.N", "NN-NN", "nn", "NN.NN.NN.NN", "NN.NN.NN.NNN", "NN.NN.NN.NNNNN", "99",
            "NN.NN.NN.NNNN.NN", "NN.", "AA"})
    void shapeThatIsNotOneOfTheFourIsRefused(String shape) {
        assertRefused(regionalWith(2, "KECAMATAN,Kecamatan,District,," + shape), 4, "region_code", shape);
    }

    @Test
    void malformedRowIsRefusedNamingItsLine() {
        assertRefused(regionalWith(3, "DESA,Desa,Village,KECAMATAN,NN.NN.NN.NNNN,extra"), 5, null, "6", "5");
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> read(List.of()));

        assertEquals("types.csv", e.file());
        assertTrue(e.getMessage().startsWith("types.csv lists no type"), e.getMessage());
        assertTrue(e.messageId().startsWith("types.csv tidak memuat satu jenis pun"), e.messageId());
    }

    @Test
    void aMissingRequiredColumnIsRefused() {
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> AgencyTypes.read("types.csv",
                new ByteArrayInputStream("type,name_en\nDINAS,Office\n".getBytes(StandardCharsets.UTF_8))));

        assertTrue(e.getMessage().contains("name"), e.getMessage());
    }

    // --- how the rows relate ---

    @Test
    void parentTypeNamingNoRowIsRefused() {
        assertRefused(regionalWith(3, "DESA,Desa,Village,KECAMTAN,NN.NN.NN.NNNN"), 5, "parent_type", "KECAMTAN");
    }

    @Test
    void parentTypeThatMatchesOnlyIgnoringCaseIsRefused() {
        assertRefused(regionalWith(3, "DESA,Desa,Village,Kecamatan,NN.NN.NN.NNNN"), 5, "parent_type", "Kecamatan");
    }

    @Test
    void parentTypeNamingItsOwnRowIsRefused() {
        assertRefused(regionalWith(1, "DINAS,Dinas,Office,DINAS,"), 3, "parent_type", "DINAS");
    }

    @Test
    void aLoopOfTwoIsRefused() {
        assertRefused(regionalWith(1, "DINAS,Dinas,Office,SEKRETARIAT,").stream()
                .map(r -> r.startsWith("SEKRETARIAT") ? "SEKRETARIAT,Sekretariat Daerah,,DINAS," : r).toList(),
                2, "parent_type", "SEKRETARIAT");
    }

    @Test
    void aLoopOfThreeIsRefused() {
        assertRefused(regionalPlus("A,Satu,,C,", "B,Dua,,A,", "C,Tiga,,B,"), 7, "parent_type", "A");
    }

    @ParameterizedTest(name = "{1} under {0}")
    @CsvSource({"NN.NN, NN.NN", "NN.NN.NN, NN.NN", "NN.NN.NN, NN", "NN.NN.NN.NNNN, NN.NN.NN.NNNN",
            "NN.NN.NN.NNNN, NN.NN.NN", "NN, NN"})
    void aShapeThatDoesNotExtendItsParentsIsRefused(String parentShape, String shape) {
        UnusableFileException e = assertRefused(List.of("INDUK,Induk,,," + parentShape, "ANAK,Anak,,INDUK," + shape), 3,
                "region_code", shape, parentShape);
        assertTrue(e.getMessage().contains("INDUK"), e.getMessage());
    }

    @ParameterizedTest(name = "{1} under {0}")
    @CsvSource({"NN, NN.NN", "NN, NN.NN.NN", "NN, NN.NN.NN.NNNN", "NN.NN, NN.NN.NN", "NN.NN, NN.NN.NN.NNNN",
            "NN.NN.NN, NN.NN.NN.NNNN"})
    void aShapeThatExtendsItsParentsIsAccepted(String parentShape, String shape) {
        assertEquals(2, read("INDUK,Induk,,," + parentShape, "ANAK,Anak,,INDUK," + shape).all().size());
    }

    @Test
    void aParentWithoutShapeOverAChildWithOneIsRefused() {
        assertRefused(regionalPlus("UPT,Unit Pelaksana Teknis,,DINAS,NN.NN.NN"), 7, "region_code", "UPT", "DINAS");
    }

    @Test
    void aRelationFaultIsNamedOnTheRowAtFaultWhereverItIs() {
        assertRefused(List.of("DESA,Desa,,KECAMATAN,NN.NN.NN", "KECAMATAN,Kecamatan,,,NN.NN.NN"), 2, "region_code", "DESA");
    }

    // --- in a run and in a check ---

    @Test
    void aMonthWithAFaultyTypesCsvIsRefusedWhole() throws IOException {
        for (String file : List.of("agencies.csv", "reports.csv", "narratives.csv", "dissemination.csv", "media.csv")) {
            Files.writeString(dir.resolve(file), "x\n");
        }
        Files.writeString(dir.resolve("types.csv"), HEADER + "\n" + String.join("\n", regionalWith(3,
                "DESA,Desa,Village,DESA,NN.NN.NN.NNNN")) + "\n");
        Monev monev = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+08:00"));

        UnusableFileException e = assertThrows(UnusableFileException.class, () -> monev.evaluate(dir));
        assertRefusal(e, 5, "parent_type");
    }

    @Test
    void aCheckOfATypesCsvGivesEveryRowAcceptedOrItsRefusal() throws IOException {
        FileCheck check = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+08:00")).checkAgencies();
        Path good = dir.resolve("types.csv");
        Files.writeString(good, HEADER + "\n" + String.join("\n", REGIONAL) + "\n");

        FileCheck.Result result = check.check(good, null);
        InputSummary summary = result.summary();
        assertEquals(List.of(5L, 5L, 0L), List.of(summary.rows(), summary.accepted(), summary.rejected()));
        assertEquals(List.of(), result.rejects());

        Files.writeString(good, HEADER + "\n" + String.join("\n", regionalWith(4,
                "KELURAHAN,kecamatan,Urban Village,KECAMATAN,NN.NN.NN.NNNN")) + "\n");
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> check.check(good, null));
        assertRefusal(e, 6, "name", "kecamatan", "4");
    }

    // --- records ---

    @Test
    void recordsAreCheckedAsTheFileIs() {
        AgencyType dinas = new AgencyType("DINAS", "Dinas", "Office", null, null);
        AgencyType kecamatan = new AgencyType("KECAMATAN", "Kecamatan", null, null, "NN.NN.NN");
        AgencyType desa = new AgencyType("DESA", "Desa", null, "KECAMATAN", "NN.NN.NN.NNNN");
        assertEquals(List.of(dinas, kecamatan, desa), AgencyTypes.of(List.of(dinas, kecamatan, desa)).all());

        assertRefusedRecords("listed twice", dinas, kecamatan, new AgencyType("DINAS", "Dinas Lain", null, null, null));
        assertRefusedRecords("already another type", dinas, new AgencyType("BADAN", "dinas", null, null, null));
        assertRefusedRecords("type of no row", dinas, new AgencyType("DESA", "Desa", null, "Kecamatan", null));
        assertRefusedRecords("names itself", dinas, new AgencyType("UPT", "UPT", null, "UPT", null));
        assertRefusedRecords("loop", new AgencyType("A", "A", null, "B", null), new AgencyType("B", "B", null, "A", null));
        assertRefusedRecords("loop", dinas, new AgencyType("A", "A", null, "C", null), new AgencyType("B", "B", null, "A", null),
                new AgencyType("C", "C", null, "B", null));
        assertRefusedRecords("does not begin with", kecamatan, new AgencyType("RW", "RW", null, "KECAMATAN", "NN.NN"));
        assertRefusedRecords("has none", dinas, new AgencyType("UPT", "UPT", null, "DINAS", "NN.NN"));
        assertEquals(AgencyTypes.national(), AgencyTypes.of(AgencyTypes.national().all()));
        assertTrue(AgencyTypes.of(AgencyTypes.national().all()).isNational());
    }

    private static void assertRefusedRecords(String mention, AgencyType... types) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgencyTypes.of(List.of(types)));
        assertTrue(e.getMessage().contains(mention), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "dinas, Dinas, -, -", "ALL, Semua, -, -", "DINAS, ' ', -, -", "DINAS, '', -, -", "DINAS, Dinas, '', -",
            "DINAS, Dinas, -, NN.N", "A_41, Dinas, -, -"})
    void aRecordBreakingTheTableIsRefused(String code, String name, String nameEn, String shape) {
        String c = code.equals("A_41") ? "A".repeat(41) : code;
        assertThrows(IllegalArgumentException.class, () -> new AgencyType(c, name, nameEn, null, shape));
    }
}
