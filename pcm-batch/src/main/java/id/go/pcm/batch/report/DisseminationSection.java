package id.go.pcm.batch.report;

import id.go.pcm.dissemination.Channel;
import id.go.pcm.evaluation.ChannelFigures;
import id.go.pcm.evaluation.NarrativeFigures;
import id.go.pcm.evaluation.NationalFigures;

import java.util.List;
import java.util.Map;

/**
 * Narratives and dissemination: coverage and timeliness per narrative (bars split over as many charts
 * as the narratives need), the list of narratives, the channel mix, and hours from issue to first
 * evidence.
 */
final class DisseminationSection implements Section {

    /** The most narratives in one chart: beyond it the chart is split, so bars keep a readable height. */
    static final int NARRATIVES_PER_CHART = 24;

    @Override
    public String key() {
        return "dissemination";
    }

    @Override
    public void write(ReportContext r) {
        NationalFigures n = r.figures.national();
        Formats fm = r.formats;
        r.frame.paragraph(r.t("narratives.intro", fm.integer(n.narratives()), fm.integer(n.targetedPairs()),
                fm.integer(n.coveredPairs()), fm.percent(n.coveragePct()), fm.integer(n.onTimePairs()),
                fm.percent(n.timelinessPct())));
        coverage(r);
        narrativeTable(r);
        channels(r, n);
        hours(r, n);
    }

    private static void coverage(ReportContext r) {
        List<NarrativeFigures> ranked = r.findings.byCoverage();
        if (ranked.isEmpty()) {
            r.frame.subheading(r.t("narratives.coverage"), 20);
            r.frame.paragraph(r.t("narratives.none"));
            return;
        }
        List<List<NarrativeFigures>> parts = Charts.split(ranked, NARRATIVES_PER_CHART);
        for (int p = 0; p < parts.size(); p++) {
            List<NarrativeFigures> part = parts.get(p);
            float height = part.size() * Charts.ROW + Charts.FRAME;
            if (p == 0) {
                r.frame.subheading(r.t("narratives.coverage"), height);
            }
            String caption = parts.size() == 1 ? r.t("narratives.chart.caption")
                    : r.t("narratives.chart.caption_part", r.formats.integer(p + 1), r.formats.integer(parts.size()));
            r.frame.figure(r.charts.narrativeCoverage(part), height, caption);
        }
        if (r.findings.untargeted() > 0) {
            r.frame.paragraph(r.t("narratives.untargeted", r.formats.integer(r.findings.untargeted())), r.styles.note);
        }
    }

    private static void narrativeTable(ReportContext r) {
        if (r.figures.narratives().isEmpty()) {
            return;
        }
        Formats fm = r.formats;
        Tables.Builder t = r.tables.of(new float[]{2.3f, 5.0f, 3.0f, 1.3f, 1.4f, 1.4f, 1.4f, 1.4f},
                r.t("col.narrative_id"), r.t("col.title"), r.t("col.program"), r.t("col.issued"),
                r.t("col.targeted"), r.t("col.coverage"), r.t("col.timeliness"), r.t("col.pickup"))
                .right(4, 5, 6, 7).small();
        for (NarrativeFigures n : r.figures.narratives()) {
            t.row(n.narrativeId(), n.title(), n.program(), fm.shortDate(n.issuedAt()),
                    fm.integer(n.targeted()), fm.percent(n.coveragePct()), fm.percent(n.timelinessPct()),
                    fm.integer(n.pickup()));
        }
        com.lowagie.text.pdf.PdfPTable table = t.build();
        r.frame.subheading(r.t("narratives.list"), r.frame.keep(table));
        r.frame.table(table);
    }

    private static void channels(ReportContext r, NationalFigures n) {
        Formats fm = r.formats;
        ChannelFigures total = n.channelTotal();
        Map<Channel, Double> shares = n.channelSharePct();
        float height = n.channels().size() * Charts.ROW + Charts.FRAME;
        r.frame.subheading(r.t("narratives.channels"), height + 40);
        r.frame.paragraph(r.t("narratives.channels.intro", fm.integer(total.evidence())));
        r.frame.figure(r.charts.channels(n.channels()), height, r.t("narratives.channels.caption"));
        Tables.Builder t = r.tables.of(new float[]{3, 2, 2, 2, 2.6f, 2.6f}, r.t("col.channel"), r.t("col.channel_kind"),
                r.t("col.evidence"), r.t("col.share"), r.t("col.reach"), r.t("col.engagement")).right(2, 3, 4, 5);
        for (Map.Entry<Channel, ChannelFigures> e : Charts.byUse(n.channels())) {
            ChannelFigures c = e.getValue();
            t.row(r.name("channel", e.getKey()), r.t(e.getKey().isOnline() ? "channel.online" : "channel.offline"),
                    fm.integer(c.evidence()), fm.percent(shares.get(e.getKey())),
                    fm.integer(c.reach()), fm.integer(c.engagement()));
        }
        t.boldRow(r.t("col.total"), "", fm.integer(total.evidence()), fm.percent(total.evidence() == 0 ? null : 100.0),
                fm.integer(total.reach()), fm.integer(total.engagement()));
        r.frame.table(t.build());
    }

    private static void hours(ReportContext r, NationalFigures n) {
        float height = 220;
        r.frame.subheading(r.t("narratives.hours"), height + 40);
        r.frame.paragraph(r.t("narratives.hours.intro", r.formats.integer(r.document.settings().defaultDueHours())));
        r.frame.figure(r.charts.firstEvidenceHours(n.firstEvidenceHours()), height, r.t("narratives.hours.caption"));
    }
}
