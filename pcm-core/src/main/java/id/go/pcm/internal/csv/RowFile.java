package id.go.pcm.internal.csv;

import id.go.pcm.MonthFolder;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Row;

import java.io.Closeable;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * One input file being read as rows, whatever its form: the one way every reader of a month (the
 * library, the batch's steps, the check) opens a file, so that a form added here (the workbooks of
 * SPEC 10.1) is read everywhere at once. Not thread-safe; close it when done.
 */
public interface RowFile extends Closeable {

    /**
     * Opens a file by its path; its name (which rejects carry) is the path's last part, as the folder
     * names it.
     *
     * @param path    the file
     * @param columns the columns the file must and may hold
     * @return the open file, positioned after its header
     * @throws UnusableFileException when the file is missing, unreadable, or its header is unusable
     */
    static RowFile open(Path path, Columns columns) {
        refuseUnreadForm(String.valueOf(path.getFileName()));
        // A workbook (NAME.xlsx) is refused by its content here until SPEC 10.1's reader opens it.
        return CsvFile.open(path, columns);
    }

    /**
     * Opens a stream, for systems whose files do not live on a file system.
     *
     * @param name    the file name used in messages and rejects, whose extension tells its form
     * @param in      the file's bytes; closed with this file
     * @param columns the columns the file must and may hold
     * @return the open file, positioned after its header
     * @throws UnusableFileException when the stream cannot be read or its header is unusable
     */
    static RowFile open(String name, InputStream in, Columns columns) {
        refuseUnreadForm(name);
        return CsvFile.open(name, in, columns);
    }

    /**
     * One of the six files named as {@code .xls}, {@code .xlsm}, {@code .xlsb} or {@code .ods} (SPEC 10.1)
     * is refused by its name, saying how to save it, before any byte is read: however it is given (a
     * folder, {@code --agencies}, an upload).
     */
    private static void refuseUnreadForm(String name) {
        Optional<UnusableFileException> refused = MonthFolder.refusedForm(name);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

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
