package id.go.pcm;

import id.go.pcm.evaluation.HourBand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The small derived figures the report prints and the JSON carries beside the counts. */
class InputSummaryTest {

    @Test
    void rejectedPercentageIsOfTheRowsAndNullForAnEmptyFile() {
        assertEquals(25.0, new InputSummary("reports.csv", "ab", 12, 9, 3, List.of()).rejectedPct());
        assertNull(new InputSummary("media.csv", "ab", 0, 0, 0, List.of()).rejectedPct());
    }

    @Test
    void hourBandsAreNamedByTheirBoundsTheLastOneOpen() {
        assertEquals("24-48", new HourBand(24, 48, 3).key());
        assertEquals("168+", new HourBand(168, null, 0).key());
    }
}
