package id.go.pcm.internal.rules;

import id.go.pcm.MonthFile;
import id.go.pcm.internal.csv.Columns;

import java.util.List;

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

    /**
     * @param file a month file
     * @return the columns that, all empty in a workbook row, make it a kit's unfilled row, skipped
     *         (SPEC 10.1): those of {@code reports}; none for the other files
     */
    public static List<String> kitColumns(MonthFile file) {
        return file == MonthFile.REPORTS ? ReportRules.FILLED_BY_AGENCY : List.of();
    }
}
