package id.go.pcm.evaluation;

import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.internal.evaluation.MonthlyEvaluator;
import id.go.pcm.internal.rules.AgencyRegistry;
import id.go.pcm.internal.rules.NarrativeRegistry;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.report.ReportStatus;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The selections behind the summary's sentences and the sections' lists. */
class FindingsTest {

    private static AgencyFigures agency(String id, double score) {
        return new AgencyFigures(id, "Agency " + id, AgencyType.KOTA, ReportStatus.ON_TIME, 1, 0, 0, 0, score, null, null,
                score, Category.CUKUP, null);
    }

    private static MonthlyFigures month(List<AgencyFigures> agencies, Map<String, ProgramFigures> programs) {
        MonthlyFigures base = at("2024-10-10T00:00:00+07:00");
        MediaFigures m = base.media();
        return new MonthlyFigures(base.period(), base.asOf(), base.zone(), base.types(), base.national(),
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

    private static MonthlyFigures at(String asOf) {
        return at(asOf, EvaluationMonth.WIB);
    }

    private static MonthlyFigures at(String asOf, java.time.ZoneId zone) {
        YearMonth september = YearMonth.of(2024, 9);
        return new MonthlyEvaluator(new EvaluationMonth(september, OffsetDateTime.parse(asOf), zone), EvaluationSettings.DEFAULTS,
                new AgencyRegistry(september, AgencyTypes.national(), List.of()), new NarrativeRegistry(List.of())).figures();
    }

    @Test
    void inWitaTheDeadlinePassesAtMidnightWitaAnHourBeforeWib() {
        java.time.ZoneId wita = java.time.ZoneId.of("Asia/Makassar");
        // 23:30 WIB on the 5th is 00:30 WITA on the 6th
        assertTrue(ReportDeadline.of(at("2024-10-05T23:30:00+07:00", wita), 5).passed());
        assertFalse(ReportDeadline.of(at("2024-10-05T23:30:00+07:00"), 5).passed());
        assertFalse(ReportDeadline.of(at("2024-10-05T23:59:59+08:00", wita), 5).passed());
        assertTrue(ReportDeadline.of(at("2024-10-06T00:00:00+08:00", wita), 5).passed());
    }

    @Test
    void theDeadlinePassesAtTheEndOfItsLastDayInWib() {
        ReportDeadline before = ReportDeadline.of(at("2024-10-05T23:59:59+07:00"), 5);
        assertEquals(LocalDate.of(2024, 10, 5), before.lastDayOnTime());
        assertEquals(LocalDate.of(2024, 11, 5), before.nextLastDayOnTime(), "the next month's report");
        assertFalse(before.passed());
        assertTrue(ReportDeadline.of(at("2024-10-06T00:00:00+07:00"), 5).passed());
        // the same instant as the last second of the 5th in WIB, written in UTC: not passed
        assertFalse(ReportDeadline.of(at("2024-10-05T16:59:59Z"), 5).passed());
        assertTrue(ReportDeadline.of(at("2024-10-05T17:00:00Z"), 5).passed());
        assertEquals(LocalDate.of(2024, 10, 28), ReportDeadline.of(at("2024-10-10T00:00:00+07:00"), 28).lastDayOnTime());
    }

    private static AgencyFigures withDetail(ReportStatus report, AgencyDetail.CompletenessItems items,
                                            Map<RejectCode, Long> rejected, AgencyDetail.PairStatus... pairs) {
        List<AgencyDetail.PairFigures> pairFigures = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            pairFigures.add(new AgencyDetail.PairFigures("N-" + i, "Narrative " + i, Instant.EPOCH, Instant.EPOCH, null, pairs[i]));
        }
        AgencyDetail detail = new AgencyDetail(1, 1, null, null, LocalDate.of(2024, 10, 5), null, items, 0, pairFigures, 0,
                Map.of(), rejected, List.of(), List.of(), null);
        return new AgencyFigures("A", "Agency A", AgencyType.KOTA, report, 1, pairs.length, 0, 0, 100, null, null, 50,
                Category.CUKUP, detail);
    }

    @Test
    void nextStepFactsListTheMissingItemsInSpecOrderAndTheNarrativesByStatus() {
        NextStepFacts facts = NextStepFacts.of(withDetail(ReportStatus.LATE,
                new AgencyDetail.CompletenessItems(false, true, false, true), Map.of(RejectCode.DUPLICATE_ID, 2L),
                AgencyDetail.PairStatus.LATE, AgencyDetail.PairStatus.NOT_COVERED, AgencyDetail.PairStatus.ON_TIME,
                AgencyDetail.PairStatus.NOT_COVERED));
        assertEquals(ReportStatus.LATE, facts.report());
        assertEquals(List.of(NextStepFacts.Item.POLICIES, NextStepFacts.Item.HAS_DATA), facts.missingItems());
        assertEquals(List.of("N-1", "N-3"), facts.notCovered());
        assertEquals(List.of("N-0"), facts.late());
        assertEquals(2, facts.rejected());
    }

    @Test
    void aMissingReportHasNoItemsToComplete() {
        NextStepFacts facts = NextStepFacts.of(withDetail(ReportStatus.MISSING, null, Map.of()));
        assertEquals(List.of(), facts.missingItems());
        assertEquals(List.of(), facts.notCovered());
        assertEquals(0, facts.rejected());
    }
}
