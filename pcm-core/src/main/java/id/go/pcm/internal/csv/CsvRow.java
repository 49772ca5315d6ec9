package id.go.pcm.internal.csv;

import id.go.pcm.validation.Row;

import java.util.Map;

/**
 * One record of an input file after the header: its file, its first physical line, and its
 * values by column, trimmed, with empty values absent.
 */
public final class CsvRow implements Row {

    private final String file;
    private final long line;
    private final Map<String, Integer> index;
    private final String[] values;
    private final int fieldCount;
    private final int headerCount;

    CsvRow(String file, long line, Map<String, Integer> index, String[] values, int fieldCount, int headerCount) {
        this.file = file;
        this.line = line;
        this.index = index;
        this.values = values;
        this.fieldCount = fieldCount;
        this.headerCount = headerCount;
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
        Integer i = index.get(column);
        return i == null || malformed() ? null : values[i];
    }

    @Override
    public boolean malformed() {
        return fieldCount != headerCount;
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
        return file + ":" + line;
    }
}
