package id.go.pcm.batch.report;

import id.go.pcm.evaluation.AgencyFigures;

/** The appendix: every active agency's row, by agency id as in the JSON twin. */
final class AppendixSection implements Section {

    @Override
    public String key() {
        return "appendix";
    }

    @Override
    public boolean numbered() {
        return false;
    }

    @Override
    public void write(ReportContext r) {
        Formats fm = r.formats;
        r.frame.paragraph(r.t("appendix.intro", fm.integer(r.figures.agencies().size())));
        Tables.Builder t = r.tables.of(new float[]{2.4f, 5.0f, 1.5f, 1.6f, 0.9f, 0.9f, 0.9f, 0.9f, 1.7f}, r.t("col.agency_id"),
                r.t("col.agency"), r.t("col.kind"), r.t("col.report"), "R", "C", "T", r.t("col.score"), r.t("col.category"))
                .right(4, 5, 6, 7).small();
        for (AgencyFigures a : r.figures.agencies()) {
            t.row(a.agencyId(), a.name(), r.types.one(a.type()), r.name("status", a.report()), fm.decimal(a.r()),
                    fm.decimal(a.c()), fm.decimal(a.t()), fm.decimal(a.score()), r.name("category", a.category()));
        }
        r.frame.table(t.build());
    }
}
