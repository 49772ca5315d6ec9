package id.go.pcm.validation;

/**
 * The stable rule code of a rejected row (SPEC 1.7). Codes are part of the contract with the
 * agencies and the analysts: new ones may be added, existing ones are never renamed.
 */
public enum RejectCode {
    /** The record has a different number of fields than the header. */
    MALFORMED_ROW,
    /** A required value is empty, or a value the row's other values make required. */
    MISSING_VALUE,
    /** A value of the wrong form: not a number, not a date, not one of the allowed words, too long. */
    BAD_VALUE,
    /** The row's id already appeared earlier in the same file. */
    DUPLICATE_ID,
    /** The row refers to an agency that is not an accepted row of {@code agencies.csv}. */
    UNKNOWN_AGENCY,
    /** The row refers to an accepted agency that is not active in the evaluation month. */
    INACTIVE_AGENCY,
    /** A period or timestamp outside the evaluation month where the month is required. */
    WRONG_PERIOD,
    /** A narrative's targets name an id that is not an accepted agency. */
    UNKNOWN_TARGET,
    /** The row refers to a narrative that is not an accepted row of {@code narratives.csv}. */
    UNKNOWN_NARRATIVE,
    /** Evidence published before its narrative was issued. */
    BEFORE_ISSUE,
    /** A timestamp after the evaluation's as-of time. */
    FUTURE,
    /** Evidence repeating an accepted row's narrative, agency, channel and normalised URL. */
    DUPLICATE_EVIDENCE,
    /** A {@code parent_id} that is not an accepted {@code PROVINSI} row, or one given where none belongs. */
    BAD_PARENT,
    /** A region code of the wrong shape, given where none belongs, or not under its parent province. */
    BAD_REGION_CODE,
    /**
     * Only in a check with a sender (SPEC 6), never in the month's run: a row the month's rules accept
     * whose {@code agency_id} names another agency than the file's sender.
     */
    OTHER_AGENCY,
    /**
     * A file refused whole (SPEC 1.1, 10.2): it gives no rows, and this one reject names it with the
     * refusal's message (line 1, no id, no column). The check lists a refused file so (SPEC 6).
     */
    UNUSABLE_FILE
}
