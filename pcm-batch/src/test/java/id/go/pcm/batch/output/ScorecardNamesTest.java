package id.go.pcm.batch.output;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Scorecard file names that unpack on every system, one per agency (SPEC 7). */
class ScorecardNamesTest {

    @Test
    void anOrdinaryIdIsItsOwnName() {
        assertEquals(Map.of("KOTA-32.73", "KOTA-32.73.pdf"), ScorecardNames.of(List.of("KOTA-32.73")));
    }

    @Test
    void hiddenFilesAndDeviceNamesGetALeadingUnderscore() {
        Map<String, String> names = ScorecardNames.of(List.of(".hidden", "..", "CON", "nul", "Com1", "LPT9.x", "CONSOLE", "AUXI"));
        assertEquals("_.hidden.pdf", names.get(".hidden"));
        assertEquals("_...pdf", names.get(".."));
        assertEquals("_CON.pdf", names.get("CON"));
        assertEquals("_nul.pdf", names.get("nul"));
        assertEquals("_Com1.pdf", names.get("Com1"));
        assertEquals("_LPT9.x.pdf", names.get("LPT9.x"));
        assertEquals("CONSOLE.pdf", names.get("CONSOLE"), "only the device names themselves");
        assertEquals("AUXI.pdf", names.get("AUXI"));
    }

    @Test
    void idsEqualIgnoringCaseGetAnUnderscoreAndThenANumberInIdOrder() {
        Map<String, String> names = ScorecardNames.of(List.of("bgn", "BGN", "Bgn", "BPS"));
        assertEquals("_BGN.pdf", names.get("BGN"));
        assertEquals("_Bgn-2.pdf", names.get("Bgn"));
        assertEquals("_bgn-3.pdf", names.get("bgn"));
        assertEquals("BPS.pdf", names.get("BPS"));
    }

    @Test
    void anIdLikeAPrefixedNameStillGetsAFileOfItsOwn() {
        Map<String, String> names = ScorecardNames.of(List.of("CON", "_CON"));
        assertEquals(2, names.values().stream().map(String::toLowerCase).distinct().count(), names.toString());
    }
}
