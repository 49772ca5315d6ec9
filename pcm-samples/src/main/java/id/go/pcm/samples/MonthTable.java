package id.go.pcm.samples;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** One of a generated month's files, written row by row in its {@link MonthFormat}. */
interface MonthTable extends Closeable {

    /**
     * @param values the row's values in the header's order, as CSV text would give them ({@code null}: empty)
     * @throws IOException when the file cannot be written
     */
    void row(Object... values) throws IOException;

    /**
     * Writes a row that an agency sent: in a month of one file per kind, the same as {@link #row}; in a
     * month of submissions ({@link SubmissionTables}), a row of that agency's workbook.
     *
     * @param sender the {@code agency_id} of the agency whose clerk wrote the row (its {@code agency_id}
     *               column may be a clerk's wrong one)
     * @param values the row's values in the header's order
     * @throws IOException when the file cannot be written
     */
    default void sent(String sender, Object... values) throws IOException {
        row(values);
    }

    /**
     * Writes a row with the fault that belongs to the form: in CSV a stray delimiter adds a field after the
     * last ({@code MALFORMED_ROW}); in a workbook, which has no such fault, the cell of {@code column}
     * holds a formula whose result was never saved (empty: {@code MISSING_VALUE} in a required column).
     *
     * @param column the column whose cell a workbook breaks
     * @param values the row's values in the header's order
     * @throws IOException when the file cannot be written
     */
    void brokenRow(String column, Object... values) throws IOException;

    /** A month file as CSV, as Commons CSV prints it (RFC 4180, {@code \n} between records). */
    final class Csv implements MonthTable {
        private final CSVPrinter out;

        Csv(Path file, String... header) throws IOException {
            out = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(header).get());
        }

        @Override
        public void row(Object... values) throws IOException {
            out.printRecord(values);
        }

        @Override
        public void brokenRow(String column, Object... values) throws IOException {
            Object[] longer = Arrays.copyOf(values, values.length + 1);
            longer[values.length] = "lebih";
            out.printRecord(longer);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
