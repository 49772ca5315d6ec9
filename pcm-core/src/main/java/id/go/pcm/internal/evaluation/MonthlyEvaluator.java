package id.go.pcm.internal.evaluation;

import id.go.pcm.MonthFile;
import id.go.pcm.agency.Agency;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.agency.AgencyTypes;
import id.go.pcm.dissemination.DisseminationEvidence;
import id.go.pcm.evaluation.AgencyDetail;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.Category;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.NarrativeFigures;
import id.go.pcm.evaluation.NationalFigures;
import id.go.pcm.internal.rules.AgencyRegistry;
import id.go.pcm.internal.rules.NarrativeRegistry;
import id.go.pcm.media.MediaItem;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.narrative.Narrative;
import id.go.pcm.report.PeriodicReport;
import id.go.pcm.report.ReportStatus;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    /** Per active agency: its accepted reports, the counted one among them. */
    private final int[] reportsAccepted;
    private final AgencyRegistry registry;
    private final AgencyRejects reportRejects;
    private final AgencyRejects evidenceRejects;
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
        this.reportsAccepted = new int[active.size()];
        this.registry = agencies;
        this.reportRejects = new AgencyRejects(agencyIndex, active.size());
        this.evidenceRejects = new AgencyRejects(agencyIndex, active.size());
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
        reportsAccepted[a]++;
        if (current == null || !report.submittedAt().isBefore(current.submittedAt())) {
            counted[a] = report;
        }
    }

    /**
     * Notes a rejected row of {@code reports.csv} or {@code dissemination.csv} for the scorecard of the
     * agency its {@code agency_id} names (SPEC 7.6); rows of other files, and ids of no active agency,
     * are not kept. Each file's rows are kept apart, so the two files may be read at once.
     *
     * @param file     the month's file the row is of: told apart by this, not by the name the reject
     *                 carries, which is the file as read ({@code dissemination.xlsx}, SPEC 10.1)
     * @param reject   the rejected row
     * @param agencyId the row's {@code agency_id} as read, or {@code null} when unreadable
     */
    public void rejected(MonthFile file, Reject reject, String agencyId) {
        if (file == MonthFile.REPORTS) {
            reportRejects.add(reject, agencyId);
        } else if (file == MonthFile.DISSEMINATION) {
            evidenceRejects.add(reject, agencyId);
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
        List<AgencyFigures> scored = new ArrayList<>(active.size());
        for (int a = 0; a < active.size(); a++) {
            scored.add(agencyFigures(a));
        }
        List<AgencyFigures> agencies = new ArrayList<>(active.size());
        for (int a = 0; a < active.size(); a++) {
            agencies.add(withDetail(a, scored));
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
                reportsByType(agencies, registry.types()), narratives.size(), targetedPairs, coveredPairs, onTimePairs,
                Scoring.percent(coveredPairs, targetedPairs), Scoring.percent(onTimePairs, targetedPairs),
                coverage.channels(), mean(agencies, null), meanByType(agencies, registry.types()),
                categories(agencies, null), categoriesByType(agencies, registry.types()), coverage.firstEvidenceHours());
        return new MonthlyFigures(month.period(), month.asOf(), month.zone(), registry.types(), national, media.figures(), agencies,
                narratives);
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
                onTime, r, c, t, score, settings.bounds().categorise(score), null);
    }

    /** The scorecard's figures of one agency, which need every agency's score (its rank, its children). */
    private AgencyFigures withDetail(int a, List<AgencyFigures> scored) {
        Agency agency = active.get(a);
        AgencyFigures figures = scored.get(a);
        BigDecimal own = Scoring.rounded(figures.score());
        int higher = 0;
        int ofType = 0;
        boolean parent = registry.types().isParent(agency.type()); // SPEC 9.3: children of every type
        List<String> children = new ArrayList<>();
        double childrenSum = 0;
        for (int b = 0; b < active.size(); b++) {
            AgencyFigures other = scored.get(b);
            if (other.type().equals(figures.type())) {
                ofType++;
                higher += Scoring.rounded(other.score()).compareTo(own) > 0 ? 1 : 0;
            }
            if (parent && agency.id().equals(active.get(b).parentId())) {
                children.add(other.agencyId());
                childrenSum += other.score(); // in agency-id order, the same bit for bit every run
            }
        }
        PeriodicReport report = counted[a];
        Map<RejectCode, Long> rejectedRows = AgencyRejects.emptyCounts();
        reportRejects.countInto(a, rejectedRows);
        evidenceRejects.countInto(a, rejectedRows);
        List<Reject> rejectedFirst = new ArrayList<>(reportRejects.first(a));
        rejectedFirst.addAll(evidenceRejects.first(a));
        String parentName = agency.parentId() == null ? null
                : registry.find(agency.parentId()).map(Agency::name).orElse(null);
        AgencyDetail detail = new AgencyDetail(1 + higher, ofType, agency.parentId(), parentName,
                EvaluationMonth.lastDayOnTime(month.period(), settings.deadlineDay()),
                report == null ? null : report.submittedAt(),
                report == null ? null : new AgencyDetail.CompletenessItems(report.policiesCount() > 0,
                        report.activitiesCount() > 0, report.hasData(), report.hasAgenda()),
                report == null ? 0 : reportsAccepted[a] - 1,
                coverage.pairsOf(a), coverage.untargetedOf(a), coverage.channelsOf(a), rejectedRows,
                rejectedFirst.subList(0, Math.min(AgencyDetail.REJECTED_LISTED, rejectedFirst.size())),
                children, children.isEmpty() ? null : childrenSum / children.size());
        return new AgencyFigures(figures.agencyId(), figures.name(), figures.type(), figures.report(),
                figures.completeness(), figures.targeted(), figures.covered(), figures.onTime(), figures.r(),
                figures.c(), figures.t(), figures.score(), figures.category(), detail);
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
                    .filter(a -> a.report() == status && (type == null || a.type().equals(type))).count());
        }
        return counts;
    }

    /** Every type, zeros included, as SPEC 4 asks of maps keyed by an enumeration (only mean scores skip empty types). */
    private static Map<AgencyType, Map<ReportStatus, Long>> reportsByType(List<AgencyFigures> agencies, AgencyTypes types) {
        Map<AgencyType, Map<ReportStatus, Long>> byType = new LinkedHashMap<>();
        for (AgencyType type : types.all()) {
            byType.put(type, countReports(agencies, type));
        }
        return byType;
    }

    /** The mean score in agency-id order, so that the sum is the same bit for bit on every run. */
    private static Double mean(List<AgencyFigures> agencies, AgencyType type) {
        double sum = 0;
        long n = 0;
        for (AgencyFigures agency : agencies) {
            if (type == null || agency.type().equals(type)) {
                sum += agency.score();
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    /** Only the types with active agencies (SPEC 4), in the month's order of types. */
    private static Map<AgencyType, Double> meanByType(List<AgencyFigures> agencies, AgencyTypes types) {
        Map<AgencyType, Double> byType = new LinkedHashMap<>();
        for (AgencyType type : types.all()) {
            Double mean = mean(agencies, type);
            if (mean != null) {
                byType.put(type, mean);
            }
        }
        return byType;
    }

    private static Map<Category, Long> categories(List<AgencyFigures> agencies, AgencyType type) {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, agencies.stream()
                    .filter(a -> a.category() == category && (type == null || a.type().equals(type))).count());
        }
        return counts;
    }

    private static Map<AgencyType, Map<Category, Long>> categoriesByType(List<AgencyFigures> agencies, AgencyTypes types) {
        Map<AgencyType, Map<Category, Long>> byType = new LinkedHashMap<>();
        for (AgencyType type : types.all()) {
            byType.put(type, categories(agencies, type));
        }
        return byType;
    }
}
