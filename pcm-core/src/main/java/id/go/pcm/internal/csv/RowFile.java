package id.go.pcm.internal.csv;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Row;

import java.util.Set;

/**
 * An input file read row by row, whatever its form: a CSV file ({@link CsvFile}) or a workbook's sheet
 * ({@code id.go.pcm.internal.workbook.WorkbookFile}, SPEC 10.1). The rules read both alike. Not
 * thread-safe; close it when done.
 */
public interface RowFile extends AutoCloseable {

    /** @return the file name used in messages and rejects, as the file is named ({@code reports.xlsx}) */
    String name();

    /** @return header columns that are not part of the file's layout, in header order (for one warning) */
    Set<String> unknownColumns();

    /**
     * Reads the next row.
     *
     * @return the next row, or {@code null} at the end of the file
     * @throws UnusableFileException when the rest of the file cannot be read
     */
    Row nextRow();

    /** @return the number of rows returned so far (blank rows not counted) */
    long rows();

    /**
     * The SHA-256 of the file's bytes, as the figures record it.
     *
     * @return the lower-case hexadecimal digest
     * @throws IllegalStateException when the file has not been read to its end
     */
    String sha256();

    /** Closes the file and frees what it holds. */
    @Override
    void close();
}
