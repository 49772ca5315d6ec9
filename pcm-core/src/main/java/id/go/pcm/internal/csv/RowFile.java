package id.go.pcm.internal.csv;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Row;

import java.io.Closeable;
import java.util.Set;

/**
 * One input file being read as rows, whatever its form: a CSV file ({@link CsvFile}) or a workbook's sheet
 * ({@code id.go.pcm.internal.workbook.WorkbookFile}, SPEC 10.1), which the rules read alike. Every reader
 * of a month (the library, the batch's steps, the check) opens one with
 * {@code id.go.pcm.internal.workbook.RowFiles#open}, the one place that tells the forms apart. Not
 * thread-safe; close it when done.
 */
public interface RowFile extends Closeable {

    /** @return the file name used in messages and rejects, for example {@code dissemination.xlsx} */
    String name();

    /** @return header columns that are not part of the file's layout, in header order */
    Set<String> unknownColumns();

    /** @return the number of rows returned so far, blank ones not counted */
    long rows();

    /**
     * @return the lower-case hexadecimal SHA-256 of the file's bytes
     * @throws IllegalStateException when the file has not been read to its end
     */
    String sha256();

    /**
     * @return the next row, or {@code null} at the end of the file
     * @throws UnusableFileException when the rest of the file cannot be read
     */
    Row nextRow();

    @Override
    void close();
}
