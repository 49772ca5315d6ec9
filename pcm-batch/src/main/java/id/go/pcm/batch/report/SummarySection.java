package id.go.pcm.batch.report;

import id.go.pcm.batch.history.MonthHistory;
import id.go.pcm.batch.history.PreviousMonth;
import id.go.pcm.evaluation.Category;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.NarrativeFigures;
import id.go.pcm.evaluation.NationalFigures;
import id.go.pcm.report.ReportStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Optional<MonthHistory> before = r.previous();
        NationalFigures n = r.figures.national();
        MonthHistory now = MonthHistory.of(r.figures);
        String then = before.map(m -> r.formats.month(m.period())).orElse(r.t("summary.no_previous_month"));
        Tables.Builder t = r.tables.of(new float[]{4.2f, 2.2f, 2.2f, 1.8f}, r.t("summary.col.indicator"),
                r.t("summary.col.this_month", r.month()), r.t("summary.col.previous", then), r.t("summary.col.change"))
                .right(1, 2, 3).large();
        Formats fm = r.formats;
        t.row(r.t("headline.active_agencies"), fm.integer(n.activeAgencies()),
                prev(before, m -> fm.integer(m.activeAgencies())),
                prev(before, m -> fm.changeCount(now.activeAgencies() - m.activeAgencies())));
        t.row(r.t("headline.reports_on_time"),
                r.t("headline.share_and_count", fm.percent(n.reportsOnTimePct()), fm.integer(n.reports().get(ReportStatus.ON_TIME))),
                prev(before, m -> fm.percent(m.reportsOnTimePct())),
                prev(before, m -> fm.changePoints(difference(now.reportsOnTimePct(), m.reportsOnTimePct()))));
        t.row(r.t("headline.narratives"), fm.integer(n.narratives()), prev(before, m -> fm.integer(m.narratives())),
                prev(before, m -> fm.changeCount(now.narratives() - m.narratives())));
        t.row(r.t("headline.coverage"), fm.percent(n.coveragePct()), prev(before, m -> fm.percent(m.coveragePct())),
                prev(before, m -> fm.changePoints(difference(now.coveragePct(), m.coveragePct()))));
        t.row(r.t("headline.timeliness"), fm.percent(n.timelinessPct()), prev(before, m -> fm.percent(m.timelinessPct())),
                prev(before, m -> fm.changePoints(difference(now.timelinessPct(), m.timelinessPct()))));
        t.row(r.t("headline.mean_score"), fm.decimal(n.meanScore()), prev(before, m -> fm.decimal(m.meanScore())),
                prev(before, m -> fm.change(difference(now.meanScore(), m.meanScore()))));
        t.row(r.t("headline.media_items"), fm.integer(r.figures.media().items()), prev(before, m -> fm.integer(m.mediaItems())),
                prev(before, m -> fm.changeCount(now.mediaItems() - m.mediaItems())));
        t.row(r.t("headline.net_sentiment"), fm.signedRatio(now.netSentiment()),
                prev(before, m -> fm.signedRatio(m.netSentiment())),
                prev(before, m -> fm.changePoints(difference(percent(now.netSentiment()), percent(m.netSentiment())))));
        return t.build();
    }

    private static String prev(Optional<MonthHistory> before, Function<MonthHistory, String> value) {
        return before.map(value).orElse(Formats.NONE);
    }

    private static Double difference(Double now, Double then) {
        return now == null || then == null ? null : now - then;
    }

    private static Double percent(Double ratio) {
        return ratio == null ? null : 100 * ratio;
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
        return Findings.mostMissing(r.figures)
                .map(e -> sentence + " " + r.t("finding.missing_type", r.texts.name("types", e.getKey()),
                        fm.integer(e.getValue()), r.t("section.reports")))
                .orElse(sentence);
    }

    private static Optional<String> dissemination(ReportContext r) {
        NationalFigures n = r.figures.national();
        List<NarrativeFigures> ranked = Findings.byCoverage(r.figures.narratives());
        if (ranked.isEmpty()) {
            return Optional.of(r.t("finding.no_narratives"));
        }
        NarrativeFigures lowest = ranked.get(ranked.size() - 1);
        return Optional.of(r.t("finding.dissemination", r.formats.integer(n.narratives()), r.formats.percent(n.coveragePct()),
                r.formats.percent(n.timelinessPct()), lowest.narrativeId(), Charts.shorten(lowest.title(), NAME_LIMIT),
                r.formats.percent(lowest.coveragePct())));
    }

    private static List<String> movers(ReportContext r) {
        Optional<PreviousMonth> previous = r.document.previousMonth();
        if (previous.isEmpty() || previous.get().scores().isEmpty()) {
            return List.of(r.t("finding.movers_unknown"));
        }
        List<Findings.Mover> movers = Findings.movers(r.figures, previous.get());
        String then = r.formats.month(previous.get().period());
        List<String> sentences = new ArrayList<>();
        List<Findings.Mover> rises = Findings.rises(movers, MOVERS);
        List<Findings.Mover> falls = Findings.falls(movers, MOVERS);
        sentences.add(rises.isEmpty() ? r.t("finding.rises_none", then) : r.t("finding.rises", then, moverList(r, rises)));
        sentences.add(falls.isEmpty() ? r.t("finding.falls_none", then) : r.t("finding.falls", then, moverList(r, falls)));
        return sentences;
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
                : Findings.loudest(media).map(e -> r.t("finding.media", fm.integer(media.items()),
                        fm.signedRatio(media.netSentiment()), Charts.shorten(e.getKey(), NAME_LIMIT),
                        fm.ratio(e.getValue().shareOfVoice())))
                .orElse(r.t("finding.media_untagged", fm.integer(media.items()), fm.signedRatio(media.netSentiment())));
        Optional<PreviousMonth> previous = r.document.previousMonth();
        if (previous.isEmpty() || previous.get().netSentiment().isEmpty()) {
            return sentence + " " + r.t("finding.turned_negative_unknown");
        }
        String then = fm.month(previous.get().period());
        List<Findings.TurnedNegative> turned = Findings.turnedNegative(media, previous.get());
        if (turned.isEmpty()) {
            return sentence + " " + r.t("finding.turned_negative_none", then);
        }
        List<String> programs = new ArrayList<>();
        for (Findings.TurnedNegative t : turned.subList(0, Math.min(TURNED, turned.size()))) {
            programs.add(r.t("finding.turned", Charts.shorten(t.program(), NAME_LIMIT), fm.signedRatio(t.previous()),
                    fm.signedRatio(t.current())));
        }
        if (turned.size() > TURNED) {
            programs.add(r.t("finding.turned_more", fm.integer(turned.size() - TURNED), r.t("section.media")));
        }
        return sentence + " " + r.t("finding.turned_negative", then, String.join(r.t("list.separator"), programs));
    }

    private static String categories(ReportContext r) {
        Map<Category, Long> c = r.figures.national().categories();
        long good = c.get(Category.SANGAT_BAIK) + c.get(Category.BAIK);
        long veryPoor = c.get(Category.SANGAT_KURANG);
        long active = r.figures.national().activeAgencies();
        Formats fm = r.formats;
        return r.t("finding.categories", fm.decimal(r.figures.national().meanScore()), fm.integer(good),
                fm.percent(share(good, active)), fm.integer(veryPoor), fm.percent(share(veryPoor, active)));
    }

    private static String rejects(ReportContext r) {
        long rows = r.document.inputs().stream().mapToLong(i -> i.rows()).sum();
        long rejected = r.document.inputs().stream().mapToLong(i -> i.rejected()).sum();
        if (rejected == 0) {
            return r.t("finding.rejects_none", r.formats.integer(rows));
        }
        var top = r.document.rejectCounts().stream()
                .max(java.util.Comparator.comparingLong(c -> c.count()))
                .orElseThrow();
        return r.t("finding.rejects", r.formats.integer(rejected), r.formats.integer(rows),
                r.formats.percent(share(rejected, rows)), top.rule(), top.file(), r.formats.integer(top.count()),
                r.t("section.quality"));
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
