package id.go.pcm.batch.output;

import id.go.pcm.agency.AgencyType;
import id.go.pcm.batch.history.PreviousMonth;
import id.go.pcm.batch.report.ReportFixtures;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.Category;
import id.go.pcm.evaluation.MediaFigures;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.ProgramFigures;
import id.go.pcm.report.ReportStatus;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The selections behind the summary's sentences and the sections' lists. */
class FindingsTest {

    private static AgencyFigures agency(String id, double score) {
        return new AgencyFigures(id, "Agency " + id, AgencyType.KOTA, ReportStatus.ON_TIME, 1, 0, 0, 0, score, null, null,
                score, Category.CUKUP, null);
    }

    private static MonthlyFigures month(List<AgencyFigures> agencies, Map<String, ProgramFigures> programs) {
        MonthlyFigures base = ReportFixtures.small().figures();
        MediaFigures m = base.media();
        return new MonthlyFigures(base.period(), base.asOf(), base.national(),
                new MediaFigures(m.items(), m.sentiment(), m.netSentiment(), programs, m.daily(), m.topOutlets(),
                        m.narrativePickup()), agencies, base.narratives());
    }

    @Test
    void moversAreTheAgenciesScoredInBothMonthsLargestChangeFirstTiesById() {
        MonthlyFigures now = month(List.of(agency("A", 80), agency("B", 50), agency("C", 70), agency("D", 90),
                agency("NEW", 100)), Map.of());
        PreviousMonth before = new PreviousMonth(YearMonth.of(2024, 8),
                Map.of("A", 60.0, "B", 70.0, "C", 50.0, "D", 90.0, "GONE", 10.0), Map.of());
        List<Findings.Mover> movers = Findings.movers(now, before).all();
        assertEquals(List.of("A", "B", "C", "D"), movers.stream().map(m -> m.agency().agencyId()).toList(),
                "agencies new this month have no change");
        assertEquals(List.of("A", "C"), Findings.rises(movers, 3).stream().map(m -> m.agency().agencyId()).toList(),
                "equal rises of 20 in id order; no change is no rise");
        assertEquals(List.of("B"), Findings.falls(movers, 3).stream().map(m -> m.agency().agencyId()).toList());
        assertEquals(List.of("A"), Findings.rises(movers, 1).stream().map(m -> m.agency().agencyId()).toList());
        assertEquals(-20.0, Findings.falls(movers, 1).get(0).change(), 1e-9);
    }

    @Test
    void aProgramTurnedNegativeWhenItWasZeroOrAboveAndIsBelowZeroNow() {
        Map<String, ProgramFigures> programs = Map.of(
                "was-positive", new ProgramFigures(10, 2, 3, 5, -0.3, 0.25),
                "was-zero", new ProgramFigures(10, 4, 1, 5, -0.1, 0.25),
                "was-negative", new ProgramFigures(10, 0, 5, 5, -0.5, 0.25),
                "still-positive", new ProgramFigures(10, 5, 5, 0, 0.5, 0.25),
                "new", new ProgramFigures(10, 0, 0, 10, -1.0, 0.0));
        PreviousMonth before = new PreviousMonth(YearMonth.of(2024, 8), Map.of(),
                Map.of("was-positive", 0.2, "was-zero", 0.0, "was-negative", -0.1, "still-positive", 0.4));
        List<Findings.TurnedNegative> turned = Findings.turnedNegative(month(List.of(), new java.util.TreeMap<>(programs)).media(), before);
        assertEquals(List.of("was-positive", "was-zero"), turned.stream().map(Findings.TurnedNegative::program).toList());
        assertEquals(0.2, turned.get(0).previous(), 1e-9);
        assertEquals(-0.3, turned.get(0).current(), 1e-9);
    }

    @Test
    void bestAndWeakestBreakTiesById() {
        List<AgencyFigures> agencies = List.of(agency("C", 50), agency("B", 90), agency("A", 90), agency("D", 10));
        assertEquals(List.of("A", "B", "C"), Findings.best(agencies, 3).stream().map(AgencyFigures::agencyId).toList());
        assertEquals(List.of("D", "C"), Findings.weakest(agencies, 2).stream().map(AgencyFigures::agencyId).toList());
    }
}
