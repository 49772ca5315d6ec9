package id.go.pcm.batch.report;

import id.go.pcm.evaluation.PreviousMonth;
import id.go.pcm.evaluation.MediaFigures;
import id.go.pcm.evaluation.OutletCount;
import id.go.pcm.evaluation.ProgramFigures;
import id.go.pcm.media.Sentiment;

import java.util.List;
import java.util.Map;

/**
 * Media monitoring: sentiment by program (chart), share of voice and net sentiment per program
 * (table, beside the previous stored month's), items per day (chart), the top outlets (table).
 */
final class MediaSection implements Section {

    /** The most programs in one chart. */
    static final int PROGRAMS_PER_CHART = 24;

    @Override
    public String key() {
        return "media";
    }

    @Override
    public void write(ReportContext r) {
        MediaFigures m = r.figures.media();
        Formats fm = r.formats;
        if (m.items() == 0) {
            r.frame.paragraph(r.t("media.none"));
            return;
        }
        Map<Sentiment, Long> s = m.sentiment();
        r.frame.paragraph(r.t("media.intro", fm.integer(m.items()), fm.integer(s.get(Sentiment.POSITIVE)),
                fm.integer(s.get(Sentiment.NEUTRAL)), fm.integer(s.get(Sentiment.NEGATIVE)), fm.signedRatio(m.netSentiment())));
        programs(r, m);
        float height = 200;
        r.frame.subheading(r.t("media.daily"), height);
        r.frame.figure(r.charts.daily(m.daily(), r.figures.period()), height, r.t("media.daily.caption", r.month()));
        outlets(r, m);
    }

    private static void programs(ReportContext r, MediaFigures m) {
        List<Map.Entry<String, ProgramFigures>> ranked = r.findings.bySentiment();
        if (ranked.isEmpty()) {
            r.frame.subheading(r.t("media.sentiment"), 20);
            r.frame.paragraph(r.t("media.no_programs"));
            return;
        }
        List<List<Map.Entry<String, ProgramFigures>>> parts = Charts.split(ranked, PROGRAMS_PER_CHART);
        for (int p = 0; p < parts.size(); p++) {
            float height = parts.get(p).size() * (Charts.ROW + 3) + Charts.FRAME;
            if (p == 0) {
                r.frame.subheading(r.t("media.sentiment"), height);
            }
            String caption = parts.size() == 1 ? r.t("media.sentiment.caption")
                    : r.t("media.sentiment.caption_part", r.formats.integer(p + 1), r.formats.integer(parts.size()));
            r.frame.figure(r.charts.sentimentByProgram(parts.get(p)), height, caption);
        }
        Formats fm = r.formats;
        Map<String, Double> before = r.document.previousMonth().map(PreviousMonth::netSentiment).orElse(Map.of());
        String then = r.document.previousMonth().map(p -> fm.monthShort(p.period())).orElse(r.t("summary.no_previous_month"));
        Tables.Builder t = r.tables.of(new float[]{3.4f, 1.3f, 1.5f, 1.3f, 1.3f, 1.3f, 1.7f, 1.7f}, r.t("col.program"),
                r.t("col.items"), r.t("col.share_of_voice"), r.name("sentiment", Sentiment.POSITIVE),
                r.name("sentiment", Sentiment.NEUTRAL), r.name("sentiment", Sentiment.NEGATIVE), r.t("col.net_sentiment"),
                r.t("col.net_sentiment_then", then)).right(1, 2, 3, 4, 5, 6, 7);
        for (Map.Entry<String, ProgramFigures> e : r.findings.byVoice()) {
            ProgramFigures p = e.getValue();
            t.row(e.getKey(), fm.integer(p.items()), fm.ratio(p.shareOfVoice()), fm.integer(p.positive()),
                    fm.integer(p.neutral()), fm.integer(p.negative()), fm.signedRatio(p.netSentiment()),
                    fm.signedRatio(before.get(e.getKey())));
        }
        com.lowagie.text.pdf.PdfPTable table = t.build();
        r.frame.subheading(r.t("media.share"), r.frame.keep(table) + 40);
        r.frame.paragraph(r.t("media.share.intro", fm.integer(m.taggedItems()), fm.integer(m.untaggedItems())));
        r.frame.table(table);
    }

    private static void outlets(ReportContext r, MediaFigures m) {
        Formats fm = r.formats;
        Tables.Builder t = r.tables.of(new float[]{0.7f, 6, 1.6f, 2}, r.t("col.no"), r.t("col.outlet"), r.t("col.items"),
                r.t("col.share_of_items")).right(0, 2, 3);
        int no = 0;
        for (OutletCount o : m.topOutlets()) {
            t.row(fm.integer(++no), o.outlet(), fm.integer(o.items()), fm.percent(m.sharePct(o)));
        }
        com.lowagie.text.pdf.PdfPTable table = t.build();
        r.frame.subheading(r.t("media.outlets"), r.frame.keep(table));
        r.frame.table(table);
    }
}
