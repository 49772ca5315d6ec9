package id.go.pcm.batch.output;

import id.go.pcm.internal.rules.AgencyRules;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Scorecard file names that unpack on every system, one per agency, none of which can be another
 * agency's file (SPEC 7). The expected hashes were taken with {@code printf %s ID | sha256sum}.
 */
class ScorecardNamesTest {

    @Test
    void anOrdinaryIdIsItsOwnName() {
        assertEquals(Map.of("KOTA-32.73", "KOTA-32.73.pdf"), ScorecardNames.of(List.of("KOTA-32.73")));
    }

    @Test
    void theSpecsExampleDeviceNameGetsTheIdThenATildeThenTwelveDigitsOfItsSha256() {
        assertEquals(Map.of("CON", "CON~a3dbc4b644a9.pdf"), ScorecardNames.of(List.of("CON")));
    }

    @Test
    void anAgencyCalledLikeAnotherOnesOldNameKeepsItsOwnPlainName() {
        // Issue 19: CON was written to _CON.pdf, and the real agency _CON to _CON-2.pdf.
        assertEquals(Map.of("CON", "CON~a3dbc4b644a9.pdf", "_CON", "_CON.pdf"), ScorecardNames.of(List.of("_CON", "CON")));
    }

    @Test
    void aLeadingDotOrDashBecomesAnUnderscoreBeforeTheHash() {
        Map<String, String> names = ScorecardNames.of(List.of(".hidden", "-rf", "--help", ".."));
        assertEquals("_hidden~1692419006a8.pdf", names.get(".hidden"));
        assertEquals("_rf~686c39acd632.pdf", names.get("-rf"));
        assertEquals("_-help~0bdbc8fb00a4.pdf", names.get("--help"));
        assertEquals("_.~5ec1f7e700f3.pdf", names.get(".."));
    }

    @Test
    void deviceNamesInAnyCaseAreHashedAndNamesThatOnlyBeginLikeOneAreNot() {
        Map<String, String> names = ScorecardNames.of(List.of("nul", "Com1", "LPT9", "CONSOLE", "AUXI", "COM10", "LPT0", "PRN_1"));
        assertEquals("nul~99e624275901.pdf", names.get("nul"));
        assertEquals("Com1~5bb25012a244.pdf", names.get("Com1"));
        assertEquals("LPT9~fc889fa9c448.pdf", names.get("LPT9"));
        assertEquals("CONSOLE.pdf", names.get("CONSOLE"));
        assertEquals("AUXI.pdf", names.get("AUXI"));
        assertEquals("COM10.pdf", names.get("COM10"));
        assertEquals("LPT0.pdf", names.get("LPT0"), "SPEC 7 names COM1-9 and LPT1-9");
        assertEquals("PRN_1.pdf", names.get("PRN_1"));
    }

    @Test
    void aDeviceNameBeforeADotIsADeviceNameAndItsDotGoesToo() {
        // Windows takes COM1.x.pdf, and COM1.x~….pdf, for the device COM1 (NUL.tar.gz is NUL).
        assertEquals(Map.of("COM1.x", "COM1_x~72d1481bd06a.pdf"), ScorecardNames.of(List.of("COM1.x")));
    }

    @Test
    void idsEqualIgnoringCaseAreAllHashed() {
        Map<String, String> names = ScorecardNames.of(List.of("bgn", "BGN", "BPS"));
        assertEquals("bgn~c4e353da2579.pdf", names.get("bgn"));
        assertEquals("BGN~64572eb9ce27.pdf", names.get("BGN"));
        assertEquals("BPS.pdf", names.get("BPS"));
    }

    // Properties over sets of ids made of pieces that meet every rule: device names, dots, dashes, case.

    private static final List<String> PIECES = List.of("CON", "con", "Com1", "lpt9", "AUX", "nul", "PRN", "COM", "1", "0",
            ".", "..", "-", "--", "_", "a", "A", "b", "B", "x", "KOTA", "kota", "32", ".73", "_");

    /** One valid agency id (SPEC 1.2). */
    private static final Gen<String> IDS = lists().of(pick(PIECES)).ofSizeBetween(1, 4)
            .map(pieces -> String.join("", pieces))
            .map(id -> id.length() > 40 ? id.substring(0, 40) : id);

    /** A month's active agencies: a few, often equal ignoring case or like a device name. */
    private static final Gen<List<String>> ID_SETS = lists().of(IDS).ofSizeBetween(1, 12).map(ids -> List.copyOf(new HashSet<>(ids)));

    @Test
    void theGeneratedIdsAreValidAgencyIds() {
        qt().forAll(IDS).checkAssert(id -> assertTrue(AgencyRules.AGENCY_ID.matcher(id).matches(), id));
    }

    @Test
    void noTwoAgenciesNameTheSameFileIgnoringCase() {
        qt().withExamples(5_000).forAll(ID_SETS).checkAssert(ids -> {
            Map<String, String> names = ScorecardNames.of(ids);
            assertEquals(ids.size(), names.size(), ids.toString());
            Set<String> folded = new HashSet<>();
            for (String name : names.values()) {
                assertTrue(folded.add(name.toLowerCase(Locale.ROOT)), name + " twice in " + names);
            }
        });
    }

    @Test
    void noNameIsHiddenOrLikeAnOptionOrAWindowsDevice() {
        qt().withExamples(5_000).forAll(ID_SETS).checkAssert(ids -> ScorecardNames.of(ids).forEach((id, name) -> {
            assertFalse(name.startsWith(".") || name.startsWith("-"), id + " -> " + name);
            assertTrue(name.endsWith(".pdf"), name);
            String base = name.substring(0, name.length() - ".pdf".length());
            assertFalse(ScorecardNames.isDeviceName(base), id + " -> " + name);
            int dot = base.indexOf('.');
            assertFalse((dot < 0 ? base : base.substring(0, dot)).toUpperCase(Locale.ROOT)
                    .matches("CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9]"), id + " -> " + name);
        }));
    }

    @Test
    void aNameThatIsNotTheIdItselfCanBeNoAgencysOwnName() {
        qt().withExamples(5_000).forAll(ID_SETS).checkAssert(ids -> ScorecardNames.of(ids).forEach((id, name) -> {
            if (!name.equals(id + ".pdf")) {
                assertTrue(name.contains("~"), id + " -> " + name);
                assertFalse(AgencyRules.AGENCY_ID.matcher(name.substring(0, name.length() - 4)).matches(), name);
            }
        }));
    }

    @Test
    void theSameIdsGiveTheSameNamesInWhateverOrder() {
        qt().withExamples(2_000).forAll(ID_SETS, integers().all()).checkAssert((ids, seed) -> {
            List<String> shuffled = new ArrayList<>(ids);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(ScorecardNames.of(ids), ScorecardNames.of(shuffled));
        });
    }

    @Test
    void anAgencyWithAPlainNameKeepsItWhateverOtherAgenciesComeAndGo() {
        qt().withExamples(2_000).forAll(ID_SETS, IDS).checkAssert((ids, other) -> {
            Map<String, String> before = ScorecardNames.of(ids);
            List<String> more = new ArrayList<>(ids);
            more.add(other);
            Map<String, String> after = ScorecardNames.of(more);
            before.forEach((id, name) -> {
                if (!id.equalsIgnoreCase(other)) {
                    assertEquals(name, after.get(id), id + " with " + other + " added");
                }
            });
        });
    }
}
