package id.go.pcm.evaluation;

import id.go.pcm.internal.evaluation.Scoring;
import id.go.pcm.InputSummary;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.report.ReportStatus;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the figures say beyond the evaluation, as the report and the scorecards print it and the JSON
 * carries it: the headline beside the previous stored month, rankings, the largest movers, programs
 * whose net sentiment turned negative, the shares the summary's sentences quote, the report deadlines
 * and each agency's next steps. Made once per run from the figures and their context, so that the
 * JSON, the report and the scorecards only lay them out and format them; every tie is broken by id so
 * that the same figures always give the same findings.
 *
 * @param headline        the headline figures with the previous stored month's and the change
 * @param movers          the agencies scored in both months, or {@code null} when no earlier scores are stored
 * @param turned          the programs whose net sentiment turned negative, or {@code null} when no earlier
 *                        sentiment is stored
 * @param missing         the agencies that sent no report, by type then id
 * @param mostMissing     the type with most agencies that sent no report (the first type on ties), or {@code null}
 * @param best            the {@link #LISTED} highest scores, ties by id
 * @param weakest         the {@link #LISTED} lowest scores, ties by id
 * @param byCoverage      the narratives that targeted someone, highest coverage first, ties by id
 * @param untargeted      the narratives that targeted no active agency
 * @param bySentiment     the programs, highest net sentiment first, ties by tag
 * @param byVoice         the programs, largest share of voice first, ties by tag
 * @param goodAgencies    agencies rated SANGAT_BAIK or BAIK
 * @param goodPct         their share of the active agencies, or {@code null} when there are none
 * @param veryPoor        agencies rated SANGAT_KURANG
 * @param veryPoorPct     their share of the active agencies, or {@code null} when there are none
 * @param inputRows       rows of the five files together
 * @param rejectedRows    of those, rejected
 * @param rejectedPct     100 × rejected / rows, or {@code null} when there are no rows
 * @param topRule         the file and rule with most rejects (the first in file and rule order on ties), or
 *                        {@code null} when nothing was rejected
 * @param scoreChanges    the score now and in the previous stored month, by agency id, for the agencies
 *                        scored in both
 * @param deadline        the month's report deadline and the next month's, as the scorecards name them
 * @param nextSteps       what each active agency has to do (SPEC 7.7), by agency id in figures order
 */
public record Findings(Headline headline, Movers movers, Turned turned, List<AgencyFigures> missing,
                       TypeCount mostMissing, List<AgencyFigures> best, List<AgencyFigures> weakest,
                       List<NarrativeFigures> byCoverage, int untargeted, List<Map.Entry<String, ProgramFigures>> bySentiment,
                       List<Map.Entry<String, ProgramFigures>> byVoice, long goodAgencies, Double goodPct, long veryPoor,
                       Double veryPoorPct, long inputRows, long rejectedRows, Double rejectedPct,
                       RejectCount topRule, Map<String, Change> scoreChanges, ReportDeadline deadline,
                       Map<String, NextStepFacts> nextSteps) {

    /** How many agencies the best and weakest lists hold. */
    public static final int LISTED = 10;
    /** How many agencies each list of the largest rises and falls holds. */
    public static final int MOVERS = 5;

    /**
     * Freezes the collections.
     *
     * @param headline        the headline figures with the previous stored month's and the change
     * @param movers          the agencies scored in both months, or {@code null} when no earlier scores are stored
     * @param turned          the programs whose net sentiment turned negative, or {@code null} when no earlier
     *                        sentiment is stored
     * @param missing         the agencies that sent no report, by type then id
     * @param mostMissing     the type with most agencies that sent no report (the first type on ties), or {@code null}
     * @param best            the {@link #LISTED} highest scores, ties by id
     * @param weakest         the {@link #LISTED} lowest scores, ties by id
     * @param byCoverage      the narratives that targeted someone, highest coverage first, ties by id
     * @param untargeted      the narratives that targeted no active agency
     * @param bySentiment     the programs, highest net sentiment first, ties by tag
     * @param byVoice         the programs, largest share of voice first, ties by tag
     * @param goodAgencies    agencies rated SANGAT_BAIK or BAIK
     * @param goodPct         their share of the active agencies, or {@code null} when there are none
     * @param veryPoor        agencies rated SANGAT_KURANG
     * @param veryPoorPct     their share of the active agencies, or {@code null} when there are none
     * @param inputRows       rows of the five files together
     * @param rejectedRows    of those, rejected
     * @param rejectedPct     100 × rejected / rows, or {@code null} when there are no rows
     * @param topRule         the file and rule with most rejects (the first in file and rule order on ties), or
     *                        {@code null} when nothing was rejected
     * @param scoreChanges    the score now and in the previous stored month, by agency id, for the agencies
     *                        scored in both
     * @param deadline        the month's report deadline and the next month's, as the scorecards name them
     * @param nextSteps       what each active agency has to do (SPEC 7.7), by agency id in figures order
     */
    public Findings {
        missing = Frozen.list(missing);
        best = Frozen.list(best);
        weakest = Frozen.list(weakest);
        byCoverage = Frozen.list(byCoverage);
        bySentiment = Frozen.list(bySentiment);
        byVoice = Frozen.list(byVoice);
        scoreChanges = Frozen.map(scoreChanges);
        nextSteps = Frozen.map(nextSteps);
    }

    /**
     * @param figures      the month's figures
     * @param settings     the settings they were evaluated with (the deadline day)
     * @param inputs       each input file's counts
     * @param rejectCounts rejects by file and rule, files in reading order, rules in code order
     * @param history      earlier stored months, oldest first
     * @param previousMonth the latest stored month before this one with its agency scores and program
     *                     sentiment, or {@code null} when none is stored
     * @return what the figures say
     */
    public static Findings of(MonthlyFigures figures, EvaluationSettings settings, List<InputSummary> inputs,
                              List<RejectCount> rejectCounts, List<MonthHistory> history, PreviousMonth previousMonth) {
        Optional<PreviousMonth> previous = Optional.ofNullable(previousMonth);
        Movers movers = previous.filter(p -> !p.scores().isEmpty()).map(p -> movers(figures, p)).orElse(null);
        Turned turned = previous.filter(p -> !p.netSentiment().isEmpty())
                .map(p -> new Turned(p.period(), turnedNegative(figures.media(), p))).orElse(null);
        Map<String, Change> changes = new LinkedHashMap<>();
        if (movers != null) {
            movers.all().forEach(m -> changes.put(m.agency().agencyId(), Change.of(m.agency().score(), m.previous())));
        }
        List<NarrativeFigures> byCoverage = byCoverage(figures.narratives());
        Map<Category, Long> c = figures.national().categories();
        long active = figures.national().activeAgencies();
        long good = c.get(Category.SANGAT_BAIK) + c.get(Category.BAIK);
        long veryPoor = c.get(Category.SANGAT_KURANG);
        long rows = inputs.stream().mapToLong(InputSummary::rows).sum();
        long rejected = inputs.stream().mapToLong(InputSummary::rejected).sum();
        RejectCount top = rejectCounts.stream().max(Comparator.comparingLong(RejectCount::count)).orElse(null);
        ReportDeadline deadline = ReportDeadline.of(figures, settings.deadlineDay());
        Map<String, NextStepFacts> nextSteps = new LinkedHashMap<>();
        figures.agencies().forEach(a -> nextSteps.put(a.agencyId(), NextStepFacts.of(a)));
        return new Findings(Headline.of(figures, history), movers, turned, missing(figures), mostMissing(figures),
                best(figures.agencies(), LISTED), weakest(figures.agencies(), LISTED), byCoverage,
                figures.narratives().size() - byCoverage.size(), bySentiment(figures.media()), byVoice(figures.media()),
                good, Scoring.percent(good, active), veryPoor, Scoring.percent(veryPoor, active), rows, rejected,
                Scoring.percent(rejected, rows), rejected == 0 ? null : top, changes, deadline, nextSteps);
    }

    /** @return the narrative with the lowest coverage (the last by id on ties), if any narrative targeted someone */
    public Optional<NarrativeFigures> lowestCoverage() {
        return byCoverage.isEmpty() ? Optional.empty() : Optional.of(byCoverage.get(byCoverage.size() - 1));
    }

    /** @return the program with the largest share of voice, ties by tag, if any program was tagged */
    public Optional<Map.Entry<String, ProgramFigures>> loudest() {
        return byVoice.isEmpty() ? Optional.empty() : Optional.of(byVoice.get(0));
    }

    /** @return the agencies scored in both months, if earlier scores are stored */
    public Optional<Movers> moversSince() {
        return Optional.ofNullable(movers);
    }

    /** @return the programs whose net sentiment turned negative, if earlier sentiment is stored */
    public Optional<Turned> turnedSince() {
        return Optional.ofNullable(turned);
    }

    /** @return the type with most agencies that sent no report, if any sent none */
    public Optional<TypeCount> mostMissingType() {
        return Optional.ofNullable(mostMissing);
    }

    /** @return the file and rule with most rejects, if any row was rejected */
    public Optional<RejectCount> topRejectRule() {
        return Optional.ofNullable(topRule);
    }

    /**
     * One headline figure this month and in the previous stored month.
     *
     * @param now    this month's value, or {@code null} when it has none
     * @param then   the previous stored month's, or {@code null} when none is stored or it had none
     * @param change now − then, or {@code null} when either is missing (for net sentiment, in
     *               percentage points)
     */
    public record Change(Double now, Double then, Double change) {

        static Change of(Double now, Double then) {
            return new Change(now, then, now == null || then == null ? null : now - then);
        }
    }

    /**
     * The executive summary's table.
     *
     * @param previous         the previous stored month, or {@code null}
     * @param activeAgencies   agencies active
     * @param reportsOnTimePct the share of active agencies whose report came on time
     * @param narratives       narratives issued
     * @param coveragePct      national coverage
     * @param timelinessPct    national timeliness
     * @param meanScore        national mean score
     * @param mediaItems       media items
     * @param netSentiment     media net sentiment (a ratio; its change in percentage points)
     */
    public record Headline(YearMonth previous, Change activeAgencies, Change reportsOnTimePct, Change narratives,
                           Change coveragePct, Change timelinessPct, Change meanScore, Change mediaItems,
                           Change netSentiment) {

        static Headline of(MonthlyFigures figures, List<MonthHistory> history) {
            MonthHistory now = MonthHistory.of(figures);
            MonthHistory then = history.isEmpty() ? null : history.get(history.size() - 1);
            return new Headline(then == null ? null : then.period(),
                    Change.of((double) now.activeAgencies(), then == null ? null : (double) then.activeAgencies()),
                    Change.of(now.reportsOnTimePct(), then == null ? null : then.reportsOnTimePct()),
                    Change.of((double) now.narratives(), then == null ? null : (double) then.narratives()),
                    Change.of(now.coveragePct(), then == null ? null : then.coveragePct()),
                    Change.of(now.timelinessPct(), then == null ? null : then.timelinessPct()),
                    Change.of(now.meanScore(), then == null ? null : then.meanScore()),
                    Change.of((double) now.mediaItems(), then == null ? null : (double) then.mediaItems()),
                    new Change(now.netSentiment(), then == null ? null : then.netSentiment(),
                            then == null ? null : difference(percent(now.netSentiment()), percent(then.netSentiment()))));
        }

        private static Double difference(Double now, Double then) {
            return now == null || then == null ? null : now - then;
        }

        private static Double percent(Double ratio) {
            return ratio == null ? null : 100 * ratio;
        }
    }

    /**
     * An agency whose score moved since the previous stored month.
     *
     * @param agency   its figures this month
     * @param previous its score then
     */
    public record Mover(AgencyFigures agency, double previous) {

        /** @return its score now minus its score then */
        public double change() {
            return agency.score() - previous;
        }
    }

    /**
     * The agencies scored in this month and the previous stored one.
     *
     * @param then  the previous stored month
     * @param all   every agency scored in both, by id
     * @param rises at most {@link #MOVERS} whose score rose, the largest rise first
     * @param falls at most {@link #MOVERS} whose score fell, the largest fall first
     */
    public record Movers(YearMonth then, List<Mover> all, List<Mover> rises, List<Mover> falls) {

        /**
         * Freezes the collections.
         *
         * @param then  the previous stored month
         * @param all   every agency scored in both, by id
         * @param rises at most {@link #MOVERS} whose score rose, the largest rise first
         * @param falls at most {@link #MOVERS} whose score fell, the largest fall first
         */
        public Movers {
            all = Frozen.list(all);
            rises = Frozen.list(rises);
            falls = Frozen.list(falls);
        }
    }

    /**
     * A program whose net sentiment was zero or positive in the previous stored month and is negative now.
     *
     * @param program  the program tag
     * @param previous its net sentiment then
     * @param current  its net sentiment now
     */
    public record TurnedNegative(String program, double previous, double current) {
    }

    /**
     * The programs whose net sentiment turned negative since the previous stored month.
     *
     * @param then     the previous stored month
     * @param programs every such program, by tag
     */
    public record Turned(YearMonth then, List<TurnedNegative> programs) {

        /**
         * Freezes the collections.
         *
         * @param then     the previous stored month
         * @param programs every such program, by tag
         */
        public Turned {
            programs = Frozen.list(programs);
        }
    }

    /**
     * Agencies of one type.
     *
     * @param type  the type
     * @param count how many
     */
    public record TypeCount(AgencyType type, long count) {
    }

    static Movers movers(MonthlyFigures figures, PreviousMonth previous) {
        List<Mover> movers = new ArrayList<>();
        for (AgencyFigures a : figures.agencies()) {
            Double before = previous.scores().get(a.agencyId());
            if (before != null) {
                movers.add(new Mover(a, before));
            }
        }
        return new Movers(previous.period(), movers, rises(movers, MOVERS), falls(movers, MOVERS));
    }

    static List<Mover> rises(List<Mover> movers, int n) {
        return movers.stream().filter(m -> m.change() > 0)
                .sorted(Comparator.comparingDouble(Mover::change).reversed().thenComparing(m -> m.agency().agencyId()))
                .limit(n).toList();
    }

    static List<Mover> falls(List<Mover> movers, int n) {
        return movers.stream().filter(m -> m.change() < 0)
                .sorted(Comparator.comparingDouble(Mover::change).thenComparing(m -> m.agency().agencyId()))
                .limit(n).toList();
    }

    static List<TurnedNegative> turnedNegative(MediaFigures media, PreviousMonth previous) {
        List<TurnedNegative> turned = new ArrayList<>();
        for (Map.Entry<String, ProgramFigures> e : media.programs().entrySet()) {
            Double before = previous.netSentiment().get(e.getKey());
            if (before != null && before >= 0 && e.getValue().netSentiment() < 0) {
                turned.add(new TurnedNegative(e.getKey(), before, e.getValue().netSentiment()));
            }
        }
        return turned;
    }

    static List<AgencyFigures> missing(MonthlyFigures figures) {
        return figures.agencies().stream().filter(a -> a.report() == ReportStatus.MISSING)
                .sorted(Comparator.comparing(AgencyFigures::type, figures.types().order()).thenComparing(AgencyFigures::agencyId))
                .toList();
    }

    static TypeCount mostMissing(MonthlyFigures figures) {
        Map<AgencyType, Long> byType = new LinkedHashMap<>();
        figures.national().reportsByType().forEach((type, counts) ->
                byType.put(type, counts.getOrDefault(ReportStatus.MISSING, 0L)));
        // ties go to the type documents list first
        return byType.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Comparator.comparingLong((Map.Entry<AgencyType, Long> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, figures.types().order().reversed()))
                .map(e -> new TypeCount(e.getKey(), e.getValue())).orElse(null);
    }

    static List<AgencyFigures> best(List<AgencyFigures> agencies, int n) {
        return agencies.stream()
                .sorted(Comparator.comparingDouble(AgencyFigures::score).reversed().thenComparing(AgencyFigures::agencyId))
                .limit(n).toList();
    }

    static List<AgencyFigures> weakest(List<AgencyFigures> agencies, int n) {
        return agencies.stream()
                .sorted(Comparator.comparingDouble(AgencyFigures::score).thenComparing(AgencyFigures::agencyId))
                .limit(n).toList();
    }

    static List<NarrativeFigures> byCoverage(List<NarrativeFigures> narratives) {
        return narratives.stream().filter(n -> n.coveragePct() != null)
                .sorted(Comparator.comparing(NarrativeFigures::coveragePct, Comparator.reverseOrder())
                        .thenComparing(NarrativeFigures::narrativeId))
                .toList();
    }

    static List<Map.Entry<String, ProgramFigures>> bySentiment(MediaFigures media) {
        return media.programs().entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, ProgramFigures> e) -> e.getValue().netSentiment())
                        .reversed().thenComparing(Map.Entry::getKey))
                .toList();
    }

    static List<Map.Entry<String, ProgramFigures>> byVoice(MediaFigures media) {
        return media.programs().entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, ProgramFigures> e) -> e.getValue().items())
                        .reversed().thenComparing(Map.Entry::getKey))
                .toList();
    }
}
