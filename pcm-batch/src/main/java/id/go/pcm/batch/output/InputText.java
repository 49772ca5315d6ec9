package id.go.pcm.batch.output;

/**
 * A text copied from the input files into the outputs, with what it is and whose it is.
 *
 * @param kind what the text is: {@link #AGENCY_NAME}, {@link #NARRATIVE_TITLE}, ...
 * @param key  the record it belongs to: an agency or narrative id, a {@code file:line}, a file name,
 *             {@code media.csv} for outlets and programs
 * @param text the exact text
 */
public record InputText(String kind, String key, String text) {

    /** An agency's {@code name}, keyed by {@code agency_id}. */
    public static final String AGENCY_NAME = "agency_name";
    /** A narrative's {@code title}, keyed by {@code narrative_id}. */
    public static final String NARRATIVE_TITLE = "narrative_title";
    /** A media item's {@code program} tag. */
    public static final String PROGRAM = "program";
    /** One of the top outlets. */
    public static final String OUTLET = "outlet";
    /** A rejected row's id, keyed by {@code file:line}. */
    public static final String RECORD_ID = "record_id";
    /** A rejected row's messages (Indonesian, a line break, English), keyed by {@code file:line}. */
    public static final String REJECT_MESSAGE = "reject_message";
    /** An unknown column's name, keyed by its file. */
    public static final String UNKNOWN_COLUMN = "unknown_column";
}
