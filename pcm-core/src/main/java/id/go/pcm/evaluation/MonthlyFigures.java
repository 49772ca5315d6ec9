package id.go.pcm.evaluation;

import id.go.pcm.agency.AgencyTypes;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Every figure of a month's evaluation: what the JSON twin holds and the PDF shows (SPEC 2 and 4),
 * but the input checksums and history, which belong to the run.
 *
 * @param period     the evaluation month
 * @param asOf       the evaluation time
 * @param zone       the office's zone, on whose clock the month, the deadline and the days were reckoned
 * @param types      the month's types of body, in the order documents list them (SPEC 9.1)
 * @param national   the national figures
 * @param media      the media-monitoring figures
 * @param agencies   every active agency's figures, sorted by id
 * @param narratives every accepted narrative's figures, in file order
 */
public record MonthlyFigures(YearMonth period, OffsetDateTime asOf, ZoneId zone, AgencyTypes types, NationalFigures national, MediaFigures media,
                             List<AgencyFigures> agencies, List<NarrativeFigures> narratives) {

    /**
     * Freezes the lists.
     *
     * @param period the evaluation month
     * @param asOf the evaluation time
     * @param zone the office's zone
     * @param types the month's types of body, in the order documents list them
     * @param national the national figures
     * @param media the media-monitoring figures
     * @param agencies every active agency's figures, sorted by id
     * @param narratives every accepted narrative's figures, in file order
     */
    public MonthlyFigures {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(types, "types");
        agencies = Frozen.list(agencies);
        narratives = Frozen.list(narratives);
    }
}
