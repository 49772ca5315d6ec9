package id.go.pcm.internal.workbook;

import id.go.pcm.InputSource;
import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.internal.csv.Columns;
import id.go.pcm.internal.csv.CsvFile;
import id.go.pcm.internal.csv.RowFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opens an input file by its name (SPEC 10.1): {@code NAME.xlsx} (any case) as a workbook, any other
 * name as CSV; and refuses, for what they are and with how to save them, the spreadsheet files PCM
 * does not read: {@code .xls}, {@code .xlsm}, {@code .xlsb}, {@code .ods}.
 */
public final class RowFiles {

    /** The extensions of spreadsheets PCM does not read, with the key of their refusal. */
    private static final Map<String, String> REFUSED = Map.of(
            "xls", "file.format.xls", "xlsm", "file.format.xlsm", "xlsb", "file.format.xlsb", "ods", "file.format.ods");

    private RowFiles() {
    }

    /**
     * @param fileName a file name
     * @return whether it names a workbook PCM reads: it ends in {@code .xlsx}, in any case
     */
    public static boolean isWorkbook(String fileName) {
        return extension(fileName).equals("xlsx");
    }

    /**
     * @param fileName a file name
     * @return whether it names a spreadsheet PCM refuses: {@code .xls}, {@code .xlsm}, {@code .xlsb} or {@code .ods}, in any case
     */
    public static boolean isRefusedSpreadsheet(String fileName) {
        return REFUSED.containsKey(extension(fileName));
    }

    /**
     * The refusal of a spreadsheet PCM does not read, saying what it is and how to save it.
     *
     * @param fileName its name, {@code reports.xls}
     * @return the refusal
     * @throws IllegalArgumentException when the name is not one of those spreadsheets
     */
    public static UnusableFileException refusal(String fileName) {
        String key = REFUSED.get(extension(fileName));
        if (key == null) {
            throw new IllegalArgumentException(fileName + " is not a spreadsheet PCM refuses");
        }
        String base = fileName.substring(0, fileName.lastIndexOf('.'));
        return new UnusableFileException(fileName, 0, key, base + ".xlsx", base + ".csv");
    }

    /**
     * Opens a file on disk by its name.
     *
     * @param path       the file
     * @param layout     the columns it must and may hold
     * @param kitColumns in a workbook, columns that all empty make a row a kit's unfilled row (SPEC 10.1)
     * @return the open file, positioned after its header
     * @throws UnusableFileException when the file is missing or unusable, or a spreadsheet PCM does not read
     */
    public static RowFile open(Path path, Columns layout, List<String> kitColumns) {
        String name = path.getFileName().toString();
        if (isRefusedSpreadsheet(name)) {
            throw refusal(name);
        }
        return isWorkbook(name) ? WorkbookFile.open(path, layout, kitColumns) : CsvFile.open(path, layout);
    }

    /**
     * Opens a source of a month's file: a file of its own as {@link #open(Path, Columns, List)} does, a
     * submission's sheet as that worksheet alone, under the source's name (SPEC 10.2).
     *
     * @param source     the file or sheet
     * @param layout     the columns it must and may hold
     * @param kitColumns see {@link #open(Path, Columns, List)}
     * @return the open file, positioned after its header
     * @throws UnusableFileException when it is missing or unusable
     */
    public static RowFile open(InputSource source, Columns layout, List<String> kitColumns) {
        return source.sheet() == null ? open(source.path(), layout, kitColumns)
                : WorkbookFile.open(source.path(), source.name(), source.sheet(), layout, kitColumns);
    }

    /**
     * Opens a stream by the name of the file it carries (an upload's).
     *
     * @param fileName   the file's name, used in messages and rejects
     * @param in         its bytes; closed when the file is closed (or refused)
     * @param layout     the columns it must and may hold
     * @param kitColumns see {@link #open(Path, Columns, List)}
     * @return the open file, positioned after its header
     * @throws UnusableFileException when the bytes are unusable, or the name a spreadsheet PCM does not read
     */
    public static RowFile open(String fileName, InputStream in, Columns layout, List<String> kitColumns) {
        if (isRefusedSpreadsheet(fileName)) {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw refusal(fileName);
        }
        return isWorkbook(fileName) ? WorkbookFile.open(fileName, in, layout, kitColumns) : CsvFile.open(fileName, in, layout);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
