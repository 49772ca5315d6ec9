package id.go.pcm.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The half-open bands of SPEC 2, judged on the score rounded half-up to two decimals. */
class CategoryBoundsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "-5,     SANGAT_KURANG",
            "0,      SANGAT_KURANG",
            "39.99,  SANGAT_KURANG",
            "39.994, SANGAT_KURANG",
            // 39.995 rounds half-up to 40.00
            "39.995, KURANG",
            "40,     KURANG",
            "59.99,  KURANG",
            "60,     CUKUP",
            "79.99,  CUKUP",
            "79.995, BAIK",
            "80,     BAIK",
            "89.99,  BAIK",
            "89.994, BAIK",
            // BigDecimal.valueOf(89.995) is 89.995, which rounds half-up to 90.00
            "89.995, SANGAT_BAIK",
            "90,     SANGAT_BAIK",
            "100,    SANGAT_BAIK",
    })
    void defaultBandsAtTheirEdges(double score, Category expected) {
        assertEquals(expected, CategoryBounds.DEFAULT.categorise(score));
    }

    @Test
    void defaultBoundsAreTheOpennessRatingShape() {
        assertEquals(new CategoryBounds(90, 80, 60, 40), CategoryBounds.DEFAULT);
    }

    @Test
    void aScoreJustBelowABoundByFloatingPointErrorCountsAsTheBound() {
        // 0.1 + 0.2 + ... style error: 89.99999999999999 rounds to 90.00
        assertEquals(Category.SANGAT_BAIK, CategoryBounds.DEFAULT.categorise(89.99999999999999));
        assertEquals(Category.BAIK, CategoryBounds.DEFAULT.categorise(Math.nextDown(80.0)));
    }

    @ParameterizedTest(name = "with 95/85/70/50, {0} is {1}")
    @CsvSource({
            "49.99,  SANGAT_KURANG",
            "50,     KURANG",
            "69.99,  KURANG",
            "70,     CUKUP",
            "84.99,  CUKUP",
            "85,     BAIK",
            "90,     BAIK",
            "94.994, BAIK",
            "94.995, SANGAT_BAIK",
            "95,     SANGAT_BAIK",
    })
    void customBounds(double score, Category expected) {
        assertEquals(expected, new CategoryBounds(95, 85, 70, 50).categorise(score));
    }

    @Test
    void customBoundsWithDecimals() {
        CategoryBounds bounds = new CategoryBounds(87.5, 75.25, 60, 40);
        assertEquals(Category.BAIK, bounds.categorise(87.49));
        // 87.495 rounds to 87.50
        assertEquals(Category.SANGAT_BAIK, bounds.categorise(87.495));
        assertEquals(Category.CUKUP, bounds.categorise(75.24));
        assertEquals(Category.BAIK, bounds.categorise(75.25));
    }

    @ParameterizedTest(name = "{0}, {1}, {2}, {3} is refused")
    @CsvSource({
            "90, 90, 60, 40",
            "80, 90, 60, 40",
            "90, 80, 80, 40",
            "90, 80, 60, 60",
            "90, 80, 40, 60",
            "40, 60, 80, 90",
    })
    void boundsThatDoNotDescendAreRefused(double sangatBaik, double baik, double cukup, double kurang) {
        assertThrows(IllegalArgumentException.class, () -> new CategoryBounds(sangatBaik, baik, cukup, kurang));
    }
}
