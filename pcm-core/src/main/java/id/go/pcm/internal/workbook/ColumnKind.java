package id.go.pcm.internal.workbook;

import id.go.pcm.validation.RejectCode;

import java.util.Map;

/**
 * How a column reads a workbook's typed cells (SPEC 10.1): a date-time cell is a moment in a timestamp
 * column, a date in a date column, a month in {@code period}, and a fault anywhere else; a number is a
 * count in an integer column and text in a text column. The columns of SPEC 1 and 9.1 keep one kind in
 * every file ({@code published_at} is a timestamp in {@code dissemination} and {@code media} alike).
 */
enum ColumnKind {
    /** A moment: {@code submitted_at}, {@code issued_at}, {@code published_at}. */
    TIMESTAMP,
    /** A calendar date: {@code active_from}, {@code active_until}. */
    DATE,
    /** A month, {@code YYYY-MM}: {@code period}. */
    PERIOD,
    /** A whole number of zero or more. */
    INTEGER,
    /** Read as text: ids, links, hashes, codes. A number there is its text. */
    TEXT,
    /** A Kemendagri code, read as text, whose faults are {@code BAD_REGION_CODE}. */
    REGION_CODE,
    /** Any other column: words, names, booleans, lists. */
    OTHER;

    private static final Map<String, ColumnKind> KINDS = Map.ofEntries(
            Map.entry("submitted_at", TIMESTAMP), Map.entry("issued_at", TIMESTAMP), Map.entry("published_at", TIMESTAMP),
            Map.entry("active_from", DATE), Map.entry("active_until", DATE),
            Map.entry("period", PERIOD),
            Map.entry("policies_count", INTEGER), Map.entry("activities_count", INTEGER), Map.entry("due_hours", INTEGER),
            Map.entry("reach", INTEGER), Map.entry("engagement", INTEGER),
            Map.entry("agency_id", TEXT), Map.entry("report_id", TEXT), Map.entry("narrative_id", TEXT),
            Map.entry("evidence_id", TEXT), Map.entry("item_id", TEXT), Map.entry("parent_id", TEXT),
            Map.entry("url", TEXT), Map.entry("proof_sha256", TEXT),
            Map.entry("region_code", REGION_CODE));

    /**
     * @param column a column of SPEC 1 or 9.1, lower case
     * @return its kind; {@link #OTHER} for the columns that are none of the above
     */
    static ColumnKind of(String column) {
        return KINDS.getOrDefault(column, OTHER);
    }

    /** @return the code of a value that does not belong in the column: {@code BAD_REGION_CODE} in a code column */
    RejectCode misplaced() {
        return this == REGION_CODE ? RejectCode.BAD_REGION_CODE : RejectCode.BAD_VALUE;
    }

    /** @return whether a number in the column is its text, which a rule may then refuse with the advice to use Text */
    boolean readsText() {
        return this == TEXT || this == REGION_CODE;
    }
}
