package id.go.pcm.internal.rules;

import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;
import id.go.pcm.validation.TestRows.TestRow;
import id.go.pcm.validation.TestRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static id.go.pcm.validation.RejectAssertions.assertReject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyRulesTest {

    private static final String FILE = "agencies.csv";
    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);

    private static TestRow ministry(long line, String id) {
        return TestRows.row(FILE, line, "agency_id", id, "name", "Kementerian Kesehatan", "type", "KEMENTERIAN");
    }

    private static TestRow agency(long line, String id, String type) {
        return TestRows.row(FILE, line, "agency_id", id, "name", "Instansi " + id, "type", type);
    }

    private static TestRow province(long line, String id, String code) {
        return TestRows.row(FILE, line, "agency_id", id, "name", "Pemerintah Provinsi " + id, "type", "PROVINSI",
                "region_code", code);
    }

    private static TestRow regency(long line, String id, String type, String parent, String code) {
        return TestRows.row(FILE, line, "agency_id", id, "name", "Pemerintah " + id, "type", type,
                "parent_id", parent, "region_code", code);
    }

    private static AgencyCheck check(Row... rows) {
        return AgencyCheck.of(SEPTEMBER, rows);
    }

    // --- accepted rows ---

    @Test
    void acceptsAMinistryWithItsValues() {
        AgencyCheck check = check(ministry(2, "KEMKES"));

        check.assertAccepted("KEMKES");
        Agency kemkes = check.registry().find("KEMKES").orElseThrow();
        assertEquals(new Agency("KEMKES", "Kementerian Kesehatan", AgencyType.KEMENTERIAN, null, null, null, null), kemkes);
        assertEquals(1, check.rows());
    }

    @Test
    void acceptsAProvinceAndItsRegenciesWithTheirValues() {
        AgencyCheck check = check(
                province(2, "PROV-JABAR", "32"),
                regency(3, "KAB-BOGOR", "KABUPATEN", "PROV-JABAR", "32.01"),
                regency(4, "KOTA-BANDUNG", "KOTA", "PROV-JABAR", "32.73"));

        check.assertAccepted("PROV-JABAR", "KAB-BOGOR", "KOTA-BANDUNG");
        assertEquals(new Agency("KOTA-BANDUNG", "Pemerintah KOTA-BANDUNG", AgencyType.KOTA, "PROV-JABAR", "32.73",
                null, null), check.registry().find("KOTA-BANDUNG").orElseThrow());
        assertEquals("32", check.registry().find("PROV-JABAR").orElseThrow().regionCode());
        assertEquals(3, check.rows());
    }

    @Test
    void readsActiveDatesInBothForms() {
        AgencyCheck check = check(ministry(2, "KEMKES").with("active_from", "23/10/2019")
                .with("active_until", "2029-10-20"));

        Agency kemkes = check.registry().find("KEMKES").orElseThrow();
        assertEquals(LocalDate.of(2019, 10, 23), kemkes.activeFrom());
        assertEquals(LocalDate.of(2029, 10, 20), kemkes.activeUntil());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kementerian, KEMENTERIAN", "Lembaga, LEMBAGA", "KEMENTERIAN, KEMENTERIAN"})
    void typeIsMatchedInAnyCase(String word, String expected) {
        AgencyCheck check = check(agency(2, "X", word));

        assertEquals(expected, check.registry().find("X").orElseThrow().type().code());
    }

    @Test
    void regionalTypesAreMatchedInAnyCase() {
        AgencyCheck check = check(
                province(2, "P", "32").with("type", "provinsi"),
                regency(3, "K", "Kota", "P", "32.73"));

        check.assertAccepted("P", "K");
        assertEquals(AgencyType.KOTA, check.registry().find("K").orElseThrow().type());
    }

    @Test
    void inactiveAgencyIsAcceptedButNotActive() {
        AgencyCheck check = check(ministry(2, "OLD").with("active_until", "2024-08-31"), ministry(3, "NEW"));

        check.assertAccepted("OLD", "NEW");
        assertFalse(check.registry().isActive("OLD"));
        assertEquals(List.of("NEW"), check.registry().active().stream().map(Agency::id).toList());
    }

    // --- MISSING_VALUE ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agency_id", "name", "type"})
    void requiredColumnLeftEmptyIsMissing(String column) {
        AgencyCheck check = check(ministry(5, "KEMKES").with(column, " "));

        assertReject(check.onlyReject(), FILE, 5, column.equals("agency_id") ? null : "KEMKES",
                RejectCode.MISSING_VALUE, column);
        assertTrue(check.registry().all().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KABUPATEN", "KOTA"})
    void regencyWithoutParentIsMissing(String type) {
        AgencyCheck check = check(province(2, "P", "32"), regency(3, "K", type, "P", "32.01").without("parent_id"));

        assertReject(check.onlyReject(), FILE, 3, "K", RejectCode.MISSING_VALUE, "parent_id");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KABUPATEN", "KOTA"})
    void regencyWithoutRegionCodeIsMissing(String type) {
        AgencyCheck check = check(province(2, "P", "32"), regency(3, "K", type, "P", "").without("region_code"));

        assertReject(check.onlyReject(), FILE, 3, "K", RejectCode.MISSING_VALUE, "region_code");
    }

    @Test
    void provinceWithoutRegionCodeIsMissing() {
        AgencyCheck check = check(province(2, "P", ""));

        assertReject(check.onlyReject(), FILE, 2, "P", RejectCode.MISSING_VALUE, "region_code");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KEMENTERIAN", "LEMBAGA"})
    void centralAgencyNeedsNeitherParentNorRegionCode(String type) {
        check(agency(2, "X", type)).assertAccepted("X");
    }

    // --- BAD_VALUE ---

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"KEMKES", "kota-bandung", "A", "a.b_c-D9", "0123456789012345678901234567890123456789"})
    void agencyIdOfAllowedCharactersUpToFortyIsAccepted(String id) {
        check(ministry(2, id)).assertAccepted(id);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"KEM KES", "KEMKES/1", "kemkes@go", "KOTA,BANDUNG", "KÖLN", "KOTA–BANDUNG", "a+b",
            "01234567890123456789012345678901234567890"})
    void agencyIdWithOtherCharactersOrOverFortyIsBadValue(String id) {
        AgencyCheck check = check(ministry(4, id));

        assertReject(check.onlyReject(), FILE, 4, id, RejectCode.BAD_VALUE, "agency_id", "agency_id", id);
    }

    @Test
    void nameOfTwoHundredCharactersIsAccepted() {
        check(ministry(2, "X").with("name", "n".repeat(200))).assertAccepted("X");
    }

    @Test
    void nameOfTwoHundredCodePointsIsAccepted() {
        String name = "\uD83C\uDDEE".repeat(200); // outside the BMP: 400 UTF-16 units
        assertEquals(name, check(ministry(2, "X").with("name", name)).registry().find("X").orElseThrow().name());
    }

    @Test
    void nameOfTwoHundredAndOneCharactersIsBadValue() {
        AgencyCheck check = check(ministry(2, "X").with("name", "é".repeat(201)));

        assertReject(check.onlyReject(), FILE, 2, "X", RejectCode.BAD_VALUE, "name", "name", "201", "200");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"DINAS", "KEMENTRIAN", "KABUPATEN/KOTA", "PEMDA", "K"})
    void unknownTypeIsBadValue(String type) {
        AgencyCheck check = check(agency(2, "X", type));

        assertReject(check.onlyReject(), FILE, 2, "X", RejectCode.BAD_VALUE, "type", "type", type, "PROVINSI");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"active_from, 2024-02-30", "active_from, 31/09/2024", "active_until, 2024/09/01",
            "active_until, kemarin"})
    void malformedActiveDateIsBadValue(String column, String value) {
        AgencyCheck check = check(ministry(2, "X").with(column, value));

        assertReject(check.onlyReject(), FILE, 2, "X", RejectCode.BAD_VALUE, column, column, value);
    }

    @Test
    void activeUntilBeforeActiveFromIsBadValue() {
        AgencyCheck check = check(ministry(2, "X").with("active_from", "2024-09-10").with("active_until", "2024-09-09"));

        assertReject(check.onlyReject(), FILE, 2, "X", RejectCode.BAD_VALUE, "active_until", "active_until",
                "2024-09-09", "2024-09-10");
    }

    @Test
    void activeUntilOnActiveFromIsAccepted() {
        check(ministry(2, "X").with("active_from", "2024-09-10").with("active_until", "10/09/2024")).assertAccepted("X");
    }

    // --- DUPLICATE_ID ---

    @Test
    void laterRowRepeatingAnIdIsDuplicateAndTheFirstStays() {
        AgencyCheck check = check(ministry(2, "KEMKES"), ministry(3, "KEMKES").with("name", "Kedua"));

        assertReject(check.onlyReject(), FILE, 3, "KEMKES", RejectCode.DUPLICATE_ID, "agency_id", "agency_id", "KEMKES");
        assertEquals("Kementerian Kesehatan", check.registry().find("KEMKES").orElseThrow().name());
    }

    @Test
    void repeatOfARejectedRowIsStillDuplicate() {
        AgencyCheck check = check(agency(2, "X", "DINAS"), agency(3, "X", "LEMBAGA"));

        assertEquals(List.of(RejectCode.BAD_VALUE, RejectCode.DUPLICATE_ID),
                check.rejects().stream().map(Reject::code).toList());
        assertReject(check.rejects().get(1), FILE, 3, "X", RejectCode.DUPLICATE_ID, "agency_id");
        assertFalse(check.registry().contains("X"));
    }

    @Test
    void duplicateIdIsReportedBeforeTheRowsOtherFaults() {
        AgencyCheck check = check(ministry(2, "X"), agency(3, "X", "DINAS").without("name"));

        assertReject(check.onlyReject(), FILE, 3, "X", RejectCode.DUPLICATE_ID, "agency_id");
    }

    @Test
    void idsDifferingOnlyInCaseAreDifferentAgencies() {
        AgencyCheck check = check(ministry(2, "a"), ministry(3, "A"));

        check.assertAccepted("a", "A");
        assertEquals(2, check.registry().all().size());
    }

    @Test
    void rowRepeatingTheIdOfAMalformedRowIsNotDuplicate() {
        AgencyCheck check = check(TestRows.malformed(FILE, 2, 4, 7, "agency_id", "KEMKES"), ministry(3, "KEMKES"));

        assertReject(check.onlyReject(), FILE, 2, null, RejectCode.MALFORMED_ROW, null, "4", "7");
        assertTrue(check.registry().contains("KEMKES"));
    }

    // --- BAD_PARENT ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KEMENTERIAN", "LEMBAGA"})
    void parentGivenForACentralAgencyIsBadParent(String type) {
        AgencyCheck check = check(province(2, "P", "32"), agency(3, "X", type).with("parent_id", "P"));

        assertReject(check.onlyReject(), FILE, 3, "X", RejectCode.BAD_PARENT, "parent_id", "parent_id", type);
    }

    @Test
    void parentGivenForAProvinceIsBadParent() {
        AgencyCheck check = check(province(2, "P", "32"), province(3, "Q", "33").with("parent_id", "P"));

        assertReject(check.onlyReject(), FILE, 3, "Q", RejectCode.BAD_PARENT, "parent_id", "parent_id", "PROVINSI");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KABUPATEN", "KOTA"})
    void unknownParentIsBadParent(String type) {
        AgencyCheck check = check(province(2, "P", "32"), regency(3, "K", type, "PROV-X", "32.01"));

        assertReject(check.onlyReject(), FILE, 3, "K", RejectCode.BAD_PARENT, "parent_id", "parent_id", "PROV-X");
        assertFalse(check.registry().contains("K"));
    }

    @Test
    void parentIdIsCaseSensitive() {
        AgencyCheck check = check(province(2, "PROV-JABAR", "32"), regency(3, "K", "KOTA", "prov-jabar", "32.73"));

        assertReject(check.onlyReject(), FILE, 3, "K", RejectCode.BAD_PARENT, "parent_id", "parent_id", "prov-jabar");
    }

    @ParameterizedTest(name = "parent of type {0}")
    @ValueSource(strings = {"KEMENTERIAN", "LEMBAGA"})
    void centralAgencyAsParentIsBadParent(String parentType) {
        AgencyCheck check = check(agency(2, "C", parentType), regency(3, "K", "KABUPATEN", "C", "32.01"));

        assertReject(check.onlyReject(), FILE, 3, "K", RejectCode.BAD_PARENT, "parent_id", "parent_id", "C");
    }

    @Test
    void regencyAsParentIsBadParent() {
        AgencyCheck check = check(
                province(2, "P", "32"),
                regency(3, "KOTA-BANDUNG", "KOTA", "P", "32.73"),
                regency(4, "KAB-X", "KABUPATEN", "KOTA-BANDUNG", "32.73"));

        assertReject(check.onlyReject(), FILE, 4, "KAB-X", RejectCode.BAD_PARENT, "parent_id", "parent_id",
                "KOTA-BANDUNG");
    }

    @Test
    void parentMayComeLaterInTheFile() {
        AgencyCheck check = check(regency(2, "KOTA-BANDUNG", "KOTA", "P", "32.73"), province(3, "P", "32"));

        check.assertAccepted("KOTA-BANDUNG", "P");
    }

    @Test
    void rejectedProvinceMakesItsRegenciesBadParent() {
        AgencyCheck check = check(
                province(2, "P", "3"),
                regency(3, "K", "KABUPATEN", "P", "32.01"),
                regency(4, "L", "KOTA", "P", "32.73"));

        assertEquals(3, check.rejects().size());
        assertReject(check.rejects().get(0), FILE, 2, "P", RejectCode.BAD_REGION_CODE, "region_code");
        assertReject(check.rejects().get(1), FILE, 3, "K", RejectCode.BAD_PARENT, "parent_id", "parent_id", "P");
        assertReject(check.rejects().get(2), FILE, 4, "L", RejectCode.BAD_PARENT, "parent_id", "parent_id", "P");
        assertTrue(check.registry().all().isEmpty());
    }

    @Test
    void parentWhoseOnlyAcceptedRowIsTheFirstOfTwoStillCounts() {
        AgencyCheck check = check(province(2, "P", "32"), province(3, "P", "33"), regency(4, "K", "KOTA", "P", "32.73"));

        assertReject(check.onlyReject(), FILE, 3, "P", RejectCode.DUPLICATE_ID, "agency_id");
        assertTrue(check.registry().contains("K"));
    }

    @Test
    void inactiveProvinceIsStillAParent() {
        AgencyCheck check = check(province(2, "P", "32").with("active_until", "2000-01-01"),
                regency(3, "K", "KOTA", "P", "32.73"));

        check.assertAccepted("P", "K");
    }

    // --- BAD_REGION_CODE ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KEMENTERIAN", "LEMBAGA"})
    void regionCodeGivenForACentralAgencyIsBadRegionCode(String type) {
        AgencyCheck check = check(agency(2, "X", type).with("region_code", "32"));

        assertReject(check.onlyReject(), FILE, 2, "X", RejectCode.BAD_REGION_CODE, "region_code", "region_code",
                type);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"3", "321", "32.73", "3A", "AB", "32.", "Ⅲ"})
    void provinceCodeThatIsNotTwoDigitsIsBadRegionCode(String code) {
        AgencyCheck check = check(province(2, "P", code));

        assertReject(check.onlyReject(), FILE, 2, "P", RejectCode.BAD_REGION_CODE, "region_code", "region_code", code);
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource({"KABUPATEN, 32", "KOTA, 3273", "KOTA, 32.7", "KABUPATEN, 32.730", "KOTA, 32.73.01",
            "KOTA, 32-73", "KABUPATEN, 32,01", "KOTA, AB.CD"})
    void regencyCodeThatIsNotNNdotNNIsBadRegionCode(String type, String code) {
        AgencyCheck check = check(province(2, "P", "32"), regency(3, "K", type, "P", code));

        assertReject(check.onlyReject(), FILE, 3, "K", RejectCode.BAD_REGION_CODE, "region_code", "region_code", code);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KABUPATEN", "KOTA"})
    void regencyCodeNotUnderItsParentProvinceIsBadRegionCode(String type) {
        AgencyCheck check = check(province(2, "P", "32"), regency(3, "K", type, "P", "33.01"));

        assertReject(check.onlyReject(), FILE, 3, "K", RejectCode.BAD_REGION_CODE, "region_code", "region_code",
                "33.01", "P");
        assertFalse(check.registry().contains("K"));
    }

    @Test
    void regencyCodeIsCheckedAgainstAParentThatComesLater() {
        AgencyCheck check = check(regency(2, "K", "KOTA", "P", "31.71"), province(3, "P", "32"));

        assertReject(check.onlyReject(), FILE, 2, "K", RejectCode.BAD_REGION_CODE, "region_code");
    }

    // --- order and counts ---

    @Test
    void rejectsSettledAtTheEndAreListedInLineOrder() {
        AgencyCheck check = check(
                regency(2, "K", "KOTA", "NOBODY", "32.73"),
                agency(3, "X", "DINAS"),
                regency(4, "L", "KOTA", "P", "32.73"),
                province(5, "P", "33"));

        assertEquals(List.of(2L, 3L, 4L), check.rejects().stream().map(Reject::line).toList());
        assertEquals(List.of(RejectCode.BAD_PARENT, RejectCode.BAD_VALUE, RejectCode.BAD_REGION_CODE),
                check.rejects().stream().map(Reject::code).toList());
        assertEquals(4, check.rows());
    }

    @Test
    void firstMalformedValueInColumnOrderIsTheOneReported() {
        AgencyCheck check = check(agency(2, "X", "DINAS").with("name", "n".repeat(201)).with("active_from", "nanti"));

        assertReject(check.onlyReject(), FILE, 2, "X", RejectCode.BAD_VALUE, "name");
    }

    @Test
    void acceptedRegistryKnowsTheMonth() {
        AgencyCheck check = check(ministry(2, "X"));

        assertEquals(SEPTEMBER, check.registry().month());
        assertNull(check.registry().find("Y").orElse(null));
    }
}
