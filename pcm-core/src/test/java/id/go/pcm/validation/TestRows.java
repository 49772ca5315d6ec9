package id.go.pcm.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Rows for rule tests, built over a map of column values instead of a CSV file. A {@link TestRow} keeps
 * the {@link Row} contract: values are trimmed and an empty value is absent. Every change returns a
 * new row, so a test can start from a valid row and break one column.
 */
public final class TestRows {

    private TestRows() {
    }

    /**
     * A well-formed row.
     *
     * @param file          the file name, for example {@code reports.csv}
     * @param line          the physical line the record starts on
     * @param columnsValues column names and values, alternating
     * @return the row
     */
    public static TestRow row(String file, long line, String... columnsValues) {
        if (columnsValues.length % 2 != 0) {
            throw new IllegalArgumentException("columns and values must alternate");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columnsValues.length; i += 2) {
            values.put(columnsValues[i], columnsValues[i + 1]);
        }
        return new TestRow(file, line, values, false, 0, 0);
    }

    /**
     * A record whose fields did not line up with the header ({@code MALFORMED_ROW}). It still holds
     * values, so a test can show that the rules trust none of them, not even the id.
     *
     * @param file        the file name
     * @param line        the physical line the record starts on
     * @param fieldCount  the number of fields the record had
     * @param headerCount the number of columns of the header
     * @param columnsValues column names and values, alternating
     * @return the row
     */
    public static TestRow malformed(String file, long line, int fieldCount, int headerCount, String... columnsValues) {
        TestRow row = row(file, line, columnsValues);
        return new TestRow(file, line, row.values, true, fieldCount, headerCount);
    }

    /** A row over a map of column values. Immutable. */
    public static final class TestRow implements Row {

        private final String file;
        private final long line;
        private final Map<String, String> values;
        private final boolean malformed;
        private final int fieldCount;
        private final int headerCount;

        private TestRow(String file, long line, Map<String, String> values, boolean malformed,
                        int fieldCount, int headerCount) {
            this.file = Objects.requireNonNull(file, "file");
            this.line = line;
            this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            this.malformed = malformed;
            this.fieldCount = fieldCount;
            this.headerCount = headerCount;
        }

        /**
         * The same row with one value changed.
         *
         * @param column the column
         * @param value  the new raw value; {@code null} removes the column
         * @return the new row
         */
        public TestRow with(String column, String value) {
            Map<String, String> changed = new LinkedHashMap<>(values);
            if (value == null) {
                changed.remove(column);
            } else {
                changed.put(column, value);
            }
            return new TestRow(file, line, changed, malformed, fieldCount, headerCount);
        }

        /**
         * The same row with one column removed (an empty cell).
         *
         * @param column the column
         * @return the new row
         */
        public TestRow without(String column) {
            return with(column, null);
        }

        /**
         * The same row on another line.
         *
         * @param newLine the physical line
         * @return the new row
         */
        public TestRow at(long newLine) {
            return new TestRow(file, newLine, values, malformed, fieldCount, headerCount);
        }

        @Override
        public String file() {
            return file;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public String value(String column) {
            String raw = values.get(column);
            if (raw == null) {
                return null;
            }
            String trimmed = raw.strip();
            return trimmed.isEmpty() ? null : trimmed;
        }

        @Override
        public boolean malformed() {
            return malformed;
        }

        @Override
        public int fieldCount() {
            return fieldCount;
        }

        @Override
        public int headerCount() {
            return headerCount;
        }

        @Override
        public String toString() {
            return file + ":" + line + (malformed ? " (malformed)" : "") + " " + values;
        }
    }
}
