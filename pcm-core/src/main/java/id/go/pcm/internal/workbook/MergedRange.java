package id.go.pcm.internal.workbook;

/**
 * A merged range of a sheet, from 1: its value is in its first (top-left) cell only (SPEC 10.1).
 *
 * @param firstRow    the first row
 * @param firstColumn the first column, 0 for A
 * @param lastRow     the last row
 * @param lastColumn  the last column
 */
record MergedRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {

    /**
     * @param ref a range as a sheet writes it, {@code B2:D4}
     * @return the range, or {@code null} when the reference is not one
     */
    static MergedRange parse(String ref) {
        if (ref == null) {
            return null;
        }
        String[] corners = ref.split(":");
        int[] first = cell(corners[0]);
        int[] last = corners.length > 1 ? cell(corners[1]) : first;
        return first == null || last == null ? null : new MergedRange(first[0], first[1], last[0], last[1]);
    }

    /** {@code B2} as row 2, column 1; {@code null} when it is not a cell reference. */
    private static int[] cell(String ref) {
        int column = 0;
        int i = 0;
        String upper = ref.replace("$", "").toUpperCase(java.util.Locale.ROOT);
        while (i < upper.length() && upper.charAt(i) >= 'A' && upper.charAt(i) <= 'Z') {
            column = column * 26 + (upper.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == upper.length()) {
            return null;
        }
        try {
            return new int[]{Integer.parseInt(upper.substring(i)), column - 1};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param row    a row, from 1
     * @param column a column, from 0
     * @return whether the cell is in the range but not its first cell: its value, if any, is lost
     */
    boolean hides(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn
                && (row != firstRow || column != firstColumn);
    }

    /** @return the first cell as Excel names it, {@code B2} */
    String firstCell() {
        StringBuilder letters = new StringBuilder();
        for (int c = firstColumn + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + firstRow;
    }
}
