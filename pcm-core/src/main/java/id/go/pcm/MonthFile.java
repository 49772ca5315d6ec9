package id.go.pcm;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five files of a month (SPEC 1), in the order a month reads them: the registries first
 * (agencies, then narratives, which target agencies), then the three files of events, which may be
 * read in any order or at once. This is the one place that names them; the columns each must hold
 * belong to its rules (internal).
 */
public enum MonthFile {
    /** {@code agencies.csv}: the agency registry. */
    AGENCIES("agencies.csv"),
    /** {@code narratives.csv}: the narratives issued in the month. */
    NARRATIVES("narratives.csv"),
    /** {@code reports.csv}: the periodic reports received. */
    REPORTS("reports.csv"),
    /** {@code dissemination.csv}: the dissemination evidence. */
    DISSEMINATION("dissemination.csv"),
    /** {@code media.csv}: the media-monitoring items. */
    MEDIA("media.csv");

    private final String fileName;

    MonthFile(String fileName) {
        this.fileName = fileName;
    }

    /** @return the file's name in a month folder, for example {@code media.csv} */
    public String fileName() {
        return fileName;
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
     * @param fileName a file name, exactly as in SPEC 1 (for example {@code reports.csv})
     * @return the month file of that name, or empty when it is none of the five
     */
    public static Optional<MonthFile> named(String fileName) {
        return Arrays.stream(values()).filter(file -> file.fileName.equals(fileName)).findFirst();
    }
}
