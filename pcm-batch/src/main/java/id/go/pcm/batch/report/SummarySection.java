package id.go.pcm.batch.report;

import id.go.pcm.evaluation.Findings;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.NationalFigures;
import id.go.pcm.report.ReportStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The executive summary, one page: the headline figures beside the previous stored month's with the
 * change, then the findings as sentences (reports, dissemination, movers, sentiment turned negative,
 * performance bands, data quality).
 */
final class SummarySection implements Section {

    /** How many agencies the summary names among the largest rises and falls. */
    static final int MOVERS = 3;
    /** How many programs the summary names among those whose sentiment turned negative. */
    static final int TURNED = 5;
    /** Names and titles in the summary's sentences are cut to this many characters, to keep it on one page. */
    static final int NAME_LIMIT = 60;

    @Override
    public String key() {
        return "summary";
    }

    @Override
    public void write(ReportContext r) {
        MonthlyFigures f = r.figures;
        r.frame.paragraph(r.t("summary.intro", r.month(), r.formats.integer(f.national().activeAgencies()),
                r.formats.dateTime(f.asOf())));
        com.lowagie.text.pdf.PdfPTable headline = headline(r);
        r.frame.subheading(r.t("summary.headline"), r.frame.keep(headline));
        r.frame.table(headline);
        r.frame.subheading(r.t("summary.findings"), 120);
        r.frame.bullets(findings(r));
    }

    private static com.lowagie.text.pdf.PdfPTable headline(ReportContext r) {
        Findings.Headline h = r.findings.headline();
        Formats fm = r.formats;
        String then = h.previous() == null ? r.t("summary.no_previous_month") : fm.month(h.previous());
        Tables.Builder t = r.tables.of(new float[]{4.2f, 2.2f, 2.2f, 1.8f}, r.t("summary.col.indicator"),
                r.t("summary.col.this_month", r.month()), r.t("summary.col.previous", then), r.t("summary.col.change"))
                .right(1, 2, 3).large();
        Function<Double, String> count = v -> fm.integer(v.longValue());
        t.row(r.t("headline.active_agencies"), count.apply(h.activeAgencies().now()),
                prev(h, h.activeAgencies().then(), count), prev(h, h.activeAgencies().change(), v -> fm.changeCount(v.longValue())));
        t.row(r.t("headline.reports_on_time"), r.t("headline.share_and_count", fm.percent(h.reportsOnTimePct().now()),
                        fm.integer(r.figures.national().reports().get(ReportStatus.ON_TIME))),
                prev(h, h.reportsOnTimePct().then(), fm::percent), prev(h, h.reportsOnTimePct().change(), fm::changePoints));
        t.row(r.t("headline.narratives"), count.apply(h.narratives().now()), prev(h, h.narratives().then(), count),
                prev(h, h.narratives().change(), v -> fm.changeCount(v.longValue())));
        t.row(r.t("headline.coverage"), fm.percent(h.coveragePct().now()), prev(h, h.coveragePct().then(), fm::percent),
                prev(h, h.coveragePct().change(), fm::changePoints));
        t.row(r.t("headline.timeliness"), fm.percent(h.timelinessPct().now()), prev(h, h.timelinessPct().then(), fm::percent),
                prev(h, h.timelinessPct().change(), fm::changePoints));
        t.row(r.t("headline.mean_score"), fm.decimal(h.meanScore().now()), prev(h, h.meanScore().then(), fm::decimal),
                prev(h, h.meanScore().change(), fm::change));
        t.row(r.t("headline.media_items"), count.apply(h.mediaItems().now()), prev(h, h.mediaItems().then(), count),
                prev(h, h.mediaItems().change(), v -> fm.changeCount(v.longValue())));
        t.row(r.t("headline.net_sentiment"), fm.signedRatio(h.netSentiment().now()),
                prev(h, h.netSentiment().then(), fm::signedRatio), prev(h, h.netSentiment().change(), fm::changePoints));
        return t.build();
    }

    /** Without a previous month the column shows a dash (counts are never missing when there is one). */
    private static String prev(Findings.Headline h, Double value, Function<Double, String> format) {
        return h.previous() == null ? Formats.NONE : format.apply(value);
    }

    private static List<String> findings(ReportContext r) {
        List<String> sentences = new ArrayList<>();
        sentences.add(reports(r));
        dissemination(r).ifPresent(sentences::add);
        sentences.addAll(movers(r));
        sentences.add(sentiment(r));
        sentences.add(categories(r));
        sentences.add(rejects(r));
        return sentences;
    }

    private static String reports(ReportContext r) {
        NationalFigures n = r.figures.national();
        Formats fm = r.formats;
        String sentence = r.t("finding.reports", fm.integer(n.reports().get(ReportStatus.ON_TIME)),
                fm.integer(n.activeAgencies()), fm.percent(n.reportsOnTimePct()), fm.integer(n.reports().get(ReportStatus.LATE)),
                fm.integer(n.reports().get(ReportStatus.MISSING)));
        return r.findings.mostMissingType()
                .map(e -> sentence + " " + r.t("finding.missing_type", r.types.many(e.type()),
                        fm.integer(e.count()), r.t("section.reports")))
                .orElse(sentence);
    }

    private static Optional<String> dissemination(ReportContext r) {
        NationalFigures n = r.figures.national();
        return Optional.of(r.findings.lowestCoverage()
                .map(lowest -> r.t("finding.dissemination", r.formats.integer(n.narratives()), r.formats.percent(n.coveragePct()),
                        r.formats.percent(n.timelinessPct()), lowest.narrativeId(), Charts.shorten(lowest.title(), NAME_LIMIT),
                        r.formats.percent(lowest.coveragePct())))
                .orElse(r.t("finding.no_narratives")));
    }

    private static List<String> movers(ReportContext r) {
        Optional<Findings.Movers> movers = r.findings.moversSince();
        if (movers.isEmpty()) {
            return List.of(r.t("finding.movers_unknown"));
        }
        String then = r.formats.month(movers.get().then());
        List<Findings.Mover> rises = first(movers.get().rises(), MOVERS);
        List<Findings.Mover> falls = first(movers.get().falls(), MOVERS);
        List<String> sentences = new ArrayList<>();
        sentences.add(rises.isEmpty() ? r.t("finding.rises_none", then) : r.t("finding.rises", then, moverList(r, rises)));
        sentences.add(falls.isEmpty() ? r.t("finding.falls_none", then) : r.t("finding.falls", then, moverList(r, falls)));
        return sentences;
    }

    private static <T> List<T> first(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    private static String moverList(ReportContext r, List<Findings.Mover> movers) {
        List<String> names = new ArrayList<>();
        for (Findings.Mover m : movers) {
            names.add(r.t("finding.mover", Charts.shorten(m.agency().name(), NAME_LIMIT), r.formats.change(m.change()),
                    r.formats.decimal(m.previous()), r.formats.decimal(m.agency().score())));
        }
        return String.join(r.t("list.separator"), names);
    }

    private static String sentiment(ReportContext r) {
        var media = r.figures.media();
        Formats fm = r.formats;
        String sentence = media.items() == 0 ? r.t("finding.media_none")
                : r.findings.loudest().map(e -> r.t("finding.media", fm.integer(media.items()),
                        fm.signedRatio(media.netSentiment()), Charts.shorten(e.getKey(), NAME_LIMIT),
                        fm.ratio(e.getValue().shareOfVoice())))
                .orElse(r.t("finding.media_untagged", fm.integer(media.items()), fm.signedRatio(media.netSentiment())));
        Optional<Findings.Turned> since = r.findings.turnedSince();
        if (since.isEmpty()) {
            return sentence + " " + r.t("finding.turned_negative_unknown");
        }
        String then = fm.month(since.get().then());
        List<Findings.TurnedNegative> turned = since.get().programs();
        if (turned.isEmpty()) {
            return sentence + " " + r.t("finding.turned_negative_none", then);
        }
        List<String> programs = new ArrayList<>();
        for (Findings.TurnedNegative t : first(turned, TURNED)) {
            programs.add(r.t("finding.turned", Charts.shorten(t.program(), NAME_LIMIT), fm.signedRatio(t.previous()),
                    fm.signedRatio(t.current())));
        }
        if (turned.size() > TURNED) {
            programs.add(r.t("finding.turned_more", fm.integer(turned.size() - TURNED), r.t("section.media")));
        }
        return sentence + " " + r.t("finding.turned_negative", then, String.join(r.t("list.separator"), programs));
    }

    private static String categories(ReportContext r) {
        Findings f = r.findings;
        Formats fm = r.formats;
        return r.t("finding.categories", fm.decimal(r.figures.national().meanScore()), fm.integer(f.goodAgencies()),
                fm.percent(f.goodPct()), fm.integer(f.veryPoor()), fm.percent(f.veryPoorPct()));
    }

    private static String rejects(ReportContext r) {
        Findings f = r.findings;
        return f.topRejectRule()
                .map(top -> r.t("finding.rejects", r.formats.integer(f.rejectedRows()), r.formats.integer(f.inputRows()),
                        r.formats.percent(f.rejectedPct()), top.rule(), top.file(), r.formats.integer(top.count()),
                        r.t("section.quality")))
                .orElse(r.t("finding.rejects_none", r.formats.integer(f.inputRows())));
    }
}
