package id.go.pcm.batch.kit;

import id.go.pcm.agency.Agency;
import id.go.pcm.narrative.Narrative;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What one agency's kit holds (SPEC 10.3), decided before anything is written.
 *
 * @param agency        the active agency
 * @param fileName      its kit's file name, as its scorecard's ({@code CON~a3dbc4b644a9.xlsx})
 * @param typeName      its type's name in the kit's language, from the month's types
 * @param period        the month
 * @param lastDayOnTime the last day on which the month's report is on time (SPEC 1.3)
 * @param asOf          the time the kit is made at
 * @param targeting     the narratives that target the agency, by {@code narrative_id}
 * @param others        the month's other narratives, by {@code narrative_id}
 */
record Kit(Agency agency, String fileName, String typeName, YearMonth period, LocalDate lastDayOnTime,
           OffsetDateTime asOf, List<Narrative> targeting, List<Narrative> others) {

    Kit {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(fileName, "fileName");
        targeting = List.copyOf(targeting);
        others = List.copyOf(others);
    }

    /** @return the pre-filled {@code report_id}: {@code <agency_id>-YYYY-MM} */
    String reportId() {
        return agency.id() + "-" + period;
    }

    /** @return the {@code narrative_id} list: every narrative of the month, those targeting the agency first */
    List<String> narrativeChoices() {
        return Stream.concat(targeting.stream(), others.stream()).map(Narrative::id).toList();
    }
}
