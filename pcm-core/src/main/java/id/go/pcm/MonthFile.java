package id.go.pcm;

import id.go.pcm.agency.AgencyRules;
import id.go.pcm.csv.Columns;
import id.go.pcm.dissemination.EvidenceRules;
import id.go.pcm.media.MediaRules;
import id.go.pcm.narrative.NarrativeRules;
import id.go.pcm.report.ReportRules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five files of a month (SPEC 1), in the order a month reads them: the registries first
 * (agencies, then narratives, which target agencies), then the three files of events, which may be
 * read in any order or at once.
 */
public enum MonthFile {
    /** {@code agencies.csv}: the agency registry. */
    AGENCIES(AgencyRules.FILE, AgencyRules.COLUMNS),
    /** {@code narratives.csv}: the narratives issued in the month. */
    NARRATIVES(NarrativeRules.FILE, NarrativeRules.COLUMNS),
    /** {@code reports.csv}: the periodic reports received. */
    REPORTS(ReportRules.FILE, ReportRules.COLUMNS),
    /** {@code dissemination.csv}: the dissemination evidence. */
    DISSEMINATION(EvidenceRules.FILE, EvidenceRules.COLUMNS),
    /** {@code media.csv}: the media-monitoring items. */
    MEDIA(MediaRules.FILE, MediaRules.COLUMNS);

    private final String fileName;
    private final Columns columns;

    MonthFile(String fileName, Columns columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    /** @return the file's name in a month folder, for example {@code media.csv} */
    public String fileName() {
        return fileName;
    }

    /** @return the columns the file must and may hold */
    public Columns columns() {
        return columns;
    }

    /** @return whether the file is one of the registries the other files refer to */
    public boolean isRegistry() {
        return this == AGENCIES || this == NARRATIVES;
    }

    /**
     * @param fileName a file name, exactly as in SPEC 1 (for example {@code reports.csv})
     * @return the month file of that name, or empty when it is none of the five
     */
    public static Optional<MonthFile> named(String fileName) {
        return Arrays.stream(values()).filter(file -> file.fileName.equals(fileName)).findFirst();
    }
}
