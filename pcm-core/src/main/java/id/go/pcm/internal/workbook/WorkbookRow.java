package id.go.pcm.internal.workbook;

import id.go.pcm.internal.Fault;
import id.go.pcm.internal.TypedCells;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Row;

import java.util.Map;

/**
 * One row of a workbook's sheet after the header (SPEC 10.1): its file, its row number as Excel shows
 * it, its values by column as the rules read them, and what its cells say beyond their text. Never
 * malformed: cells under an empty header cell are ignored.
 */
final class WorkbookRow implements Row, TypedCells {

    private final WorkbookFile sheet;
    private final long line;
    private final Map<String, Integer> index;
    private final String[] values;
    private final int[] sheetColumns;
    /** Per column: a cell's fault, or whether it is a formula without result; {@code null} when the row has none. */
    private Fault[] faults;
    private boolean[] noResult;
    private boolean[] numberAsText;

    WorkbookRow(WorkbookFile sheet, long line, Map<String, Integer> index, int[] sheetColumns) {
        this.sheet = sheet;
        this.line = line;
        this.index = index;
        this.sheetColumns = sheetColumns;
        this.values = new String[sheetColumns.length];
    }

    /** Keeps what a cell holds for the column in that slot. */
    void set(int slot, CellReading.Reading reading) {
        values[slot] = reading.text();
        if (reading.fault() != null) {
            if (faults == null) {
                faults = new Fault[values.length];
            }
            faults[slot] = reading.fault();
        }
        if (reading.noResult()) {
            if (noResult == null) {
                noResult = new boolean[values.length];
            }
            noResult[slot] = true;
        }
        if (reading.numberAsText()) {
            if (numberAsText == null) {
                numberAsText = new boolean[values.length];
            }
            numberAsText[slot] = true;
        }
    }

    /** @return whether the slot's cell holds a value: text, or a fault (an error is a value) */
    boolean hasValue(int slot) {
        return values[slot] != null || (faults != null && faults[slot] != null);
    }

    @Override
    public String file() {
        return sheet.name();
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String value(String column) {
        Integer i = index.get(column);
        return i == null ? null : values[i];
    }

    @Override
    public boolean hasNotes() {
        return faults != null;
    }

    @Override
    public Fault cellFault(String column) {
        Integer i = index.get(column);
        return i == null || faults == null ? null : faults[i];
    }

    @Override
    public Fault emptyCell(String column) {
        Integer i = index.get(column);
        if (i == null || sheetColumns[i] < 0) {
            return null;
        }
        if (noResult != null && noResult[i]) {
            return Fault.of(RejectCode.MISSING_VALUE, column, "cell.no_result", column);
        }
        MergedRange range = sheet.mergedRangeHiding((int) line, sheetColumns[i]);
        return range == null ? null : Fault.of(RejectCode.MISSING_VALUE, column, "cell.merged", column, range.firstCell());
    }

    @Override
    public boolean numberAsText(String column) {
        Integer i = index.get(column);
        return i != null && numberAsText != null && numberAsText[i];
    }

    @Override
    public String toString() {
        return sheet.name() + ":" + line;
    }
}
