package id.go.pcm.internal.rules;

import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.Monev;
import id.go.pcm.MonthEvaluation;
import id.go.pcm.MonthFile;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.Row;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test helper: rows of {@code agencies.csv} read as the month reads them (row rules, then the
 * parents settled at the end of the file), with what came of them.
 *
 * @param registry the accepted agencies
 * @param rejects  the rejected rows, in line order
 * @param rows     the rows read
 */
public record AgencyCheck(AgencyRegistry registry, List<Reject> rejects, long rows) {

    /**
     * @param month the evaluation month
     * @param rows  the file's rows, in order
     * @return what the month makes of them
     */
    public static AgencyCheck of(YearMonth month, Row... rows) {
        return of(month, AgencyTypes.national(), rows);
    }

    /**
     * @param month the evaluation month
     * @param types the month's types (SPEC 9.1)
     * @param rows  the file's rows, in order
     * @return what the month makes of them
     */
    public static AgencyCheck of(YearMonth month, AgencyTypes types, Row... rows) {
        MonthEvaluation evaluation = Monev.of(month, month.plusMonths(1).atDay(10).atStartOfDay().atOffset(ZoneOffset.ofHours(7)))
                .withTypes(types).start();
        List<Reject> rejects = new ArrayList<>();
        MonthEvaluation.Feed feed = evaluation.open(MonthFile.AGENCIES, rejects::add);
        for (Row row : rows) {
            feed.accept(row);
        }
        feed.finish(null, List.of());
        return new AgencyCheck(new AgencyRegistry(month, types, evaluation.agencies()), rejects, rows.length);
    }

    /** @return the one reject, asserting there is exactly one */
    public Reject onlyReject() {
        assertEquals(1, rejects.size(), () -> "rejects: " + rejects);
        return rejects.get(0);
    }

    /**
     * Asserts that no row was rejected and that these agencies were accepted.
     *
     * @param ids the agencies' ids
     */
    public void assertAccepted(String... ids) {
        assertEquals(List.of(), rejects);
        for (String id : ids) {
            assertTrue(registry.contains(id), () -> id + " not accepted");
        }
    }
}
