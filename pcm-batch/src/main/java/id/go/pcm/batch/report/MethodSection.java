package id.go.pcm.batch.report;

import id.go.pcm.InputSummary;
import id.go.pcm.evaluation.CategoryBounds;
import id.go.pcm.evaluation.EvaluationSettings;

/**
 * Method: the rules, weights and thresholds in force, what the law fixes (nothing of it) and what the
 * report does not claim, and the input files' SHA-256.
 */
final class MethodSection implements Section {

    @Override
    public String key() {
        return "method";
    }

    @Override
    public void write(ReportContext r) {
        EvaluationSettings s = r.document.settings();
        CategoryBounds b = s.bounds();
        Formats fm = r.formats;
        r.frame.paragraph(r.t("method.sources", r.month(), r.formats.dateTime(r.figures.asOf()),
                r.formats.zoneName(r.figures.period().atDay(1).atStartOfDay(r.figures.zone()).toInstant())));
        r.frame.paragraph(r.t("method.reports", fm.integer(s.deadlineDay())));
        r.frame.paragraph(r.t("method.dissemination", fm.integer(s.defaultDueHours())));
        r.frame.paragraph(r.t("method.score", weight(fm, s.reportWeight()), weight(fm, s.coverageWeight()),
                weight(fm, s.timelinessWeight())));
        r.frame.paragraph(r.t("method.media"));

        Tables.Builder t = r.tables.of(new float[]{6, 2}, r.t("col.setting"), r.t("col.value")).right(1);
        t.row(r.t("method.setting.weight_r"), weight(fm, s.reportWeight()));
        t.row(r.t("method.setting.weight_c"), weight(fm, s.coverageWeight()));
        t.row(r.t("method.setting.weight_t"), weight(fm, s.timelinessWeight()));
        t.row(r.t("method.setting.deadline"), fm.integer(s.deadlineDay()));
        t.row(r.t("method.setting.window"), fm.integer(s.defaultDueHours()));
        t.row(r.t("method.setting.bounds"), String.join(" / ", bound(fm, b.sangatBaik()), bound(fm, b.baik()),
                bound(fm, b.cukup()), bound(fm, b.kurang())));
        com.lowagie.text.pdf.PdfPTable settings = t.build();
        r.frame.subheading(r.t("method.settings"), r.frame.keep(settings));
        r.frame.table(settings);
        r.frame.paragraph(r.t("method.law"));
        r.frame.paragraph(r.t("method.limits"));

        Tables.Builder files = r.tables.of(new float[]{2.2f, 7.8f}, r.t("col.file"), "SHA-256").mono(1);
        // every file read, as rejects name it (SPEC 10.1): for a month of CSV files, the five (and types.csv)
        for (InputSummary input : r.document.inputs()) {
            input.files().forEach(file -> files.row(file.file(), file.sha256()));
        }
        com.lowagie.text.pdf.PdfPTable digests = files.build();
        r.frame.subheading(r.t("method.inputs"), r.frame.keep(digests));
        r.frame.table(digests);
    }

    private static String weight(Formats fm, double weight) {
        return fm.plain(weight);
    }

    private static String bound(Formats fm, double bound) {
        return fm.plain(bound);
    }
}
