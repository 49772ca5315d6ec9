package id.go.pcm.validation;

/**
 * One input row as the rules see it: where it came from and its values by column name.
 * {@link id.go.pcm.internal.csv.CsvRow} is the CSV implementation; a system that keeps its data elsewhere
 * can implement this to run the same rules on its own rows.
 */
public interface Row {

    /** @return the input file name, for example {@code reports.csv} */
    String file();

    /** @return the physical line on which the record starts (the header is line 1) */
    long line();

    /**
     * The value of a column, trimmed.
     *
     * @param column the column name, in lower case as in SPEC 1
     * @return the trimmed value, or {@code null} when the column is absent or the value empty
     */
    String value(String column);

    /**
     * Whether the record could not be split into the header's columns ({@code MALFORMED_ROW}).
     *
     * @return {@code true} when the record has a different number of fields than the header
     */
    default boolean malformed() {
        return false;
    }

    /** @return the number of fields the record had, for the {@code MALFORMED_ROW} message */
    default int fieldCount() {
        return 0;
    }

    /** @return the number of columns the header had, for the {@code MALFORMED_ROW} message */
    default int headerCount() {
        return 0;
    }
}
