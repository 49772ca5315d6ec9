package id.go.pcm.evaluation;

import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyRegistry;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.dissemination.DisseminationEvidence;
import id.go.pcm.media.MediaItem;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.narrative.NarrativeRegistry;
import id.go.pcm.report.PeriodicReport;
import id.go.pcm.report.ReportStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The monthly evaluation of SPEC 2 as a streaming accumulator: accepted reports, evidence and media
 * items go in, one at a time and in any order, and {@link #figures()} gives every figure of SPEC 4.
 * Its memory grows with agencies × narratives (and outlets and programs), never with the number of
 * rows. The only order that matters is that of two reports from one agency with the same
 * {@code submitted_at}: the one added later counts, as the later row in the file does.
 *
 * <p>Records must be accepted ones: evidence or a report from an agency that is not active, or
 * naming a narrative that is not accepted, is refused with an {@link IllegalArgumentException}.
 *
 * <p>Each kind of record has its own state: reports, evidence and media items may be added from
 * three different threads at once (one thread per kind), as the batch reads its three large files in
 * parallel. Two threads must not add records of the same kind, and {@link #figures()} must be called
 * once they are done (after joining them).
 */
public final class MonthlyEvaluator {

    private final EvaluationMonth month;
    private final EvaluationSettings settings;
    private final List<Agency> active;
    private final Map<String, Integer> agencyIndex = new HashMap<>();
    private final PeriodicReport[] counted;
    private final CoverageTally coverage;
    private final MediaTally media;
    private final Instant reportDeadline;

    /**
     * An evaluator for one month.
     *
     * @param month      the evaluation month and as-of time
     * @param settings   weights, deadline, window and bounds
     * @param agencies   the accepted agencies; the active ones are evaluated
     * @param narratives the accepted narratives
     */
    public MonthlyEvaluator(EvaluationMonth month, EvaluationSettings settings, AgencyRegistry agencies,
                            NarrativeRegistry narratives) {
        this.month = Objects.requireNonNull(month, "month");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (!agencies.month().equals(month.period())) {
            throw new IllegalArgumentException("the registry is for " + agencies.month() + ", not " + month.label());
        }
        this.active = agencies.active();
        for (int i = 0; i < active.size(); i++) {
            agencyIndex.put(active.get(i).id(), i);
        }
        this.counted = new PeriodicReport[active.size()];
        List<Narrative> accepted = List.copyOf(narratives.all());
        this.coverage = new CoverageTally(accepted, active, agencyIndex);
        this.media = new MediaTally(month, accepted);
        this.reportDeadline = month.reportDeadline(settings.deadlineDay());
    }

    /**
     * Adds an accepted report. An agency's report with the latest {@code submitted_at} counts; on a
     * tie, the one added later; the others are superseded.
     *
     * @param report the report
     * @throws IllegalArgumentException when the agency is not active or the report is for another month
     */
    public void add(PeriodicReport report) {
        Integer a = agencyIndex.get(report.agencyId());
        if (a == null || !report.period().equals(month.period())) {
            throw new IllegalArgumentException("report " + report.id() + " is not an accepted report of an agency active in "
                    + month.label());
        }
        PeriodicReport current = counted[a];
        if (current == null || !report.submittedAt().isBefore(current.submittedAt())) {
            counted[a] = report;
        }
    }

    /**
     * Adds accepted dissemination evidence. It counts in its channel's figures whether or not the
     * narrative targeted the agency, and in coverage only when it did.
     *
     * @param evidence the evidence
     * @throws IllegalArgumentException when the narrative is not accepted or the agency not active
     */
    public void add(DisseminationEvidence evidence) {
        coverage.add(evidence);
    }

    /**
     * Adds an accepted media item.
     *
     * @param item the item
     * @throws IllegalArgumentException when it was published outside the month or cites a narrative
     *                                  that is not accepted
     */
    public void add(MediaItem item) {
        media.add(item);
    }

    /**
     * The figures of what has been added so far. Cheap enough to call for progress, but meant once
     * at the end.
     *
     * @return every figure of SPEC 2 and 4 but input checksums and history
     */
    public MonthlyFigures figures() {
        List<AgencyFigures> agencies = new ArrayList<>(active.size());
        for (int a = 0; a < active.size(); a++) {
            agencies.add(agencyFigures(a));
        }
        List<NarrativeFigures> narratives = new ArrayList<>();
        long targetedPairs = 0;
        long coveredPairs = 0;
        long onTimePairs = 0;
        for (int n = 0; n < coverage.narrativeCount(); n++) {
            NarrativeFigures figures = narrativeFigures(n);
            narratives.add(figures);
            targetedPairs += figures.targeted();
            coveredPairs += figures.covered();
            onTimePairs += figures.onTime();
        }
        NationalFigures national = new NationalFigures(active.size(), countReports(agencies, null),
                reportsByType(agencies), narratives.size(), targetedPairs, coveredPairs, onTimePairs,
                Scoring.percent(coveredPairs, targetedPairs), Scoring.percent(onTimePairs, targetedPairs),
                coverage.channels(), mean(agencies, null), meanByType(agencies), categories(agencies),
                coverage.firstEvidenceHours());
        return new MonthlyFigures(month.period(), month.asOf(), national, media.figures(), agencies, narratives);
    }

    private AgencyFigures agencyFigures(int a) {
        Agency agency = active.get(a);
        PeriodicReport report = counted[a];
        ReportStatus status = report == null ? ReportStatus.MISSING
                : report.submittedAt().isBefore(reportDeadline) ? ReportStatus.ON_TIME : ReportStatus.LATE;
        double completeness = report == null ? 0 : report.completeness();
        CoverageTally.Pairs pairs = coverage.ofAgency(a);
        int targeted = pairs.targeted();
        int covered = pairs.covered();
        int onTime = pairs.onTime();
        double r = Scoring.report(status, completeness);
        Double c = Scoring.percent(covered, targeted);
        Double t = Scoring.percent(onTime, targeted);
        double score = Scoring.score(settings, r, c, t);
        return new AgencyFigures(agency.id(), agency.name(), agency.type(), status, completeness, targeted, covered,
                onTime, r, c, t, score, settings.bounds().categorise(score));
    }

    private NarrativeFigures narrativeFigures(int n) {
        Narrative narrative = coverage.narrative(n);
        CoverageTally.Pairs pairs = coverage.ofNarrative(n);
        return new NarrativeFigures(narrative.id(), narrative.title(), narrative.program(), narrative.issuedAt(),
                narrative.dueHours(), pairs.targeted(), pairs.covered(), pairs.onTime(),
                Scoring.percent(pairs.covered(), pairs.targeted()), Scoring.percent(pairs.onTime(), pairs.targeted()),
                media.pickup(narrative.id()));
    }

    private static Map<ReportStatus, Long> countReports(List<AgencyFigures> agencies, AgencyType type) {
        Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);
        for (ReportStatus status : ReportStatus.values()) {
            counts.put(status, agencies.stream()
                    .filter(a -> a.report() == status && (type == null || a.type() == type)).count());
        }
        return counts;
    }

    /** Every type, zeros included, as SPEC 4 asks of maps keyed by an enumeration (only mean scores skip empty types). */
    private static Map<AgencyType, Map<ReportStatus, Long>> reportsByType(List<AgencyFigures> agencies) {
        Map<AgencyType, Map<ReportStatus, Long>> byType = new EnumMap<>(AgencyType.class);
        for (AgencyType type : AgencyType.values()) {
            byType.put(type, countReports(agencies, type));
        }
        return byType;
    }

    /** The mean score in agency-id order, so that the sum is the same bit for bit on every run. */
    private static Double mean(List<AgencyFigures> agencies, AgencyType type) {
        double sum = 0;
        long n = 0;
        for (AgencyFigures agency : agencies) {
            if (type == null || agency.type() == type) {
                sum += agency.score();
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private static Map<AgencyType, Double> meanByType(List<AgencyFigures> agencies) {
        Map<AgencyType, Double> byType = new EnumMap<>(AgencyType.class);
        for (AgencyType type : presentTypes(agencies)) {
            byType.put(type, mean(agencies, type));
        }
        return byType;
    }

    private static List<AgencyType> presentTypes(List<AgencyFigures> agencies) {
        return Arrays.stream(AgencyType.values())
                .filter(t -> agencies.stream().anyMatch(a -> a.type() == t)).toList();
    }

    private static Map<Category, Long> categories(List<AgencyFigures> agencies) {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, agencies.stream().filter(a -> a.category() == category).count());
        }
        return counts;
    }
}
