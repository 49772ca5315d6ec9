package id.go.pcm.internal.rules;

import id.go.pcm.Fixtures;
import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.internal.Checked;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.narrative.Targets;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.TestRows;
import id.go.pcm.validation.TestRows.TestRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static id.go.pcm.internal.rules.RegionalAgencyRulesTest.DESA;
import static id.go.pcm.internal.rules.RegionalAgencyRulesTest.DINAS;
import static id.go.pcm.internal.rules.RegionalAgencyRulesTest.KECAMATAN;
import static id.go.pcm.internal.rules.RegionalAgencyRulesTest.KELURAHAN;
import static id.go.pcm.internal.rules.RegionalAgencyRulesTest.REGIONAL;
import static id.go.pcm.validation.RejectAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC 9.1: a word of {@code targets} naming one of the month's types, in any case, is that type; any other word is an agency id. */
class RegionalTargetsTest {

    private static final String FILE = "narratives.csv";

    private static final Agency DISKOMINFO = new Agency("DISKOMINFO", "Dinas Kominfo", DINAS, null, null, null, null);
    private static final Agency KOTA = new Agency("KOTA", "Dinas Tata Kota", DINAS, null, null, null, null);
    private static final Agency KEC = new Agency("KEC-A", "Kecamatan Sangatta Utara", KECAMATAN, null, "64.08.01", null, null);
    private static final Agency DESA_ID = new Agency("desa", "Desa Sangatta Utara", DESA, "KEC-A", "64.08.01.2001", null, null);
    private static final Agency KEL = new Agency("KEL-A", "Kelurahan Teluk Lingga", KELURAHAN, "KEC-A", "64.08.01.1002", null, null);

    private static NarrativeRules rules(Agency... agencies) {
        return new NarrativeRules(Fixtures.MONTH, new AgencyRegistry(Fixtures.SEPTEMBER, REGIONAL, List.of(agencies)), 72);
    }

    private static TestRow narrative(String targets) {
        return TestRows.row(FILE, 2, "narrative_id", "N-1", "title", "Gerakan Kutim Bersih", "program", "kutim-bersih",
                "issued_at", "2024-09-02T09:00:00+07:00", "targets", targets);
    }

    private static Targets targets(NarrativeRules rules, String targets) {
        Checked<Narrative> checked = rules.check(narrative(targets));
        assertTrue(checked.isAccepted(), () -> "rejected: " + checked.reject());
        return checked.value().targets();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"kecamatan|Desa", "KECAMATAN | DESA", "Kecamatan|desa|KECAMATAN"})
    void aWordNamingOneOfTheMonthsTypesInAnyCaseIsThatType(String words) {
        Targets targets = targets(rules(DISKOMINFO, KEC, KEL), words);

        assertEquals(Set.of(KECAMATAN, DESA), targets.types());
        assertEquals(Set.of(), targets.ids());
        assertTrue(targets.matches(KEC));
        assertFalse(targets.matches(KEL));
        assertFalse(targets.matches(DISKOMINFO));
    }

    @Test
    void aTypeWinsOverAnAgencyOfTheSameId() {
        Targets targets = targets(rules(DESA_ID, KEC), "desa");

        assertEquals(Set.of(DESA), targets.types());
        assertEquals(Set.of(), targets.ids());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"KOTA", "kabupaten", "PROVINSI", "Kementerian", "LEMBAGA", "DESA|KOTA"})
    void aNationalTypeWordInARegionalMonthIsAnIdThatNoAgencyHas(String words) {
        String unknown = words.replace("DESA|", "");

        assertRejected(rules(DISKOMINFO, KEC).check(narrative(words)), FILE, 2, "N-1", RejectCode.UNKNOWN_TARGET, "targets",
                unknown);
    }

    @Test
    void aNationalTypeWordInARegionalMonthNamesTheAgencyOfThatId() {
        Targets targets = targets(rules(DISKOMINFO, KOTA, KEC), "KOTA|kelurahan");

        assertEquals(Set.of("KOTA"), targets.ids());
        assertEquals(Set.of(KELURAHAN), targets.types());
        assertTrue(targets.matches(KOTA));
        assertFalse(targets.matches(DISKOMINFO));
        assertRejected(rules(DISKOMINFO, KOTA, KEC).check(narrative("kota")), FILE, 2, "N-1", RejectCode.UNKNOWN_TARGET,
                "targets", "kota");
    }

    @Test
    void aRegionalTypeWordInANationalMonthIsAnUnknownTarget() {
        NarrativeRules national = new NarrativeRules(Fixtures.MONTH, Fixtures.agencies(), 72);

        assertRejected(national.check(narrative("KECAMATAN")), FILE, 2, "N-1", RejectCode.UNKNOWN_TARGET, "targets",
                "KECAMATAN");
        assertEquals(Set.of(AgencyType.KOTA),
                targets(new NarrativeRules(Fixtures.MONTH, Fixtures.agencies(), 72), "kota").types());
    }
}
