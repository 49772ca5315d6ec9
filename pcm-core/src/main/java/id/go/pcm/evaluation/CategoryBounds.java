package id.go.pcm.evaluation;

import id.go.pcm.internal.evaluation.Scoring;
import java.math.BigDecimal;

/**
 * The lower bounds of the performance bands, in the shape of the Information Commission's openness
 * rating (90, 80, 60, 40). Configuration: the law fixes no bands.
 *
 * @param sangatBaik lowest score of {@link Category#SANGAT_BAIK}
 * @param baik       lowest score of {@link Category#BAIK}
 * @param cukup      lowest score of {@link Category#CUKUP}
 * @param kurang     lowest score of {@link Category#KURANG}; below it is {@link Category#SANGAT_KURANG}
 */
public record CategoryBounds(double sangatBaik, double baik, double cukup, double kurang) {

    /** 90, 80, 60, 40. */
    public static final CategoryBounds DEFAULT = new CategoryBounds(90, 80, 60, 40);

    /**
     * Checks that the bounds descend.
     *
     * @param sangatBaik lowest score of {@link Category#SANGAT_BAIK}
     * @param baik lowest score of {@link Category#BAIK}
     * @param cukup lowest score of {@link Category#CUKUP}
     * @param kurang lowest score of {@link Category#KURANG}; below it is {@link Category#SANGAT_KURANG}
     * @throws IllegalArgumentException when a bound is not below the one before it, or outside 0–100
     */
    public CategoryBounds {
        if (!(sangatBaik <= 100 && kurang >= 0)) {
            throw new IllegalArgumentException("category bounds must lie within 0-100: " + sangatBaik + ", " + kurang);
        }
        if (!(sangatBaik > baik && baik > cukup && cukup > kurang)) {
            throw new IllegalArgumentException("category bounds must descend: " + sangatBaik + ", " + baik
                    + ", " + cukup + ", " + kurang);
        }
    }

    /**
     * The band of a score, judged on the score rounded half-up to two decimals as
     * {@code BigDecimal.valueOf(score)} gives it, so that 89.995 is {@code SANGAT_BAIK} and 89.994 is not.
     *
     * @param score a score, normally 0–100
     * @return its band
     */
    public Category categorise(double score) {
        BigDecimal rounded = Scoring.rounded(score);
        if (rounded.compareTo(BigDecimal.valueOf(sangatBaik)) >= 0) {
            return Category.SANGAT_BAIK;
        }
        if (rounded.compareTo(BigDecimal.valueOf(baik)) >= 0) {
            return Category.BAIK;
        }
        if (rounded.compareTo(BigDecimal.valueOf(cukup)) >= 0) {
            return Category.CUKUP;
        }
        if (rounded.compareTo(BigDecimal.valueOf(kurang)) >= 0) {
            return Category.KURANG;
        }
        return Category.SANGAT_KURANG;
    }
}
