package id.go.pcm.batch.output;

import id.go.pcm.InputSummary;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.batch.history.MonthHistory;
import id.go.pcm.batch.history.PreviousMonth;
import id.go.pcm.evaluation.AgencyDetail;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.Category;
import id.go.pcm.evaluation.ChannelFigures;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.MediaFigures;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.NarrativeFigures;
import id.go.pcm.evaluation.NationalFigures;
import id.go.pcm.evaluation.OutletCount;
import id.go.pcm.evaluation.ProgramFigures;
import id.go.pcm.media.Sentiment;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.report.ReportStatus;
import id.go.pcm.validation.Reject;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes {@code pcm-figures-YYYY-MM.json} (SPEC 4): the fixed keys of the contract, unrounded numbers,
 * {@code null} for a ratio with a zero denominator, keys in a fixed order so that the same figures
 * give the same bytes. Keys beyond the contract ({@code narratives}, {@code reports_by_type},
 * {@code previous_period}, each agency's {@code previous_score}, each program's
 * {@code previous_net_sentiment}, {@code undrawable_text}, {@code headline}, {@code findings},
 * {@code rejects}, {@code settings}, the national totals and shares, ...) carry every other figure
 * the PDFs print, so that a reader of the JSON never has to work one out.
 */
public final class FiguresJson {

    /** The schema name written in the document. */
    public static final String SCHEMA = "pcm-figures/1";

    private final JsonMapper mapper = JsonMapper.builder().build();

    /**
     * @param document the evaluation and its context
     * @return the JSON writer of that document, for {@link OutputFiles.Staging#write}
     */
    public OutputFiles.Content of(FiguresDocument document) {
        return out -> write(document, out);
    }

    /**
     * Writes the document.
     *
     * @param document the evaluation and its context
     * @param out      where to write; not closed
     */
    public void write(FiguresDocument document, OutputStream out) {
        mapper.writerWithDefaultPrettyPrinter().writeValue(out, tree(document));
    }

    ObjectNode tree(FiguresDocument document) {
        MonthlyFigures figures = document.figures();
        Findings findings = Findings.of(document);
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("period", figures.period().toString());
        root.put("as_of", figures.asOf().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        ObjectNode inputs = root.putObject("inputs");
        for (InputSummary input : document.inputs()) {
            ObjectNode file = inputs.putObject(input.file());
            file.put("sha256", input.sha256());
            file.put("rows", input.rows());
            file.put("accepted", input.accepted());
            file.put("rejected", input.rejected());
            file.put("rejected_pct", input.rejectedPct());
            ArrayNode unknown = file.putArray("unknown_columns");
            input.unknownColumns().forEach(unknown::add);
        }
        national(root.putObject("national"), figures.national());
        Map<String, Double> previousScores = document.previousMonth().map(PreviousMonth::scores).orElse(Map.of());
        Map<String, Double> previousSentiment = document.previousMonth().map(PreviousMonth::netSentiment).orElse(Map.of());
        media(root.putObject("media"), figures.media(), previousSentiment);
        ArrayNode agencies = root.putArray("agencies");
        Map<String, String> scorecards = ScorecardNames.of(figures.agencies().stream().map(AgencyFigures::agencyId).toList());
        String folder = "pcm-rapor-" + figures.period() + "/";
        figures.agencies().forEach(a -> {
            ObjectNode node = agencies.addObject();
            agency(node, a, previousScores.get(a.agencyId()), findings.scoreChanges().get(a.agencyId()));
            node.put("scorecard", folder + scorecards.get(a.agencyId()));
        });
        ArrayNode narratives = root.putArray("narratives");
        figures.narratives().forEach(n -> narrative(narratives.addObject(), n));
        ArrayNode history = root.putArray("history");
        document.history().forEach(h -> history(history.addObject(), h));
        root.put("previous_period", document.previousMonth().map(p -> p.period().toString()).orElse(null));
        undrawable(root.putObject("undrawable_text"), UndrawnText.of(document));
        rejects(root.putObject("rejects"), document, findings);
        headline(root.putObject("headline"), findings.headline());
        findings(root.putObject("findings"), findings);
        settings(root.putObject("settings"), document.settings());
        return root;
    }

    private static void national(ObjectNode node, NationalFigures n) {
        node.put("active_agencies", n.activeAgencies());
        counts(node.putObject("reports"), n.reports());
        node.put("narratives", n.narratives());
        node.put("targeted_pairs", n.targetedPairs());
        node.put("covered_pairs", n.coveredPairs());
        node.put("on_time_pairs", n.onTimePairs());
        node.put("coverage_pct", n.coveragePct());
        node.put("timeliness_pct", n.timelinessPct());
        channels(node.putObject("channels"), n.channels());
        node.put("mean_score", n.meanScore());
        ObjectNode byType = node.putObject("mean_score_by_type");
        n.meanScoreByType().forEach((type, mean) -> byType.put(type.name(), mean));
        counts(node.putObject("categories"), n.categories());
        node.put("reports_on_time_pct", n.reportsOnTimePct());
        ObjectNode reportsByType = node.putObject("reports_by_type");
        n.reportsByType().forEach((type, counts) -> counts(reportsByType.putObject(type.name()), counts));
        ObjectNode hours = node.putObject("first_evidence_hours");
        n.firstEvidenceHours().forEach(band -> hours.put(band.key(), band.pairs()));
        ObjectNode activeByType = node.putObject("active_by_type");
        ObjectNode reportsPct = node.putObject("reports_pct_by_type");
        for (AgencyType type : AgencyType.values()) {
            activeByType.put(type.name(), n.activeOf(type));
            ObjectNode pct = reportsPct.putObject(type.name());
            for (ReportStatus status : ReportStatus.values()) {
                pct.put(status.name(), n.reportsPct(type, status));
            }
        }
        ObjectNode categoriesByType = node.putObject("categories_by_type");
        n.categoriesByType().forEach((type, counts) -> counts(categoriesByType.putObject(type.name()), counts));
        ChannelFigures total = n.channelTotal();
        ObjectNode channelTotal = node.putObject("channels_total");
        channelTotal.put("evidence", total.evidence());
        channelTotal.put("reach", total.reach());
        channelTotal.put("engagement", total.engagement());
        ObjectNode shares = node.putObject("channel_share_pct");
        n.channelSharePct().forEach((channel, share) -> shares.put(channel.name(), share));
    }

    private static void media(ObjectNode node, MediaFigures m, Map<String, Double> previousSentiment) {
        node.put("items", m.items());
        counts(node.putObject("sentiment"), m.sentiment());
        node.put("net_sentiment", m.netSentiment());
        ObjectNode programs = node.putObject("programs");
        for (Map.Entry<String, ProgramFigures> e : m.programs().entrySet()) {
            ProgramFigures p = e.getValue();
            ObjectNode program = programs.putObject(e.getKey());
            program.put("items", p.items());
            program.put("POSITIVE", p.positive());
            program.put("NEUTRAL", p.neutral());
            program.put("NEGATIVE", p.negative());
            program.put("net_sentiment", p.netSentiment());
            program.put("share_of_voice", p.shareOfVoice());
            program.put("previous_net_sentiment", previousSentiment.get(e.getKey()));
            ObjectNode pct = program.putObject("sentiment_pct");
            for (Sentiment s : Sentiment.values()) {
                pct.put(s.name(), p.sentimentPct(s));
            }
        }
        node.put("tagged_items", m.taggedItems());
        node.put("untagged_items", m.untaggedItems());
        counts(node.putObject("daily"), m.daily());
        ArrayNode outlets = node.putArray("top_outlets");
        for (OutletCount outlet : m.topOutlets()) {
            ObjectNode o = outlets.addObject();
            o.put("outlet", outlet.outlet());
            o.put("items", outlet.items());
            o.put("share_pct", m.sharePct(outlet));
        }
        counts(node.putObject("narrative_pickup"), m.narrativePickup());
    }

    private static void agency(ObjectNode node, AgencyFigures a, Double previousScore, Findings.Change change) {
        node.put("agency_id", a.agencyId());
        node.put("name", a.name());
        node.put("type", a.type().name());
        node.put("report", a.report().name());
        node.put("completeness", a.completeness());
        node.put("targeted", a.targeted());
        node.put("covered", a.covered());
        node.put("on_time", a.onTime());
        node.put("R", a.r());
        node.put("C", a.c());
        node.put("T", a.t());
        node.put("score", a.score());
        node.put("category", a.category().name());
        node.put("previous_score", previousScore);
        node.put("score_change", change == null ? null : change.change());
        scorecard(node, a);
    }

    /** The per-agency keys of SPEC 7, with the few more its scorecard prints. */
    private static void scorecard(ObjectNode node, AgencyFigures a) {
        AgencyDetail d = a.detail();
        node.put("rank_in_type", d.rankInType());
        node.put("agencies_of_type", d.ofType());
        node.put("parent_id", d.parentId());
        node.put("deadline", d.deadline().toString());
        node.put("submitted_at", wib(d.submittedAt()));
        if (d.completenessItems() == null) {
            node.putNull("completeness_items");
        } else {
            ObjectNode items = node.putObject("completeness_items");
            items.put("policies", d.completenessItems().policies());
            items.put("activities", d.completenessItems().activities());
            items.put("has_data", d.completenessItems().hasData());
            items.put("has_agenda", d.completenessItems().hasAgenda());
        }
        node.put("superseded", d.superseded());
        ArrayNode pairs = node.putArray("pairs");
        for (AgencyDetail.PairFigures pair : d.pairs()) {
            ObjectNode p = pairs.addObject();
            p.put("narrative_id", pair.narrativeId());
            p.put("first_evidence", wib(pair.firstEvidence()));
            p.put("status", pair.status().name());
            p.put("issued_at", wib(pair.issuedAt()));
            p.put("due_at", wib(pair.dueAt()));
        }
        node.put("untargeted_evidence", d.untargetedEvidence());
        channels(node.putObject("channels"), d.channels());
        counts(node.putObject("rejected_rows"), d.rejectedRows());
        node.put("rejected_total", d.rejectedTotal());
        rejectList(node.putArray("rejected_first"), d.rejectedFirst());
        if (a.type() == AgencyType.PROVINSI) {
            ArrayNode children = node.putArray("children");
            d.children().forEach(children::add);
            node.put("children_mean_score", d.childrenMeanScore());
        }
    }

    private static void rejectList(ArrayNode list, java.util.List<Reject> rejects) {
        for (Reject reject : rejects) {
            ObjectNode r = list.addObject();
            r.put("file", reject.file());
            r.put("line", reject.line());
            r.put("rule", reject.code().name());
            r.put("record_id", reject.recordId());
            r.put("column", reject.column());
            r.put("message_id", reject.messageId());
            r.put("message_en", reject.messageEn());
        }
    }

    /** The data-quality section's figures: the rows of all files, the rejects by rule and the first rejected rows. */
    private static void rejects(ObjectNode node, FiguresDocument document, Findings f) {
        node.put("rows", f.inputRows());
        node.put("rejected", f.rejectedRows());
        node.put("rejected_pct", f.rejectedPct());
        ArrayNode byRule = node.putArray("by_rule");
        document.rejectCounts().forEach(c -> ruleCount(byRule.addObject(), c));
        if (f.topRule() == null) {
            node.putNull("top_rule");
        } else {
            ruleCount(node.putObject("top_rule"), f.topRule());
        }
        rejectList(node.putArray("first"), document.firstRejects());
    }

    private static void ruleCount(ObjectNode node, FiguresDocument.RejectCount c) {
        node.put("file", c.file());
        node.put("rule", c.rule());
        node.put("count", c.count());
    }

    /** The executive summary's table: each figure this month, in the previous stored month, and the change. */
    private static void headline(ObjectNode node, Findings.Headline h) {
        node.put("previous_period", h.previous() == null ? null : h.previous().toString());
        change(node.putObject("active_agencies"), h.activeAgencies());
        change(node.putObject("reports_on_time_pct"), h.reportsOnTimePct());
        change(node.putObject("narratives"), h.narratives());
        change(node.putObject("coverage_pct"), h.coveragePct());
        change(node.putObject("timeliness_pct"), h.timelinessPct());
        change(node.putObject("mean_score"), h.meanScore());
        change(node.putObject("media_items"), h.mediaItems());
        change(node.putObject("net_sentiment"), h.netSentiment());
    }

    private static void change(ObjectNode node, Findings.Change c) {
        node.put("this_month", c.now());
        node.put("previous", c.then());
        node.put("change", c.change());
    }

    /** What the summary and the sections select from the figures: rankings, movers, programs turned negative. */
    private static void findings(ObjectNode node, Findings f) {
        ids(node.putArray("missing_reports"), f.missing().stream().map(AgencyFigures::agencyId));
        if (f.mostMissing() == null) {
            node.putNull("most_missing_type");
        } else {
            ObjectNode most = node.putObject("most_missing_type");
            most.put("type", f.mostMissing().type().name());
            most.put("agencies", f.mostMissing().count());
        }
        ids(node.putArray("best"), f.best().stream().map(AgencyFigures::agencyId));
        ids(node.putArray("weakest"), f.weakest().stream().map(AgencyFigures::agencyId));
        ids(node.putArray("narratives_by_coverage"), f.byCoverage().stream().map(NarrativeFigures::narrativeId));
        node.put("lowest_coverage", f.lowestCoverage().map(NarrativeFigures::narrativeId).orElse(null));
        node.put("untargeted_narratives", f.untargeted());
        ids(node.putArray("programs_by_sentiment"), f.bySentiment().stream().map(Map.Entry::getKey));
        ids(node.putArray("programs_by_voice"), f.byVoice().stream().map(Map.Entry::getKey));
        node.put("loudest_program", f.loudest().map(Map.Entry::getKey).orElse(null));
        node.put("good_agencies", f.goodAgencies());
        node.put("good_pct", f.goodPct());
        node.put("very_poor_agencies", f.veryPoor());
        node.put("very_poor_pct", f.veryPoorPct());
        if (f.movers() == null) {
            node.putNull("movers");
        } else {
            ObjectNode movers = node.putObject("movers");
            movers.put("previous_period", f.movers().then().toString());
            movers.put("scored_in_both", f.movers().all().size());
            movers(movers.putArray("rises"), f.movers().rises());
            movers(movers.putArray("falls"), f.movers().falls());
        }
        if (f.turned() == null) {
            node.putNull("turned_negative");
        } else {
            ObjectNode turned = node.putObject("turned_negative");
            turned.put("previous_period", f.turned().then().toString());
            ArrayNode programs = turned.putArray("programs");
            for (Findings.TurnedNegative t : f.turned().programs()) {
                ObjectNode p = programs.addObject();
                p.put("program", t.program());
                p.put("previous", t.previous());
                p.put("current", t.current());
            }
        }
    }

    private static void movers(ArrayNode list, java.util.List<Findings.Mover> movers) {
        for (Findings.Mover m : movers) {
            ObjectNode node = list.addObject();
            node.put("agency_id", m.agency().agencyId());
            node.put("previous", m.previous());
            node.put("score", m.agency().score());
            node.put("change", m.change());
        }
    }

    private static void ids(ArrayNode list, java.util.stream.Stream<String> ids) {
        ids.forEach(list::add);
    }

    /** The rules in force, as the method section prints them. */
    private static void settings(ObjectNode node, EvaluationSettings s) {
        ObjectNode weights = node.putObject("weights");
        weights.put("R", s.reportWeight());
        weights.put("C", s.coverageWeight());
        weights.put("T", s.timelinessWeight());
        node.put("deadline_day", s.deadlineDay());
        node.put("default_due_hours", s.defaultDueHours());
        ObjectNode bounds = node.putObject("category_bounds");
        bounds.put(Category.SANGAT_BAIK.name(), s.bounds().sangatBaik());
        bounds.put(Category.BAIK.name(), s.bounds().baik());
        bounds.put(Category.CUKUP.name(), s.bounds().cukup());
        bounds.put(Category.KURANG.name(), s.bounds().kurang());
    }

    /** Timestamps PCM writes are ISO-8601 in +07:00 (SPEC 7); {@code null} stays null. */
    private static String wib(Instant instant) {
        return instant == null ? null
                : instant.atZone(EvaluationMonth.WIB).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void channels(ObjectNode channels, Map<?, ChannelFigures> byChannel) {
        for (Map.Entry<?, ChannelFigures> e : byChannel.entrySet()) {
            ObjectNode channel = channels.putObject(e.getKey().toString());
            channel.put("evidence", e.getValue().evidence());
            channel.put("reach", e.getValue().reach());
            channel.put("engagement", e.getValue().engagement());
        }
    }

    private static void narrative(ObjectNode node, NarrativeFigures n) {
        node.put("narrative_id", n.narrativeId());
        node.put("title", n.title());
        node.put("program", n.program());
        node.put("issued_at", wib(n.issuedAt()));
        node.put("due_hours", n.dueHours());
        node.put("targeted", n.targeted());
        node.put("covered", n.covered());
        node.put("on_time", n.onTime());
        node.put("coverage_pct", n.coveragePct());
        node.put("timeliness_pct", n.timelinessPct());
        node.put("late_pct", n.latePct());
        node.put("pickup", n.pickup());
    }

    /** What the data-quality section says of texts no embedded font can fully draw. */
    private static void undrawable(ObjectNode node, UndrawnText undrawn) {
        node.put("values", undrawn.values().size());
        ArrayNode codePoints = node.putArray("code_points");
        undrawn.codePoints().forEach(cp -> codePoints.add(codePoint(cp)));
        node.put("strict", undrawn.printing().strict());
        ArrayNode entries = node.putArray("entries");
        for (UndrawnText.Value value : undrawn.values()) {
            ObjectNode entry = entries.addObject();
            entry.put("kind", value.text().kind());
            entry.put("key", value.text().key());
            entry.put("text", value.text().text());
            ArrayNode own = entry.putArray("code_points");
            value.codePoints().forEach(cp -> own.add(codePoint(cp)));
        }
    }

    private static String codePoint(int cp) {
        return String.format(java.util.Locale.ROOT, "U+%04X", cp);
    }

    private static void history(ObjectNode node, MonthHistory h) {
        node.put("period", h.period().toString());
        node.put("mean_score", h.meanScore());
        node.put("coverage_pct", h.coveragePct());
        node.put("timeliness_pct", h.timelinessPct());
        node.put("reports_on_time_pct", h.reportsOnTimePct());
        node.put("net_sentiment", h.netSentiment());
        node.put("active_agencies", h.activeAgencies());
        node.put("narratives", h.narratives());
        node.put("media_items", h.mediaItems());
    }

    private static void counts(ObjectNode node, Map<?, Long> counts) {
        counts.forEach((key, count) -> node.put(key.toString(), count));
    }
}
