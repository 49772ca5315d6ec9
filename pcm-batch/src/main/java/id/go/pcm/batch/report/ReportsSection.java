package id.go.pcm.batch.report;

import id.go.pcm.agency.AgencyType;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.NationalFigures;
import id.go.pcm.report.ReportStatus;

import java.util.List;
import java.util.Map;

/** Periodic reports: status by agency type (chart and table), then every agency that sent none. */
final class ReportsSection implements Section {

    @Override
    public String key() {
        return "reports";
    }

    @Override
    public void write(ReportContext r) {
        NationalFigures n = r.figures.national();
        Formats fm = r.formats;
        r.frame.paragraph(r.t("reports.intro", r.formats.integer(r.document.settings().deadlineDay()),
                fm.integer(n.activeAgencies()), fm.integer(n.reports().get(ReportStatus.ON_TIME)),
                fm.percent(n.reportsOnTimePct())));
        float height = n.reportsByType().size() * 26 + 70;
        r.frame.subheading(r.t("reports.by_type"), height);
        r.frame.figure(r.charts.reportsByType(n), height, r.t("reports.chart.caption"));

        Tables.Builder t = r.tables.of(new float[]{3, 1.6f, 1.6f, 1.6f, 1.6f, 1.8f}, r.t("col.type"),
                r.t("col.active"), r.name("status", ReportStatus.ON_TIME), r.name("status", ReportStatus.LATE),
                r.name("status", ReportStatus.MISSING), r.t("col.on_time_pct")).right(1, 2, 3, 4, 5);
        for (Map.Entry<AgencyType, Map<ReportStatus, Long>> e : n.reportsByType().entrySet()) {
            Map<ReportStatus, Long> c = e.getValue();
            t.row(r.types.many(e.getKey()), fm.integer(n.activeOf(e.getKey())), fm.integer(c.get(ReportStatus.ON_TIME)),
                    fm.integer(c.get(ReportStatus.LATE)), fm.integer(c.get(ReportStatus.MISSING)),
                    fm.percent(n.reportsPct(e.getKey(), ReportStatus.ON_TIME)));
        }
        t.boldRow(r.t("col.total"), fm.integer(n.activeAgencies()), fm.integer(n.reports().get(ReportStatus.ON_TIME)),
                fm.integer(n.reports().get(ReportStatus.LATE)), fm.integer(n.reports().get(ReportStatus.MISSING)),
                fm.percent(n.reportsOnTimePct()));
        r.frame.table(t.build());

        List<AgencyFigures> missing = r.findings.missing();
        if (missing.isEmpty()) {
            r.frame.subheading(r.t("reports.missing", fm.integer(missing.size())), 20);
            r.frame.paragraph(r.t("reports.missing_none"));
            return;
        }
        Tables.Builder list = r.tables.of(new float[]{0.7f, 2.4f, 6, 2}, r.t("col.no"), r.t("col.agency_id"),
                r.t("col.agency"), r.t("col.type")).right(0);
        int no = 0;
        for (AgencyFigures a : missing) {
            list.row(fm.integer(++no), a.agencyId(), a.name(), r.types.one(a.type()));
        }
        com.lowagie.text.pdf.PdfPTable table = list.build();
        r.frame.subheading(r.t("reports.missing", fm.integer(missing.size())), r.frame.keep(table));
        r.frame.table(table);
    }
}
