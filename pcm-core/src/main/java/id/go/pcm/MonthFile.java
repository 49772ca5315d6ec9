package id.go.pcm;

import id.go.pcm.agency.AgencyTypes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The five files of a month (SPEC 1), in the order a month reads them: the registries first
 * (agencies, then narratives, which target agencies), then the three files of events, which may be
 * read in any order or at once. This is the one place that names them; the columns each must hold
 * belong to its rules (internal).
 *
 * <p>Each may come as CSV, {@code NAME.csv}, or as an Excel workbook, {@code NAME.xlsx} (SPEC 10.1);
 * {@link #fileName()} is its name as SPEC 1 gives it, which also names the file whatever its form (the
 * JSON's {@code inputs} keys). {@link MonthFolder} finds which form a folder holds.
 */
public enum MonthFile {
    /** {@code agencies.csv}: the agency registry. */
    AGENCIES("agencies"),
    /** {@code narratives.csv}: the narratives issued in the month. */
    NARRATIVES("narratives"),
    /** {@code reports.csv}: the periodic reports received. */
    REPORTS("reports"),
    /** {@code dissemination.csv}: the dissemination evidence. */
    DISSEMINATION("dissemination"),
    /** {@code media.csv}: the media-monitoring items. */
    MEDIA("media");

    /** The extension of a file as CSV text. */
    static final String CSV = ".csv";
    /** The extension of a file as an Office Open XML workbook (SPEC 10.1). */
    static final String WORKBOOK = ".xlsx";

    private final String baseName;

    MonthFile(String baseName) {
        this.baseName = baseName;
    }

    /** @return the file's name without extension, for example {@code media}: a workbook's sheet of that name is read (SPEC 10.1) */
    public String baseName() {
        return baseName;
    }

    /** @return the file's name in a month folder as SPEC 1 gives it, for example {@code media.csv} */
    public String fileName() {
        return baseName + CSV;
    }

    /** @return the file's name as an Excel workbook, for example {@code media.xlsx} */
    public String workbookName() {
        return baseName + WORKBOOK;
    }

    /** @return whether the file is one of the registries the other files refer to */
    public boolean isRegistry() {
        return this == AGENCIES || this == NARRATIVES;
    }

    /** @return the five file names in reading order, for messages that list them */
    public static List<String> names() {
        return Arrays.stream(values()).map(MonthFile::fileName).toList();
    }

    /**
     * @param fileName a file name: one of SPEC 1, as CSV ({@code reports.csv}) or as a workbook
     *                 ({@code reports.xlsx}), in any case ({@code Reports.XLSX})
     * @return the month file of that name, or empty when it is none of the five
     */
    public static Optional<MonthFile> named(String fileName) {
        return logicalName(fileName).flatMap(name -> Arrays.stream(values()).filter(file -> file.fileName().equals(name)).findFirst());
    }

    /**
     * Which of the six files of a month (the five and {@code types.csv}) a file is, whatever its form.
     *
     * @param fileName a file name, for example {@code Dissemination.xlsx}
     * @return the name SPEC 1 (or 9.1) gives the file, {@code dissemination.csv}, when the name is one of
     *         the six as CSV or as a workbook, in any case; else empty
     */
    public static Optional<String> logicalName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (String base : baseNames()) {
            if (name.equals(base + CSV) || name.equals(base + WORKBOOK)) {
                return Optional.of(base + CSV);
            }
        }
        return Optional.empty();
    }

    /** @return the base names of the six files a month folder may hold, {@code types} first, in reading order */
    static List<String> baseNames() {
        return Stream.concat(Stream.of(typesBaseName()), Arrays.stream(values()).map(MonthFile::baseName)).toList();
    }

    /** @return {@code types}: the base name of SPEC 9.1's optional sixth file */
    static String typesBaseName() {
        return AgencyTypes.FILE_NAME.substring(0, AgencyTypes.FILE_NAME.length() - CSV.length());
    }
}
