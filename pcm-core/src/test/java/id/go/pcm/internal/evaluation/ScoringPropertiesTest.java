package id.go.pcm.internal.evaluation;

import id.go.pcm.evaluation.Category;
import id.go.pcm.evaluation.CategoryBounds;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.report.ReportStatus;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

/** Properties of the arithmetic of SPEC 2, over plain QuickTheories generators. */
class ScoringPropertiesTest {

    /** A percentage score 0–100, often with a third decimal to probe the rounding. */
    private static final Gen<Double> PERCENT = integers().between(0, 100_000).map(i -> i / 1000.0)
            .mix(doubles().between(0, 100));

    /** Four distinct bounds in 0–100 with two decimals, descending. */
    private static final Gen<CategoryBounds> BOUNDS = integers().between(0, 10_000)
            .zip(integers().between(0, 10_000), integers().between(0, 10_000), integers().between(0, 10_000),
                    (a, b, c, d) -> new int[] {a, b, c, d})
            .assuming(b -> Arrays.stream(b).distinct().count() == 4)
            .map(b -> {
                int[] sorted = b.clone();
                Arrays.sort(sorted);
                return new CategoryBounds(sorted[3] / 100.0, sorted[2] / 100.0, sorted[1] / 100.0, sorted[0] / 100.0);
            });

    @Test
    void theCategoryIsTheBandOfTheScoreRoundedHalfUpToTwoDecimals() {
        qt().withExamples(2000).forAll(PERCENT.mix(doubles().between(-50, 150))).checkAssert(score -> {
            BigDecimal rounded = new BigDecimal(Double.toString(score)).setScale(2, RoundingMode.HALF_UP);
            Category expected = rounded.compareTo(BigDecimal.valueOf(90)) >= 0 ? Category.SANGAT_BAIK
                    : rounded.compareTo(BigDecimal.valueOf(80)) >= 0 ? Category.BAIK
                    : rounded.compareTo(BigDecimal.valueOf(60)) >= 0 ? Category.CUKUP
                    : rounded.compareTo(BigDecimal.valueOf(40)) >= 0 ? Category.KURANG
                    : Category.SANGAT_KURANG;
            assertEquals(expected, CategoryBounds.DEFAULT.categorise(score), "score " + score);
        });
    }

    @Test
    void aHigherScoreNeverGetsALowerCategory() {
        qt().withExamples(1000).forAll(BOUNDS, PERCENT, PERCENT).checkAssert((bounds, a, b) -> {
            double low = Math.min(a, b);
            double high = Math.max(a, b);
            // categories are declared best first: a lower ordinal is a better band
            assertTrue(bounds.categorise(high).ordinal() <= bounds.categorise(low).ordinal(),
                    bounds + ": " + low + " → " + bounds.categorise(low) + ", " + high + " → " + bounds.categorise(high));
        });
    }

    @Test
    void eachBoundBelongsToTheBandAboveIt() {
        qt().withExamples(500).forAll(BOUNDS).checkAssert(bounds -> {
            double[] lower = {bounds.sangatBaik(), bounds.baik(), bounds.cukup(), bounds.kurang()};
            for (int band = 0; band < lower.length; band++) {
                assertEquals(Category.values()[band], bounds.categorise(lower[band]), bounds + " at " + lower[band]);
                // 0.01 below the bound, after rounding, is in the next band down
                assertEquals(Category.values()[band + 1], bounds.categorise(lower[band] - 0.01),
                        bounds + " just below " + lower[band]);
            }
        });
    }

    @Test
    void theDefaultScoreOfInRangePartsIsInRangeAndIsRWithoutNarratives() {
        qt().withExamples(1000).forAll(PERCENT, PERCENT, PERCENT).checkAssert((r, c, t) -> {
            double score = Scoring.score(EvaluationSettings.DEFAULTS, r, c, t);
            assertTrue(score >= 0 && score <= 100 + 1e-9, "score " + score);
            assertTrue(score >= Math.min(r, Math.min(c, t)) - 1e-9 && score <= Math.max(r, Math.max(c, t)) + 1e-9,
                    "a weighted mean lies between its parts: " + score);
            assertEquals(r, Scoring.score(EvaluationSettings.DEFAULTS, r, null, null));
        });
    }

    @Test
    void reportScoreIsCompletenessScaledByStatus() {
        qt().forAll(integers().between(0, 4)).checkAssert(quarters -> {
            double completeness = quarters / 4.0;
            assertEquals(100 * completeness, Scoring.report(ReportStatus.ON_TIME, completeness));
            assertEquals(Scoring.report(ReportStatus.ON_TIME, completeness) / 2, Scoring.report(ReportStatus.LATE, completeness));
            assertEquals(0.0, Scoring.report(ReportStatus.MISSING, completeness));
        });
    }
}
