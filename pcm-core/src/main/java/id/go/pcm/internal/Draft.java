package id.go.pcm.internal;

import id.go.pcm.validation.Row;

/**
 * One row as a file's rules read it, rule by rule: the row and the values its rules have parsed so
 * far. Each file's rules extend it with a field per value they keep. Lives for one row; not thread-safe.
 */
public class Draft {

    private final Row row;
    private String id;
    // the last column read and its value: a column's presence rule and its form rule come one after the
    // other, and the second then costs no lookup (the rules run for every row of a month of millions)
    private String lastColumn;
    private String lastValue;

    /**
     * @param row the row to read
     */
    public Draft(Row row) {
        this.row = row;
    }

    /** @return the row's id once its id rule has read it, else {@code null} */
    public String id() {
        return id;
    }

    /** @param id the row's id, as its id rule read it */
    public void id(String id) {
        this.id = id;
    }

    /** @return the row being read */
    public Row row() {
        return row;
    }

    /**
     * The trimmed value of a column, as the row has it.
     *
     * @param column the column
     * @return the value, or {@code null} when empty
     */
    public String value(String column) {
        if (column != lastColumn) { // the same constant: a rule names its column once
            lastValue = row.value(column);
            lastColumn = column;
        }
        return lastValue;
    }
}
