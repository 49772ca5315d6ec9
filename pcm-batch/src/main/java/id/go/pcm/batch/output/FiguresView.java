package id.go.pcm.batch.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.go.pcm.InputSummary;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.evaluation.AgencyDetail;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.ChannelFigures;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.Findings;
import id.go.pcm.evaluation.MediaFigures;
import id.go.pcm.evaluation.MonthHistory;
import id.go.pcm.evaluation.NarrativeFigures;
import id.go.pcm.evaluation.NationalFigures;
import id.go.pcm.evaluation.PreviousMonth;
import id.go.pcm.evaluation.ProgramFigures;
import id.go.pcm.evaluation.RejectCount;
import id.go.pcm.media.Sentiment;
import id.go.pcm.report.ReportStatus;
import id.go.pcm.validation.Reject;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures JSON as values (SPEC 4): one record per object of the document, its components in the
 * document's key order, named by the mapper's snake-case strategy (or {@link JsonProperty} where a key
 * is not the snake case of its name). Each record is made from pcm-core's figures and findings by its
 * {@code of}; the mapping is the only logic here, no arithmetic. pcm-core stays free of Jackson.
 *
 * <p>Maps are written in their iteration order with keys as strings ({@code name()} for enumerations,
 * ISO dates), timestamps as ISO-8601 with the offset of the office's zone ({@code +07:00} in WIB), numbers unrounded, {@code null} where a figure has none.
 */
final class FiguresView {

    private FiguresView() {
    }

    /** The document. */
    record Figures(String schema, String period, String asOf, String zone, Map<String, Input> inputs, List<Type> types, National national, Media media,
                   List<Agency> agencies, List<Narrative> narratives, List<History> history, String previousPeriod,
                   Undrawable undrawableText, Rejects rejects, Headline headline, FindingsView findings,
                   Settings settings, List<Refused> submissionsRefused) {

        static Figures of(FiguresDocument document) {
            var figures = document.figures();
            ZoneId zone = figures.zone();
            Findings findings = document.findings();
            Map<String, Double> previousScores = document.previousMonth().map(PreviousMonth::scores).orElse(Map.of());
            Map<String, Double> previousSentiment = document.previousMonth().map(PreviousMonth::netSentiment).orElse(Map.of());
            Map<String, String> scorecards = ScorecardNames.of(figures.agencies().stream().map(AgencyFigures::agencyId).toList());
            String folder = "pcm-rapor-" + figures.period() + "/";
            return new Figures(FiguresJson.SCHEMA, figures.period().toString(),
                    figures.asOf().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), zone.getId(),
                    keyed(document.inputs(), InputSummary::file, Input::of),
                    figures.types().all().stream().map(Type::of).toList(), National.of(figures.national()),
                    Media.of(figures.media(), previousSentiment),
                    figures.agencies().stream().map(a -> Agency.of(a, figures.types().isParent(a.type()), previousScores.get(a.agencyId()),
                            findings.scoreChanges().get(a.agencyId()), folder + scorecards.get(a.agencyId()), zone)).toList(),
                    figures.narratives().stream().map(n -> Narrative.of(n, zone)).toList(),
                    document.history().stream().map(History::of).toList(),
                    document.previousMonth().map(p -> p.period().toString()).orElse(null),
                    Undrawable.of(document.undrawn()), Rejects.of(document, findings), Headline.of(findings.headline()),
                    FindingsView.of(findings), Settings.of(document.settings()),
                    document.submissionsRefused().stream().map(Refused::of).toList());
        }
    }

    /** A refused submission (SPEC 10.2): the file, or its sheet, the rule and the Indonesian message. */
    record Refused(String file, String rule, String messageId) {

        static Refused of(Reject reject) {
            return new Refused(reject.file(), reject.code().name(), reject.messageId());
        }
    }

    /** One of the month's types (SPEC 9.3): empty values null, {@code name_en} as given. */
    record Type(String type, String name, String nameEn, String parentType, String regionCode) {

        static Type of(AgencyType t) {
            return new Type(t.code(), t.nameId(), t.nameEn(), t.parentCode(), t.regionShape());
        }
    }

    /** One of the month's files; {@code files} lists what it was read from (SPEC 10.1), {@code sha256} that file's when one. */
    record Input(String sha256, long rows, long accepted, long rejected, Double rejectedPct, List<String> unknownColumns,
                 List<InputFile> files) {

        static Input of(InputSummary i) {
            return new Input(i.sha256(), i.rows(), i.accepted(), i.rejected(), i.rejectedPct(), i.unknownColumns(),
                    i.files().stream().map(f -> new InputFile(f.file(), f.sha256(), f.rows())).toList());
        }
    }

    /** A file read, as rejects name it ({@code dissemination.xlsx}), with its SHA-256 and rows. */
    record InputFile(String file, String sha256, long rows) {
    }

    record National(int activeAgencies, Map<String, Long> reports, int narratives, long targetedPairs, long coveredPairs,
                    long onTimePairs, Double coveragePct, Double timelinessPct, Map<String, ChannelFigures> channels,
                    Double meanScore, Map<String, Double> meanScoreByType, Map<String, Long> categories,
                    Double reportsOnTimePct, Map<String, Map<String, Long>> reportsByType,
                    Map<String, Long> firstEvidenceHours, Map<String, Long> activeByType,
                    Map<String, Map<String, Double>> reportsPctByType, Map<String, Map<String, Long>> categoriesByType,
                    ChannelFigures channelsTotal, Map<String, Double> channelSharePct) {

        static National of(NationalFigures n) {
            Map<String, Long> activeByType = new LinkedHashMap<>();
            Map<String, Map<String, Double>> reportsPct = new LinkedHashMap<>();
            for (AgencyType type : n.reportsByType().keySet()) {
                activeByType.put(type.code(), n.activeOf(type));
                Map<String, Double> pct = new LinkedHashMap<>();
                for (ReportStatus status : ReportStatus.values()) {
                    pct.put(status.name(), n.reportsPct(type, status));
                }
                reportsPct.put(type.code(), pct);
            }
            Map<String, Long> hours = new LinkedHashMap<>();
            n.firstEvidenceHours().forEach(band -> hours.put(band.key(), band.pairs()));
            return new National(n.activeAgencies(), named(n.reports()), n.narratives(), n.targetedPairs(), n.coveredPairs(),
                    n.onTimePairs(), n.coveragePct(), n.timelinessPct(), named(n.channels()), n.meanScore(),
                    named(n.meanScoreByType()), named(n.categories()), n.reportsOnTimePct(), nested(n.reportsByType()),
                    hours, activeByType, reportsPct, nested(n.categoriesByType()), n.channelTotal(),
                    named(n.channelSharePct()));
        }
    }

    record Media(long items, Map<String, Long> sentiment, Double netSentiment, Map<String, Program> programs,
                 long taggedItems, long untaggedItems, Map<String, Long> daily, List<Outlet> topOutlets,
                 Map<String, Long> narrativePickup) {

        static Media of(MediaFigures m, Map<String, Double> previousSentiment) {
            Map<String, Program> programs = new LinkedHashMap<>();
            m.programs().forEach((tag, p) -> programs.put(tag, Program.of(p, previousSentiment.get(tag))));
            return new Media(m.items(), named(m.sentiment()), m.netSentiment(), programs, m.taggedItems(), m.untaggedItems(),
                    named(m.daily()), m.topOutlets().stream().map(o -> new Outlet(o.outlet(), o.items(), m.sharePct(o))).toList(),
                    named(m.narrativePickup()));
        }
    }

    record Program(long items, @JsonProperty("POSITIVE") long positive, @JsonProperty("NEUTRAL") long neutral,
                   @JsonProperty("NEGATIVE") long negative, double netSentiment, double shareOfVoice,
                   Double previousNetSentiment, Map<String, Double> sentimentPct) {

        static Program of(ProgramFigures p, Double previous) {
            Map<String, Double> pct = new LinkedHashMap<>();
            for (Sentiment s : Sentiment.values()) {
                pct.put(s.name(), p.sentimentPct(s));
            }
            return new Program(p.items(), p.positive(), p.neutral(), p.negative(), p.netSentiment(), p.shareOfVoice(),
                    previous, pct);
        }
    }

    record Outlet(String outlet, long items, double sharePct) {
    }

    /** An agency: its figures, then the per-agency keys of SPEC 7 its scorecard prints. */
    record Agency(String agencyId, String name, String type, String report, double completeness, int targeted,
                  int covered, int onTime, @JsonProperty("R") double r, @JsonProperty("C") Double c,
                  @JsonProperty("T") Double t, double score, String category, Double previousScore, Double scoreChange,
                  int rankInType, int agenciesOfType, String parentId, String deadline, String submittedAt,
                  Completeness completenessItems, long superseded, List<Pair> pairs, long untargetedEvidence,
                  Map<String, ChannelFigures> channels, Map<String, Long> rejectedRows, long rejectedTotal,
                  List<RejectedRow> rejectedFirst, @JsonUnwrapped Province province, String scorecard) {

        static Agency of(AgencyFigures a, boolean parent, Double previousScore, Findings.Change change, String scorecard, ZoneId zone) {
            AgencyDetail d = a.detail();
            AgencyDetail.CompletenessItems items = d.completenessItems();
            return new Agency(a.agencyId(), a.name(), a.type().code(), a.report().name(), a.completeness(), a.targeted(),
                    a.covered(), a.onTime(), a.r(), a.c(), a.t(), a.score(), a.category().name(), previousScore,
                    change == null ? null : change.change(), d.rankInType(), d.ofType(), d.parentId(),
                    d.deadline().toString(), time(d.submittedAt(), zone),
                    items == null ? null : new Completeness(items.policies(), items.activities(), items.hasData(), items.hasAgenda()),
                    d.superseded(), d.pairs().stream().map(p -> Pair.of(p, zone)).toList(), d.untargetedEvidence(), named(d.channels()),
                    named(d.rejectedRows()), d.rejectedTotal(), d.rejectedFirst().stream().map(RejectedRow::of).toList(),
                    parent ? new Province(d.children(), d.childrenMeanScore()) : null, scorecard);
        }
    }

    record Completeness(boolean policies, boolean activities, boolean hasData, boolean hasAgenda) {
    }

    record Pair(String narrativeId, String firstEvidence, String status, String issuedAt, String dueAt) {

        static Pair of(AgencyDetail.PairFigures p, ZoneId zone) {
            return new Pair(p.narrativeId(), time(p.firstEvidence(), zone), p.status().name(), time(p.issuedAt(), zone),
                    time(p.dueAt(), zone));
        }
    }

    /** A province's keys, after the scorecard's; absent for other agencies. */
    record Province(List<String> children, Double childrenMeanScore) {
    }

    record RejectedRow(String file, long line, String rule, String recordId, String column, String messageId,
                       String messageEn) {

        static RejectedRow of(Reject r) {
            return new RejectedRow(r.file(), r.line(), r.code().name(), r.recordId(), r.column(), r.messageId(), r.messageEn());
        }
    }

    record Narrative(String narrativeId, String title, String program, String issuedAt, int dueHours, int targeted,
                     int covered, int onTime, Double coveragePct, Double timelinessPct, Double latePct, long pickup) {

        static Narrative of(NarrativeFigures n, ZoneId zone) {
            return new Narrative(n.narrativeId(), n.title(), n.program(), time(n.issuedAt(), zone), n.dueHours(), n.targeted(),
                    n.covered(), n.onTime(), n.coveragePct(), n.timelinessPct(), n.latePct(), n.pickup());
        }
    }

    record History(String period, Double meanScore, Double coveragePct, Double timelinessPct, Double reportsOnTimePct,
                   Double netSentiment, int activeAgencies, int narratives, long mediaItems) {

        static History of(MonthHistory h) {
            return new History(h.period().toString(), h.meanScore(), h.coveragePct(), h.timelinessPct(),
                    h.reportsOnTimePct(), h.netSentiment(), h.activeAgencies(), h.narratives(), h.mediaItems());
        }
    }

    /** What the data-quality section says of texts no embedded font can fully draw. */
    record Undrawable(int values, List<String> codePoints, boolean strict, List<Entry> entries) {

        record Entry(String kind, String key, String text, List<String> codePoints) {
        }

        static Undrawable of(UndrawnText undrawn) {
            return new Undrawable(undrawn.values().size(), codePoints(undrawn.codePoints()), undrawn.printing().strict(),
                    undrawn.values().stream().map(v -> new Entry(v.text().kind(), v.text().key(), v.text().text(),
                            codePoints(v.codePoints()))).toList());
        }

        private static List<String> codePoints(java.util.Collection<Integer> codePoints) {
            return codePoints.stream().map(cp -> String.format(Locale.ROOT, "U+%04X", cp)).toList();
        }
    }

    /** The data-quality section's figures: the rows of all files, the rejects by rule and the first rejected rows. */
    record Rejects(long rows, long rejected, Double rejectedPct, List<RejectCount> byRule, RejectCount topRule,
                   List<RejectedRow> first) {

        static Rejects of(FiguresDocument document, Findings f) {
            return new Rejects(f.inputRows(), f.rejectedRows(), f.rejectedPct(), document.rejectCounts(), f.topRule(),
                    document.firstRejects().stream().map(RejectedRow::of).toList());
        }
    }

    /** The executive summary's table: each figure this month, in the previous stored month, and the change. */
    record Headline(String previousPeriod, Change activeAgencies, Change reportsOnTimePct, Change narratives,
                    Change coveragePct, Change timelinessPct, Change meanScore, Change mediaItems, Change netSentiment) {

        static Headline of(Findings.Headline h) {
            return new Headline(period(h.previous()), Change.of(h.activeAgencies()), Change.of(h.reportsOnTimePct()),
                    Change.of(h.narratives()), Change.of(h.coveragePct()), Change.of(h.timelinessPct()),
                    Change.of(h.meanScore()), Change.of(h.mediaItems()), Change.of(h.netSentiment()));
        }
    }

    record Change(Double thisMonth, Double previous, Double change) {

        static Change of(Findings.Change c) {
            return new Change(c.now(), c.then(), c.change());
        }
    }

    /** What the summary and the sections select from the figures: rankings, movers, programs turned negative. */
    record FindingsView(List<String> missingReports, TypeCount mostMissingType, List<String> best, List<String> weakest,
                        List<String> narrativesByCoverage, String lowestCoverage, int untargetedNarratives,
                        List<String> programsBySentiment, List<String> programsByVoice, String loudestProgram,
                        long goodAgencies, Double goodPct, long veryPoorAgencies, Double veryPoorPct, Movers movers,
                        Turned turnedNegative) {

        static FindingsView of(Findings f) {
            return new FindingsView(ids(f.missing()), f.mostMissingType().map(TypeCount::of).orElse(null), ids(f.best()),
                    ids(f.weakest()), f.byCoverage().stream().map(NarrativeFigures::narrativeId).toList(),
                    f.lowestCoverage().map(NarrativeFigures::narrativeId).orElse(null), f.untargeted(),
                    f.bySentiment().stream().map(Map.Entry::getKey).toList(), f.byVoice().stream().map(Map.Entry::getKey).toList(),
                    f.loudest().map(Map.Entry::getKey).orElse(null), f.goodAgencies(), f.goodPct(), f.veryPoor(),
                    f.veryPoorPct(), f.moversSince().map(Movers::of).orElse(null), f.turnedSince().map(Turned::of).orElse(null));
        }

        private static List<String> ids(List<AgencyFigures> agencies) {
            return agencies.stream().map(AgencyFigures::agencyId).toList();
        }
    }

    record TypeCount(String type, long agencies) {

        static TypeCount of(Findings.TypeCount t) {
            return new TypeCount(t.type().code(), t.count());
        }
    }

    record Movers(String previousPeriod, int scoredInBoth, List<Mover> rises, List<Mover> falls) {

        static Movers of(Findings.Movers m) {
            return new Movers(period(m.then()), m.all().size(), m.rises().stream().map(Mover::of).toList(),
                    m.falls().stream().map(Mover::of).toList());
        }
    }

    record Mover(String agencyId, double previous, double score, double change) {

        static Mover of(Findings.Mover m) {
            return new Mover(m.agency().agencyId(), m.previous(), m.agency().score(), m.change());
        }
    }

    record Turned(String previousPeriod, List<Findings.TurnedNegative> programs) {

        static Turned of(Findings.Turned t) {
            return new Turned(period(t.then()), t.programs());
        }
    }

    /** The rules in force, as the method section prints them. */
    record Settings(Weights weights, int deadlineDay, int defaultDueHours, Bounds categoryBounds) {

        static Settings of(EvaluationSettings s) {
            return new Settings(new Weights(s.reportWeight(), s.coverageWeight(), s.timelinessWeight()), s.deadlineDay(),
                    s.defaultDueHours(), new Bounds(s.bounds().sangatBaik(), s.bounds().baik(), s.bounds().cukup(),
                    s.bounds().kurang()));
        }
    }

    record Weights(@JsonProperty("R") double r, @JsonProperty("C") double c, @JsonProperty("T") double t) {
    }

    record Bounds(@JsonProperty("SANGAT_BAIK") double sangatBaik, @JsonProperty("BAIK") double baik,
                  @JsonProperty("CUKUP") double cukup, @JsonProperty("KURANG") double kurang) {
    }

    /** Timestamps PCM writes are ISO-8601 with the office's offset (SPEC 7, 9.2); {@code null} stays null. */
    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null
                : instant.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String period(YearMonth period) {
        return period == null ? null : period.toString();
    }

    /**
     * A map with its keys as the JSON writes them ({@code name()} of an enumeration, a type's code, ISO
     * dates), in its own order.
     */
    private static <V> Map<String, V> named(Map<?, V> map) {
        Map<String, V> named = new LinkedHashMap<>();
        map.forEach((key, value) -> named.put(key(key), value));
        return named;
    }

    private static <V> Map<String, Map<String, V>> nested(Map<?, ? extends Map<?, V>> map) {
        Map<String, Map<String, V>> named = new LinkedHashMap<>();
        map.forEach((key, inner) -> named.put(key(key), named(inner)));
        return named;
    }

    private static String key(Object key) {
        return key instanceof Enum<?> e ? e.name() : key instanceof AgencyType type ? type.code() : key.toString();
    }

    private static <T, V> Map<String, V> keyed(List<T> values, Function<T, String> key, Function<T, V> value) {
        Map<String, V> keyed = new LinkedHashMap<>();
        values.forEach(v -> keyed.put(key.apply(v), value.apply(v)));
        return keyed;
    }
}
