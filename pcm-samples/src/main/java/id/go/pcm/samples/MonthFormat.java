package id.go.pcm.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * The form in which the generator writes a month's files: CSV (SPEC 1.1) or Excel workbooks (SPEC 10.1),
 * with the same values either way.
 */
public enum MonthFormat {
    /** {@code NAME.csv}, UTF-8, comma-separated. */
    CSV,
    /**
     * {@code NAME.xlsx}, one sheet named like the file, the header in row 1, each value in the cell a clerk's
     * Excel would hold it in ({@link ClerkSheet}).
     */
    XLSX;

    /**
     * @param text the option's value, {@code csv} or {@code xlsx}
     * @return the format
     * @throws IllegalArgumentException when it is neither
     */
    public static MonthFormat of(String text) {
        return switch (text) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw new IllegalArgumentException("--format=" + text + " is neither csv nor xlsx");
        };
    }

    /**
     * @param name a month file's base name, e.g. {@code dissemination}
     * @return its file name in this format, e.g. {@code dissemination.xlsx}
     */
    public String fileName(String name) {
        return name + "." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * Opens one of the month's files for writing.
     *
     * @param folder  the month folder
     * @param name    the file's base name
     * @param created the creation time a workbook records
     * @param header  the columns
     * @return the table to write rows into
     * @throws IOException when the file cannot be created
     */
    MonthTable open(Path folder, String name, Instant created, String... header) throws IOException {
        Path file = folder.resolve(fileName(name));
        return switch (this) {
            case CSV -> new MonthTable.Csv(file, header);
            case XLSX -> new ClerkSheet(file, name, created, header);
        };
    }
}
