package id.go.pcm.narrative;

import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.internal.Checked;
import id.go.pcm.Fixtures;
import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.internal.rules.AgencyCheck;
import id.go.pcm.internal.rules.AgencyRegistry;
import id.go.pcm.internal.rules.NarrativeRules;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.TestRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static id.go.pcm.Fixtures.BANDUNG;
import static id.go.pcm.Fixtures.BRIN;
import static id.go.pcm.Fixtures.KEMKES;
import static id.go.pcm.Fixtures.OLD_MINISTRY;
import static id.go.pcm.validation.RejectAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code targets} column of {@code narratives.csv} and whom a narrative addresses. */
class TargetsTest {

    private static final String FILE = "narratives.csv";

    private static final Agency KOTA = new Agency("KOTA-X", "Kota X", AgencyType.KOTA, "P", "32.73", null, null);
    private static final Agency MINISTRY = new Agency("KEM-X", "Kementerian X", AgencyType.KEMENTERIAN, null, null, null, null);

    private static Checked<Narrative> checkTargets(AgencyRegistry agencies, String targets) {
        return new NarrativeRules(Fixtures.MONTH, agencies, 72).check(TestRows.row(FILE, 2,
                "narrative_id", "N-1", "title", "Judul", "program", "mbg",
                "issued_at", "2024-09-02T09:00:00+07:00", "targets", targets));
    }

    private static Targets targets(String text) {
        Checked<Narrative> checked = checkTargets(Fixtures.agencies(), text);
        assertTrue(checked.isAccepted(), () -> "rejected: " + checked.reject());
        return checked.value().targets();
    }

    // --- reading the column ---

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"ALL", "all", "All", " ALL ", "ALL|", "|all|"})
    void allInAnyCaseAddressesEveryone(String text) {
        assertSame(Targets.ALL, targets(text));
    }

    @Test
    void allTogetherWithOtherWordsStillAddressesEveryone() {
        assertSame(Targets.ALL, targets("KOTA|ALL|" + KEMKES));
    }

    @Test
    void agencyTypesAreReadInAnyCase() {
        assertEquals(new Targets(false, Set.of(AgencyType.KOTA, AgencyType.KABUPATEN, AgencyType.PROVINSI), Set.of()),
                targets("KOTA|kabupaten|Provinsi"));
    }

    @Test
    void agencyIdsAreReadAsIds() {
        assertEquals(new Targets(false, Set.of(), Set.of(KEMKES, BRIN)), targets(KEMKES + "|" + BRIN));
    }

    @Test
    void typesAndIdsMayBeMixed() {
        assertEquals(new Targets(false, Set.of(AgencyType.LEMBAGA), Set.of(BANDUNG)), targets("LEMBAGA|" + BANDUNG));
    }

    @Test
    void wordsAreTrimmedAndEmptyPartsIgnored() {
        assertEquals(new Targets(false, Set.of(AgencyType.KOTA), Set.of(KEMKES)),
                targets(" KOTA |  | " + KEMKES + " ||"));
    }

    @Test
    void inactiveAcceptedAgencyMayBeNamed() {
        assertEquals(new Targets(false, Set.of(), Set.of(OLD_MINISTRY)), targets(OLD_MINISTRY));
    }

    @Test
    void wordNamingATypeIsTheTypeEvenIfAnAgencyHasThatId() {
        AgencyRegistry agencies = new AgencyRegistry(Fixtures.SEPTEMBER, AgencyTypes.national(), List.of(
                new Agency("KOTA", "Kementerian Kota", AgencyType.KEMENTERIAN, null, null, null, null)));
        Checked<Narrative> checked = checkTargets(agencies, "KOTA");

        assertEquals(new Targets(false, Set.of(AgencyType.KOTA), Set.of()), checked.value().targets());
    }

    @Test
    void unknownIdIsUnknownTarget() {
        assertRejected(checkTargets(Fixtures.agencies(), "KOTA|KEMENKEU|" + KEMKES), FILE, 2, "N-1",
                RejectCode.UNKNOWN_TARGET, "targets", "targets", "KEMENKEU");
    }

    @Test
    void unknownIdAlongsideAllIsStillUnknownTarget() {
        assertRejected(checkTargets(Fixtures.agencies(), "ALL|NOBODY"), FILE, 2, "N-1",
                RejectCode.UNKNOWN_TARGET, "targets", "NOBODY");
    }

    @Test
    void targetIdsAreCaseSensitive() {
        assertRejected(checkTargets(Fixtures.agencies(), "kemkes"), FILE, 2, "N-1",
                RejectCode.UNKNOWN_TARGET, "targets", "kemkes");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"ALLE", "SEMUA", "KOTAMADYA", "KOTA KABUPATEN"})
    void wordsThatAreNeitherAllNorATypeNorAnAgencyAreUnknownTargets(String word) {
        assertRejected(checkTargets(Fixtures.agencies(), word), FILE, 2, "N-1",
                RejectCode.UNKNOWN_TARGET, "targets", word);
    }

    @Test
    void agencyWhoseRowWasRejectedIsAnUnknownTarget() {
        AgencyCheck agencies = AgencyCheck.of(Fixtures.SEPTEMBER,
                TestRows.row("agencies.csv", 2, "agency_id", KEMKES, "name", "Kemenkes", "type", "KEMENTERIAN"),
                TestRows.row("agencies.csv", 3, "agency_id", BRIN, "name", "", "type", "LEMBAGA"));

        assertTrue(checkTargets(agencies.registry(), KEMKES).isAccepted());
        assertRejected(checkTargets(agencies.registry(), KEMKES + "|" + BRIN), FILE, 2, "N-1",
                RejectCode.UNKNOWN_TARGET, "targets", BRIN);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"|", " | | ", "||"})
    void noWordsAtAllIsMissing(String text) {
        assertRejected(checkTargets(Fixtures.agencies(), text), FILE, 2, "N-1",
                RejectCode.MISSING_VALUE, "targets");
    }

    // --- whom the targets address ---

    @Test
    void allMatchesEveryAgency() {
        assertTrue(Targets.ALL.matches(KOTA));
        assertTrue(Targets.ALL.matches(MINISTRY));
    }

    @Test
    void typeMatchesAgenciesOfThatType() {
        Targets cities = new Targets(false, Set.of(AgencyType.KOTA), Set.of());

        assertTrue(cities.matches(KOTA));
        assertFalse(cities.matches(MINISTRY));
    }

    @Test
    void idMatchesOnlyThatAgencyExactly() {
        Targets one = new Targets(false, Set.of(), Set.of("KEM-X"));

        assertTrue(one.matches(MINISTRY));
        assertFalse(one.matches(KOTA));
        assertFalse(new Targets(false, Set.of(), Set.of("kem-x")).matches(MINISTRY));
    }

    @Test
    void typeOrIdIsEnough() {
        Targets mixed = new Targets(false, Set.of(AgencyType.KOTA), Set.of("KEM-X"));

        assertTrue(mixed.matches(KOTA));
        assertTrue(mixed.matches(MINISTRY));
        assertFalse(mixed.matches(new Agency("L", "Lembaga", AgencyType.LEMBAGA, null, null, null, null)));
    }

    @Test
    void targetsAreFrozen() {
        Targets targets = new Targets(false, new java.util.HashSet<>(Set.of(AgencyType.KOTA)),
                new java.util.HashSet<>(Set.of("A")));

        assertThrows(UnsupportedOperationException.class, () -> targets.types().add(AgencyType.LEMBAGA));
        assertThrows(UnsupportedOperationException.class, () -> targets.ids().add("B"));
    }
}
