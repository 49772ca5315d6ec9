package id.go.pcm.internal.rules;

import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;
import id.go.pcm.validation.TestRows;
import id.go.pcm.validation.TestRows.TestRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;
import java.util.List;

import static id.go.pcm.validation.RejectAssertions.assertReject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of {@code agencies.csv} in the general form of SPEC 9.1, for a regency's office: units
 * without a code ({@code SEKRETARIAT}, {@code DINAS} and its {@code UPT}), {@code KECAMATAN} coded
 * {@code NN.NN.NN}, their {@code DESA} and {@code KELURAHAN} coded {@code NN.NN.NN.NNNN}, and a desa's
 * {@code DUSUN} without a code (a chain of three).
 */
class RegionalAgencyRulesTest {

    private static final String FILE = "agencies.csv";
    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);

    static final AgencyType SEKRETARIAT = new AgencyType("SEKRETARIAT", "Sekretariat Daerah", "Regional Secretariat", null, null);
    static final AgencyType DINAS = new AgencyType("DINAS", "Dinas", "Office", null, null);
    static final AgencyType UPT = new AgencyType("UPT", "Unit Pelaksana Teknis", "Technical Unit", "DINAS", null);
    static final AgencyType KECAMATAN = new AgencyType("KECAMATAN", "Kecamatan", "District", null, "NN.NN.NN");
    static final AgencyType DESA = new AgencyType("DESA", "Desa", "Village", "KECAMATAN", "NN.NN.NN.NNNN");
    static final AgencyType KELURAHAN = new AgencyType("KELURAHAN", "Kelurahan", "Urban Village", "KECAMATAN", "NN.NN.NN.NNNN");
    static final AgencyType DUSUN = new AgencyType("DUSUN", "Dusun", "Hamlet", "DESA", null);
    static final AgencyTypes REGIONAL = AgencyTypes.of(List.of(SEKRETARIAT, DINAS, UPT, KECAMATAN, DESA, KELURAHAN, DUSUN));

    private static TestRow unit(long line, String id, String type) {
        return TestRows.row(FILE, line, "agency_id", id, "name", "Perangkat " + id, "type", type);
    }

    private static TestRow kecamatan(long line, String id, String code) {
        return unit(line, id, "KECAMATAN").with("region_code", code);
    }

    private static TestRow child(long line, String id, String type, String parent, String code) {
        TestRow row = unit(line, id, type).with("parent_id", parent);
        return code == null ? row : row.with("region_code", code);
    }

    private static AgencyCheck check(Row... rows) {
        return AgencyCheck.of(SEPTEMBER, REGIONAL, rows);
    }

    private static AgencyCheck check(AgencyTypes types, Row... rows) {
        return AgencyCheck.of(SEPTEMBER, types, rows);
    }

    // --- accepted rows ---

    @Test
    void acceptsARegencysUnitsWithTheirTypesParentsAndCodes() {
        AgencyCheck check = check(
                unit(2, "SETDA", "SEKRETARIAT"),
                unit(3, "DISKOMINFO", "DINAS"),
                child(4, "UPT-RADIO", "UPT", "DISKOMINFO", null),
                kecamatan(5, "KEC-SANGATTA-UTARA", "64.08.01"),
                child(6, "DESA-SANGATTA-UTARA", "DESA", "KEC-SANGATTA-UTARA", "64.08.01.2001"),
                child(7, "KEL-TELUK-LINGGA", "KELURAHAN", "KEC-SANGATTA-UTARA", "64.08.01.1002"),
                child(8, "DUSUN-1", "DUSUN", "DESA-SANGATTA-UTARA", null));

        check.assertAccepted("SETDA", "DISKOMINFO", "UPT-RADIO", "KEC-SANGATTA-UTARA", "DESA-SANGATTA-UTARA",
                "KEL-TELUK-LINGGA", "DUSUN-1");
        assertEquals(new Agency("KEL-TELUK-LINGGA", "Perangkat KEL-TELUK-LINGGA", KELURAHAN, "KEC-SANGATTA-UTARA",
                "64.08.01.1002", null, null), check.registry().find("KEL-TELUK-LINGGA").orElseThrow());
        assertEquals(DUSUN, check.registry().find("DUSUN-1").orElseThrow().type());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kecamatan, KECAMATAN", "Kecamatan, KECAMATAN", "KECAMATAN, KECAMATAN", "kEcAmAtAn, KECAMATAN"})
    void typeIsOneOfTheMonthsTypesInAnyCase(String word, String expected) {
        AgencyCheck check = check(kecamatan(2, "K", "64.08.01").with("type", word),
                child(3, "D", "desa", "K", "64.08.01.2001"));

        check.assertAccepted("K", "D");
        assertEquals(expected, check.registry().find("K").orElseThrow().type().code());
        assertEquals(DESA, check.registry().find("D").orElseThrow().type());
    }

    @Test
    void aChildWithoutAShapeUnderAShapedParentHasNoCodeChecked() {
        AgencyCheck check = check(kecamatan(2, "K", "64.08.01"), child(3, "D", "DESA", "K", "64.08.01.2001"),
                child(4, "DUSUN-1", "DUSUN", "D", null));

        check.assertAccepted("DUSUN-1");
        assertEquals(null, check.registry().find("DUSUN-1").orElseThrow().regionCode());
    }

    @Test
    void parentsMayComeLaterInTheFileOnEveryLevel() {
        AgencyCheck check = check(
                child(2, "DUSUN-1", "DUSUN", "D", null),
                child(3, "D", "DESA", "K", "64.08.01.2001"),
                child(4, "UPT-1", "UPT", "DIS", null),
                kecamatan(5, "K", "64.08.01"),
                unit(6, "DIS", "DINAS"));

        check.assertAccepted("DUSUN-1", "D", "UPT-1", "K", "DIS");
    }

    @Test
    void parentsAreSettledFromTheTopTypesDownWhateverTheOrderOfTheTypes() {
        AgencyTypes bottomUp = AgencyTypes.of(List.of(DUSUN, DESA, KECAMATAN));
        AgencyCheck check = check(bottomUp,
                child(2, "DUSUN-1", "DUSUN", "D", null),
                child(3, "D", "DESA", "K", "64.08.01.2001"),
                kecamatan(4, "K", "64.08.01"),
                child(5, "DUSUN-2", "DUSUN", "D2", null),
                child(6, "D2", "DESA", "K", "64.08.02.2001"));

        assertEquals(List.of(DUSUN, DESA, KECAMATAN), bottomUp.all());
        assertEquals(List.of("5 DUSUN-2 BAD_PARENT", "6 D2 BAD_REGION_CODE"),
                check.rejects().stream().map(r -> r.line() + " " + r.recordId() + " " + r.code()).toList());
        assertTrue(check.registry().contains("DUSUN-1"));
    }

    @Test
    void anInactiveParentIsStillAParent() {
        AgencyCheck check = check(kecamatan(2, "K", "64.08.01").with("active_until", "2020-12-31"),
                child(3, "D", "DESA", "K", "64.08.01.2001"));

        check.assertAccepted("K", "D");
        assertFalse(check.registry().isActive("K"));
    }

    // --- BAD_VALUE: type ---

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"KOTA", "kabupaten", "PROVINSI", "KEMENTERIAN", "LEMBAGA", "PUSKESMAS", "KECAMATAN_", "ALL"})
    void aTypeNotAmongTheMonthsIsBadValue(String type) {
        AgencyCheck check = check(unit(2, "X", type));

        assertReject(check.onlyReject(), FILE, 2, "X", RejectCode.BAD_VALUE, "type", "type", type, "KECAMATAN", "DUSUN");
        assertTrue(check.registry().all().isEmpty());
    }

    @Test
    void aRegionalTypeIsBadValueInANationalMonth() {
        AgencyCheck check = check(AgencyTypes.national(), kecamatan(2, "K", "64.08.01"));

        assertReject(check.onlyReject(), FILE, 2, "K", RejectCode.BAD_VALUE, "type", "type", "KECAMATAN", "PROVINSI");
    }

    // --- parent_id ---

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {"DESA, 64.08.01.2001", "KELURAHAN, 64.08.01.1001", "UPT, -", "DUSUN, -"})
    void aTypeWithAParentTypeWithoutParentIdIsMissing(String type, String code) {
        AgencyCheck check = check(kecamatan(2, "K", "64.08.01"), child(3, "X", type, "K", code).without("parent_id"));

        assertReject(check.onlyReject(), FILE, 3, "X", RejectCode.MISSING_VALUE, "parent_id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {"SEKRETARIAT, -", "DINAS, -", "KECAMATAN, 64.08.02"})
    void aParentIdForATypeWithoutParentTypeIsBadParent(String type, String code) {
        TestRow row = unit(3, "X", type).with("parent_id", "K");
        AgencyCheck check = check(kecamatan(2, "K", "64.08.01"), code == null ? row : row.with("region_code", code));

        assertReject(check.onlyReject(), FILE, 3, "X", RejectCode.BAD_PARENT, "parent_id", "parent_id", type, "types.csv");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DESA", "KELURAHAN"})
    void aParentOfTheWrongTypeIsBadParent(String type) {
        AgencyCheck check = check(unit(2, "DIS", "DINAS"), kecamatan(3, "K", "64.08.01"),
                child(4, "D", "DESA", "K", "64.08.01.2001"),
                child(5, "X", type, "DIS", "64.08.01.2002"),
                child(6, "Y", type, "D", "64.08.01.2003"));

        assertEquals(2, check.rejects().size(), () -> "rejects: " + check.rejects());
        assertReject(check.rejects().get(0), FILE, 5, "X", RejectCode.BAD_PARENT, "parent_id", "parent_id", "DIS", "KECAMATAN");
        assertReject(check.rejects().get(1), FILE, 6, "Y", RejectCode.BAD_PARENT, "parent_id", "parent_id", "D", "KECAMATAN");
    }

    @Test
    void aChildWithoutShapeUnderAParentOfTheWrongTypeIsBadParent() {
        AgencyCheck check = check(unit(2, "SETDA", "SEKRETARIAT"), kecamatan(3, "K", "64.08.01"),
                child(4, "U", "UPT", "SETDA", null), child(5, "H", "DUSUN", "K", null));

        assertEquals(2, check.rejects().size(), () -> "rejects: " + check.rejects());
        assertReject(check.rejects().get(0), FILE, 4, "U", RejectCode.BAD_PARENT, "parent_id", "parent_id", "SETDA", "DINAS");
        assertReject(check.rejects().get(1), FILE, 5, "H", RejectCode.BAD_PARENT, "parent_id", "parent_id", "K", "DESA");
    }

    @Test
    void anUnknownOrCaseChangedParentIsBadParent() {
        AgencyCheck check = check(kecamatan(2, "KEC-A", "64.08.01"), child(3, "X", "DESA", "KEC-B", "64.08.01.2001"),
                child(4, "Y", "DESA", "kec-a", "64.08.01.2002"));

        assertEquals(List.of(3L, 4L), check.rejects().stream().map(Reject::line).toList());
        check.rejects().forEach(r -> assertEquals(RejectCode.BAD_PARENT, r.code()));
    }

    @Test
    void aRejectedParentRejectsItsChildrenAndTheirChildren() {
        AgencyCheck check = check(
                child(2, "DUSUN-1", "DUSUN", "D", null),
                kecamatan(3, "K", "64.08.1"),
                child(4, "D", "DESA", "K", "64.08.01.2001"),
                child(5, "L", "KELURAHAN", "K", "64.08.01.1001"),
                kecamatan(6, "K2", "64.08.02"));

        assertEquals(4, check.rejects().size(), () -> "rejects: " + check.rejects());
        assertReject(check.rejects().get(0), FILE, 2, "DUSUN-1", RejectCode.BAD_PARENT, "parent_id", "parent_id", "D");
        assertReject(check.rejects().get(1), FILE, 3, "K", RejectCode.BAD_REGION_CODE, "region_code");
        assertReject(check.rejects().get(2), FILE, 4, "D", RejectCode.BAD_PARENT, "parent_id", "parent_id", "K");
        assertReject(check.rejects().get(3), FILE, 5, "L", RejectCode.BAD_PARENT, "parent_id", "parent_id", "K");
        assertEquals(List.of("K2"), check.registry().all().stream().map(Agency::id).toList());
    }

    @Test
    void aParentRejectedForItsOwnParentRejectsItsChildren() {
        AgencyCheck check = check(
                child(2, "DUSUN-1", "DUSUN", "D", null),
                child(3, "D", "DESA", "K", "64.08.02.2001"),
                kecamatan(4, "K", "64.08.01"));

        assertEquals(2, check.rejects().size(), () -> "rejects: " + check.rejects());
        assertReject(check.rejects().get(0), FILE, 2, "DUSUN-1", RejectCode.BAD_PARENT, "parent_id");
        assertReject(check.rejects().get(1), FILE, 3, "D", RejectCode.BAD_REGION_CODE, "region_code", "64.08.02.2001",
                "64.08.01", "K");
    }

    // --- region_code ---

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {"KECAMATAN, -", "DESA, K", "KELURAHAN, K"})
    void aShapedTypeWithoutRegionCodeIsMissing(String type, String parent) {
        TestRow row = unit(3, "X", type);
        AgencyCheck check = check(kecamatan(2, "K", "64.08.01"), parent == null ? row : row.with("parent_id", parent));

        assertReject(check.onlyReject(), FILE, 3, "X", RejectCode.MISSING_VALUE, "region_code");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {"SEKRETARIAT, -, 64", "DINAS, -, 64.08", "UPT, DIS, 64.08.01",
            "DUSUN, D, 64.08.01.2001.01", "DUSUN, D, 64.08.01.2001"})
    void aCodeWhereNoneBelongsIsBadRegionCode(String type, String parent, String code) {
        TestRow row = unit(5, "X", type).with("region_code", code);
        AgencyCheck check = check(unit(2, "DIS", "DINAS"), kecamatan(3, "K", "64.08.01"),
                child(4, "D", "DESA", "K", "64.08.01.2001"), parent == null ? row : row.with("parent_id", parent));

        assertReject(check.onlyReject(), FILE, 5, "X", RejectCode.BAD_REGION_CODE, "region_code", "region_code", type,
                "types.csv");
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource({
            "KECAMATAN, 64.08.0", "KECAMATAN, 64.08.011", "KECAMATAN, 64.08.01.2001", "KECAMATAN, 64.08", "KECAMATAN, 6408.01",
            "KECAMATAN, 64.08-01", "KECAMATAN, 64.0A.01", "KECAMATAN, 64,08.01", "KECAMATAN, ٦٤.08.01", "KECAMATAN, 64.08.01.",
            "DESA, 64.08.01.200", "DESA, 64.08.01.20011", "DESA, 64.08.01", "DESA, 64.08.012001", "DESA, 64.08.01.200A",
            "DESA, 64.08.01.2001.1", "KELURAHAN, 64.8.01.1001", "KELURAHAN, 64.08.01/1001", "KELURAHAN, 64.08.01.1 01"})
    void aCodeOfTheWrongShapeIsBadRegionCode(String type, String code) {
        AgencyCheck check = check(kecamatan(2, "K", "64.08.01"),
                type.equals("KECAMATAN") ? kecamatan(3, "X", code) : child(3, "X", type, "K", code));

        assertReject(check.onlyReject(), FILE, 3, "X", RejectCode.BAD_REGION_CODE, "region_code", "region_code", code,
                REGIONAL.find(type).orElseThrow().regionShape());
        assertFalse(check.registry().contains("X"));
    }

    /** Every one of the four shapes, on a type of its own: right, a digit short or long, a letter, a dot missing. */
    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource({
            "NN, 64, true", "NN, 6, false", "NN, 640, false", "NN, 6A, false", "NN, 64., false",
            "NN.NN, 64.08, true", "NN.NN, 64.8, false", "NN.NN, 64.080, false", "NN.NN, 64.O8, false", "NN.NN, 6408, false",
            "NN.NN.NN, 64.08.01, true", "NN.NN.NN, 64.08.1, false", "NN.NN.NN, 64.08.010, false",
            "NN.NN.NN, 64.08.x1, false", "NN.NN.NN, 64.0801, false",
            "NN.NN.NN.NNNN, 64.08.01.2001, true", "NN.NN.NN.NNNN, 64.08.01.201, false",
            "NN.NN.NN.NNNN, 64.08.01.20011, false", "NN.NN.NN.NNNN, 64.08.01.2OO1, false",
            "NN.NN.NN.NNNN, 64.08.012001, false"})
    void aCodeHasItsTypesShapeAtEveryLength(String shape, String code, boolean right) {
        AgencyTypes types = AgencyTypes.of(List.of(DINAS, new AgencyType("WILAYAH", "Wilayah", null, null, shape)));
        AgencyCheck check = check(types, unit(2, "W", "wilayah").with("region_code", code));

        if (right) {
            check.assertAccepted("W");
        } else {
            assertReject(check.onlyReject(), FILE, 2, "W", RejectCode.BAD_REGION_CODE, "region_code", "region_code", code,
                    shape, "WILAYAH");
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"64.08.02.2001", "64.09.01.2001", "65.08.01.2001", "64.08.10.2001"})
    void aChildCodeNotUnderItsParentsIsBadRegionCode(String code) {
        AgencyCheck check = check(kecamatan(2, "K", "64.08.01"), child(3, "D", "DESA", "K", code));

        assertReject(check.onlyReject(), FILE, 3, "D", RejectCode.BAD_REGION_CODE, "region_code", "region_code", code,
                "64.08.01", "K");
        assertFalse(check.registry().contains("D"));
    }

    @Test
    void aCodeIsCheckedAgainstAParentTwoLevelsShorter() {
        AgencyTypes types = AgencyTypes.of(List.of(new AgencyType("PROVINSI", "Provinsi", null, null, "NN"),
                new AgencyType("KECAMATAN", "Kecamatan", null, "PROVINSI", "NN.NN.NN")));
        AgencyCheck check = check(types, unit(2, "P", "PROVINSI").with("region_code", "64"),
                child(3, "K1", "KECAMATAN", "P", "64.08.01"), child(4, "K2", "KECAMATAN", "P", "65.08.01"));

        assertReject(check.onlyReject(), FILE, 4, "K2", RejectCode.BAD_REGION_CODE, "region_code", "65.08.01", "64");
        assertTrue(check.registry().contains("K1"));
    }

    // --- the fault order of SPEC 9.1 ---

    @Test
    void aRowWithSeveralFaultsGetsTheFirstInSpecOrder() {
        AgencyCheck check = check(
                kecamatan(2, "K", "64.08.01"),
                // type before parent_id and region_code
                unit(3, "A", "KOTA").with("parent_id", "K").with("region_code", "1"),
                // the active dates before parent_id
                unit(4, "B", "DESA").with("active_from", "31/09/2024").with("region_code", "64.08.01.2001"),
                // parent_id missing before region_code
                unit(5, "C", "DESA").with("region_code", "64"),
                // parent_id given before region_code given
                unit(6, "D", "DINAS").with("parent_id", "K").with("region_code", "64.08.01"),
                // region_code's shape (a row on its own) before the parent (at the end of the file)
                child(7, "E", "DESA", "NOBODY", "64.08.01.1"),
                // the parent before the code under it
                child(8, "F", "KELURAHAN", "NOBODY", "65.01.01.1001"),
                // the name before the type
                unit(9, "G", "KOTA").without("name"));

        assertEquals(List.of("3 A BAD_VALUE type", "4 B BAD_VALUE active_from", "5 C MISSING_VALUE parent_id",
                        "6 D BAD_PARENT parent_id", "7 E BAD_REGION_CODE region_code", "8 F BAD_PARENT parent_id",
                        "9 G MISSING_VALUE name"),
                check.rejects().stream().map(r -> r.line() + " " + r.recordId() + " " + r.code() + " " + r.column()).toList());
    }
}
