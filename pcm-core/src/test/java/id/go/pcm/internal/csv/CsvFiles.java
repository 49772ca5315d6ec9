package id.go.pcm.internal.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: open a CSV text held in memory and read it to its end. */
final class CsvFiles {

    /** The UTF-8 byte-order mark as Excel writes it before "CSV UTF-8" files. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFiles() {
    }

    static CsvFile open(String text, Columns columns) {
        return open(text.getBytes(StandardCharsets.UTF_8), columns);
    }

    static CsvFile open(byte[] bytes, Columns columns) {
        return CsvFile.open("reports.csv", new ByteArrayInputStream(bytes), columns);
    }

    /** Reads every remaining row with {@link CsvFile#nextRow()} and closes the file. */
    static List<CsvRow> readAll(CsvFile file) {
        try (file) {
            List<CsvRow> rows = new ArrayList<>();
            for (CsvRow row = file.nextRow(); row != null; row = file.nextRow()) {
                rows.add(row);
            }
            return rows;
        }
    }

    static List<CsvRow> readAll(String text, Columns columns) {
        return readAll(open(text, columns));
    }

    static List<Long> lines(List<CsvRow> rows) {
        return rows.stream().map(CsvRow::line).toList();
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
