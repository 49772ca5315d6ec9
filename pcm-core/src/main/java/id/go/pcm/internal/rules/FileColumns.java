package id.go.pcm.internal.rules;

import id.go.pcm.MonthFile;
import id.go.pcm.internal.csv.Columns;

/**
 * The columns each month file must and may hold, as its rules declare them: the reader of a file
 * (the core's and the batch's) asks here, so that {@link MonthFile} names the files without
 * exporting the internal {@link Columns}.
 */
public final class FileColumns {

    private FileColumns() {
    }

    /**
     * @param file a month file
     * @return the columns its rules read
     */
    public static Columns of(MonthFile file) {
        return switch (file) {
            case AGENCIES -> AgencyRules.COLUMNS;
            case NARRATIVES -> NarrativeRules.COLUMNS;
            case REPORTS -> ReportRules.COLUMNS;
            case DISSEMINATION -> EvidenceRules.COLUMNS;
            case MEDIA -> MediaRules.COLUMNS;
        };
    }
}
