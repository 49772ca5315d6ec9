package id.go.pcm.internal;

import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;

/**
 * What a row read from a workbook knows of its cells beyond their text (SPEC 10.1): a cell whose kind
 * is a fault in its column (an error, a date where no date belongs, a fraction in a count), why a cell
 * is empty (a formula without a saved result, a merged range), and a text column that Excel stored as
 * a number. A CSV row knows none of this.
 *
 * <p>{@link RuleList} is the one place that consults it: a cell's fault is the reject of the column's
 * first rule in the file's fault order (so a row's first fault in SPEC order is still its reject), and
 * {@link #explain} words the reject of a rule that a cell's kind explains.
 */
public interface TypedCells {

    /** @return whether any cell of the row has something to say; most rows have nothing */
    boolean hasNotes();

    /**
     * @param column a column, lower case
     * @return the fault of its cell, or {@code null} when the cell reads as plain text or is empty
     */
    Fault cellFault(String column);

    /**
     * @param column a column whose value is empty
     * @return the {@code MISSING_VALUE} fault saying why the cell is empty (a formula without a saved
     *         result, a cell of a merged range), or {@code null} when it is simply empty
     */
    Fault emptyCell(String column);

    /**
     * @param column a column
     * @return whether its value is the text of a number, in a column read as text (an id, a code)
     */
    boolean numberAsText(String column);

    /**
     * Words the reject of a rule that a cell's kind explains: an empty required value says why the
     * cell is empty; a value Excel stored as a number gets the advice to format the column as Text.
     *
     * @param reject the rule's reject
     * @param value  the column's value as the rule read it, {@code null} when empty
     * @return the reject as the clerk should read it
     */
    default Reject explain(Reject reject, String value) {
        String column = reject.column();
        if (column == null) {
            return reject;
        }
        if (reject.code() == RejectCode.MISSING_VALUE && value == null) {
            Fault why = emptyCell(column);
            return why == null ? reject : new Reject(reject.file(), reject.line(), reject.recordId(), reject.code(), column,
                    Messages.INDONESIAN.format(why), Messages.ENGLISH.format(why), reject.rowMonth());
        }
        if (value != null && numberAsText(column)) {
            return new Reject(reject.file(), reject.line(), reject.recordId(), reject.code(), column,
                    reject.messageId() + " " + Messages.INDONESIAN.text("cell.number_as_text", column),
                    reject.messageEn() + " " + Messages.ENGLISH.text("cell.number_as_text", column), reject.rowMonth());
        }
        return reject;
    }
}
