package id.go.pcm.internal.evaluation;

import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.report.ReportStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The arithmetic of SPEC 2: R, percentages and ratios, the weighted score. */
class ScoringTest {

    private static final double EXACT = 1e-9;

    @ParameterizedTest(name = "{0} with completeness {1} gives R = {2}")
    @CsvSource({
            "ON_TIME, 1.0,  100.0",
            "ON_TIME, 0.75, 75.0",
            "ON_TIME, 0.0,  0.0",
            "LATE,    1.0,  50.0",
            "LATE,    0.75, 37.5",
            "LATE,    0.25, 12.5",
            "MISSING, 0.0,  0.0",
            // MISSING is 0 whatever completeness a caller passes
            "MISSING, 1.0,  0.0",
    })
    void reportScoreFollowsTheStatus(ReportStatus status, double completeness, double expected) {
        assertEquals(expected, Scoring.report(status, completeness), EXACT);
    }

    @Test
    void percentIsHundredTimesPartOverWhole() {
        assertEquals(100.0 * 13 / 23, Scoring.percent(13, 23), EXACT);
        assertEquals(100.0, Scoring.percent(4, 4), EXACT);
        assertEquals(0.0, Scoring.percent(0, 7), EXACT);
    }

    @Test
    void percentWithAZeroWholeIsNull() {
        assertNull(Scoring.percent(0, 0));
        assertNull(Scoring.percent(3, 0));
    }

    @Test
    void ratioIsPartOverWhole() {
        assertEquals(0.25, Scoring.ratio(1, 4), EXACT);
        assertEquals(1.0 / 12, Scoring.ratio(1, 12), EXACT);
    }

    @Test
    void ratioWithAZeroWholeIsNull() {
        assertNull(Scoring.ratio(0, 0));
        assertNull(Scoring.ratio(5, 0));
    }

    @Test
    void scoreWeighsRCAndTWithTheDefaults() {
        // 0.3 · 37.5 + 0.5 · 100 + 0.2 · 50 = 11.25 + 50 + 10 = 71.25
        assertEquals(71.25, Scoring.score(EvaluationSettings.DEFAULTS, 37.5, 100.0, 50.0), EXACT);
        // 0.3 · 0 + 0.5 · 0 + 0.2 · 0 = 0
        assertEquals(0.0, Scoring.score(EvaluationSettings.DEFAULTS, 0, 0.0, 0.0), EXACT);
        // 0.3 · 100 + 0.5 · 100 + 0.2 · 100 = 100
        assertEquals(100.0, Scoring.score(EvaluationSettings.DEFAULTS, 100, 100.0, 100.0), EXACT);
    }

    @Test
    void scoreUsesTheConfiguredWeights() {
        EvaluationSettings settings = EvaluationSettings.DEFAULTS.withWeights(0.5, 0.25, 0.25);
        // 0.5 · 80 + 0.25 · 40 + 0.25 · 20 = 40 + 10 + 5 = 55
        assertEquals(55.0, Scoring.score(settings, 80, 40.0, 20.0), EXACT);
    }

    @Test
    void scoreIsRWhenTheAgencyWasNotTargeted() {
        assertEquals(37.5, Scoring.score(EvaluationSettings.DEFAULTS, 37.5, null, null), EXACT);
        assertEquals(0.0, Scoring.score(EvaluationSettings.DEFAULTS, 0, null, null), EXACT);
        // not 0.3 · 100 = 30: with no narrative the report is the whole score
        assertEquals(100.0, Scoring.score(EvaluationSettings.DEFAULTS, 100, null, null), EXACT);
    }

    @Test
    void netSentimentIsPositiveMinusNegativeOverItems() {
        // (7 − 3) / 14
        assertEquals(4.0 / 14, Scoring.netSentiment(7, 3, 14), EXACT);
        // (0 − 2) / 2
        assertEquals(-1.0, Scoring.netSentiment(0, 2, 2), EXACT);
        assertNull(Scoring.netSentiment(0, 0, 0));
    }
}
