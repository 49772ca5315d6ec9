package id.go.pcm.evaluation;

/** An agency's performance band, from its score (SPEC 2). Bands are half-open: a score at a bound belongs to the band above. */
public enum Category {
    /** Excellent: 90 and above by default. */
    SANGAT_BAIK,
    /** Good: 80 to below 90. */
    BAIK,
    /** Fair: 60 to below 80. */
    CUKUP,
    /** Poor: 40 to below 60. */
    KURANG,
    /** Very poor: below 40. */
    SANGAT_KURANG
}
