package id.go.pcm.batch.report;

import id.go.pcm.evaluation.MonthHistory;

import java.util.List;

/** The trend: the stored months and this one (at most six) in a chart and a table. */
final class TrendSection implements Section {

    @Override
    public String key() {
        return "trend";
    }

    @Override
    public void write(ReportContext r) {
        List<MonthHistory> months = r.months();
        Formats fm = r.formats;
        r.frame.paragraph(months.size() == 1 ? r.t("trend.intro_single", r.month())
                : r.t("trend.intro", fm.integer(months.size()), fm.month(months.get(0).period()), r.month()));
        float height = 330;
        String caption = r.t("trend.caption");
        double lowest = TrendChart.upperRange(months)[0];
        if (lowest > 0) {
            caption += " " + r.t("trend.caption.axis", fm.integer((long) lowest));
        }
        r.frame.figure(r.trend.draw(months), height, caption);
        Tables.Builder t = r.tables.of(new float[]{2.2f, 1.6f, 1.6f, 1.6f, 1.8f, 1.6f}, r.t("col.month"),
                r.t("trend.mean_score"), r.t("trend.coverage"), r.t("trend.timeliness"), r.t("trend.reports_on_time"),
                r.t("trend.net_sentiment")).right(1, 2, 3, 4, 5);
        for (MonthHistory m : months) {
            t.row(fm.month(m.period()), fm.decimal(m.meanScore()), fm.percent(m.coveragePct()), fm.percent(m.timelinessPct()),
                    fm.percent(m.reportsOnTimePct()), fm.signedRatio(m.netSentiment()));
        }
        r.frame.table(t.build());
        r.frame.paragraph(r.t("trend.note"), r.styles.note);
    }
}
