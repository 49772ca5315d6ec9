package id.go.pcm.batch.report;

import id.go.pcm.agency.AgencyType;
import id.go.pcm.evaluation.Findings;
import id.go.pcm.evaluation.AgencyFigures;
import id.go.pcm.evaluation.Category;
import id.go.pcm.evaluation.EvaluationSettings;
import id.go.pcm.evaluation.NationalFigures;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agency performance: agencies per band (chart), bands and mean score by agency type (table), the ten
 * best and the ten weakest, and the largest movers since the previous stored month.
 */
final class PerformanceSection implements Section {

    @Override
    public String key() {
        return "performance";
    }

    @Override
    public void write(ReportContext r) {
        NationalFigures n = r.figures.national();
        EvaluationSettings s = r.document.settings();
        Formats fm = r.formats;
        r.frame.paragraph(r.t("performance.intro", fm.plain(s.reportWeight()), fm.plain(s.coverageWeight()),
                fm.plain(s.timelinessWeight()), fm.decimal(n.meanScore()), r.t("section.method")));
        float height = 210;
        r.frame.subheading(r.t("performance.categories"), height);
        r.frame.figure(r.charts.categories(n.categories(), s.bounds()), height, r.t("performance.categories.caption"));
        byType(r, n);
        ranking(r, r.t("performance.best", fm.integer(Findings.LISTED)), r.findings.best());
        ranking(r, r.t("performance.weakest", fm.integer(Findings.LISTED)), r.findings.weakest());
        movers(r);
    }

    private static void byType(ReportContext r, NationalFigures n) {
        Formats fm = r.formats;
        String[] headers = new String[3 + Category.values().length];
        headers[0] = r.t("col.type");
        headers[1] = r.t("col.active");
        headers[2] = r.t("col.mean_score");
        for (Category c : Category.values()) {
            headers[3 + c.ordinal()] = r.name("category", c);
        }
        Tables.Builder t = r.tables.of(new float[]{2.4f, 1.3f, 1.4f, 1.4f, 1.2f, 1.2f, 1.2f, 1.5f}, headers)
                .right(1, 2, 3, 4, 5, 6, 7);
        for (Map.Entry<AgencyType, Double> e : n.meanScoreByType().entrySet()) {
            Map<Category, Long> c = n.categoriesByType().get(e.getKey());
            String[] row = new String[headers.length];
            row[0] = r.types.many(e.getKey());
            row[1] = fm.integer(n.activeOf(e.getKey()));
            row[2] = fm.decimal(e.getValue());
            for (Category category : Category.values()) {
                row[3 + category.ordinal()] = fm.integer(c.get(category));
            }
            t.row(row);
        }
        String[] total = new String[headers.length];
        total[0] = r.t("col.total");
        total[1] = fm.integer(n.activeAgencies());
        total[2] = fm.decimal(n.meanScore());
        for (Category category : Category.values()) {
            total[3 + category.ordinal()] = fm.integer(n.categories().get(category));
        }
        t.boldRow(total);
        com.lowagie.text.pdf.PdfPTable table = t.build();
        r.frame.subheading(r.t("performance.by_type"), r.frame.keep(table));
        r.frame.table(table);
    }

    private static void ranking(ReportContext r, String heading, List<AgencyFigures> agencies) {
        Formats fm = r.formats;
        Tables.Builder t = r.tables.of(new float[]{0.6f, 4.6f, 1.5f, 1.6f, 0.9f, 0.9f, 0.9f, 1f, 1.8f},
                r.t("col.no"), r.t("col.agency"), r.t("col.kind"), r.t("col.report"), "R", "C", "T", r.t("col.score"),
                r.t("col.category")).right(0, 4, 5, 6, 7);
        int no = 0;
        for (AgencyFigures a : agencies) {
            t.row(fm.integer(++no), a.name(), r.types.one(a.type()), r.name("status", a.report()), fm.decimal(a.r()),
                    fm.decimal(a.c()), fm.decimal(a.t()), fm.decimal(a.score()), r.name("category", a.category()));
        }
        com.lowagie.text.pdf.PdfPTable table = t.build();
        r.frame.subheading(heading, r.frame.keep(table));
        r.frame.table(table);
    }

    private static void movers(ReportContext r) {
        Optional<Findings.Movers> since = r.findings.moversSince();
        if (since.isEmpty()) {
            r.frame.subheading(r.t("performance.movers"), 30);
            r.frame.paragraph(r.t("finding.movers_unknown"));
            return;
        }
        Formats fm = r.formats;
        Findings.Movers movers = since.get();
        String then = fm.monthShort(movers.then());
        Tables.Builder t = r.tables.of(new float[]{5.4f, 1.8f, 1.6f, 1.6f, 1.6f}, r.t("col.agency"), r.t("col.kind"),
                r.t("col.score_then", then), r.t("col.score_now", fm.monthShort(r.figures.period())), r.t("col.change"))
                .right(2, 3, 4);
        for (Findings.Mover m : movers.rises()) {
            t.row(m.agency().name(), r.types.one(m.agency().type()), fm.decimal(m.previous()),
                    fm.decimal(m.agency().score()), fm.change(m.change()));
        }
        for (Findings.Mover m : movers.falls()) {
            t.row(m.agency().name(), r.types.one(m.agency().type()), fm.decimal(m.previous()),
                    fm.decimal(m.agency().score()), fm.change(m.change()));
        }
        if (t.isEmpty()) {
            r.frame.subheading(r.t("performance.movers"), 30);
            r.frame.paragraph(r.t("performance.movers_none", fm.month(movers.then())));
            return;
        }
        com.lowagie.text.pdf.PdfPTable table = t.build();
        r.frame.subheading(r.t("performance.movers"), r.frame.keep(table) + 40);
        r.frame.paragraph(r.t("performance.movers.intro", fm.month(movers.then()), fm.integer(movers.all().size())));
        r.frame.table(table);
    }
}
