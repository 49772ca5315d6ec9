package id.go.pcm.batch.report;

import id.go.pcm.InputSummary;
import id.go.pcm.batch.output.UndrawnText;
import id.go.pcm.evaluation.RejectCount;
import id.go.pcm.validation.Reject;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Data quality: each input file's rows, rejects by file and rule, the first rejected rows, and the
 * texts holding characters that no embedded font draws (printed as code-point marks).
 */
final class DataQualitySection implements Section {

    /** The fonts, as the section names them. */
    static final String FONTS = "Liberation Sans, DejaVu Sans, Noto Sans Javanese, Droid Sans Fallback, Symbola";
    /** The most texts with marks listed. */
    static final int UNDRAWN_LISTED = 20;

    @Override
    public String key() {
        return "quality";
    }

    @Override
    public void write(ReportContext r) {
        Formats fm = r.formats;
        long rejected = r.findings.rejectedRows();
        r.frame.paragraph(r.t("quality.intro", "pcm-rejects-" + r.figures.period() + ".csv"));

        Tables.Builder inputs = r.tables.of(new float[]{2.6f, 1.4f, 1.4f, 1.4f, 1.4f, 3}, r.t("col.file"), r.t("col.rows"),
                r.t("col.accepted"), r.t("col.rejected"), r.t("col.rejected_pct"), r.t("col.unknown_columns"))
                .right(1, 2, 3, 4);
        for (InputSummary input : r.document.inputs()) {
            // named as its rejects name it: dissemination.xlsx for a workbook (SPEC 10.1)
            inputs.row(input.readFrom(), fm.integer(input.rows()), fm.integer(input.accepted()), fm.integer(input.rejected()),
                    fm.percent(input.rejectedPct()),
                    input.unknownColumns().isEmpty() ? Formats.NONE : String.join(", ", input.unknownColumns()));
        }
        com.lowagie.text.pdf.PdfPTable inputTable = inputs.build();
        r.frame.subheading(r.t("quality.inputs"), r.frame.keep(inputTable));
        r.frame.table(inputTable);

        if (rejected == 0) {
            r.frame.subheading(r.t("quality.by_rule"), 20);
            r.frame.paragraph(r.t("quality.none"));
        } else {
            rejects(r, rejected);
        }
        refusedSubmissions(r);
        undrawn(r);
    }

    private static void rejects(ReportContext r, long rejected) {
        Formats fm = r.formats;
        Tables.Builder rules = r.tables.of(new float[]{3, 3, 1.5f}, r.t("col.file"), r.t("col.rule"), r.t("col.rows"))
                .right(2);
        for (RejectCount c : r.document.rejectCounts()) {
            rules.row(c.file(), c.rule(), fm.integer(c.count()));
        }
        com.lowagie.text.pdf.PdfPTable ruleTable = rules.build();
        r.frame.subheading(r.t("quality.by_rule"), r.frame.keep(ruleTable));
        r.frame.table(ruleTable);

        boolean indonesian = "id".equals(r.texts.locale().getLanguage());
        Tables.Builder rows = r.tables.of(new float[]{2.1f, 0.9f, 2.2f, 3.1f, 1.6f, 5.8f}, r.t("col.file"), r.t("col.line"),
                r.t("col.record_id"), r.t("col.rule"), r.t("col.column"), r.t("col.message")).right(1).small();
        for (Reject reject : r.document.firstRejects()) {
            rows.row(reject.file(), Long.toString(reject.line()), reject.recordId() == null ? Formats.NONE : reject.recordId(),
                    reject.code().name(), reject.column() == null ? Formats.NONE : reject.column(),
                    indonesian ? reject.messageId() : reject.messageEn());
        }
        com.lowagie.text.pdf.PdfPTable rowTable = rows.build();
        r.frame.subheading(r.t("quality.first", fm.integer(r.document.firstRejects().size()), fm.integer(rejected)),
                r.frame.keep(rowTable));
        r.frame.table(rowTable);
    }

    /** The agencies' workbooks that gave the month no row (SPEC 10.2); nothing in a month without them. */
    private static void refusedSubmissions(ReportContext r) {
        List<Reject> refused = r.document.submissionsRefused();
        if (refused.isEmpty()) {
            return;
        }
        boolean indonesian = "id".equals(r.texts.locale().getLanguage());
        Tables.Builder t = r.tables.of(new float[]{3, 8}, r.t("col.file"), r.t("col.message")).small();
        for (Reject reject : refused) {
            t.row(reject.file(), indonesian ? reject.messageId() : reject.messageEn());
        }
        com.lowagie.text.pdf.PdfPTable table = t.build();
        r.frame.subheading(r.t("quality.refused", r.formats.integer(refused.size())), r.frame.keep(table));
        r.frame.table(table);
    }

    private static void undrawn(ReportContext r) {
        UndrawnText undrawn = r.undrawn;
        Formats fm = r.formats;
        if (undrawn.values().isEmpty()) {
            r.frame.subheading(r.t("quality.text"), 20);
            r.frame.paragraph(r.t("quality.text.none", FONTS));
            return;
        }
        String codePoints = undrawn.codePoints().stream().map(DataQualitySection::codePoint).collect(Collectors.joining(", "));
        Tables.Builder t = r.tables.of(new float[]{2.2f, 2.4f, 6.4f, 2.4f}, r.t("col.text_kind"), r.t("col.text_key"),
                r.t("col.text_printed"), r.t("col.code_points")).small();
        for (UndrawnText.Value v : undrawn.values().subList(0, Math.min(UNDRAWN_LISTED, undrawn.values().size()))) {
            t.row(r.t("text_kind." + v.text().kind()), v.text().key(), v.text().text(),
                    v.codePoints().stream().map(DataQualitySection::codePoint).collect(Collectors.joining(" ")));
        }
        com.lowagie.text.pdf.PdfPTable table = t.build();
        r.frame.subheading(r.t("quality.text"), r.frame.keep(table) + 60);
        r.frame.paragraph(r.t("quality.text.some", fm.integer(undrawn.values().size()), FONTS,
                // The character itself, which prints as its mark: the largest, rarely an invisible one.
                Character.toString(undrawn.codePoints().last()), codePoints, (long) undrawn.values().size()));
        if (undrawn.printing().strict()) {
            r.frame.paragraph(r.t("quality.text.strict"));
        }
        r.frame.paragraph(r.t("quality.text.first", fm.integer(Math.min(UNDRAWN_LISTED, undrawn.values().size())),
                fm.integer(undrawn.values().size())), r.styles.bodyBold);
        r.frame.table(table);
    }

    private static String codePoint(int cp) {
        return String.format(java.util.Locale.ROOT, "U+%04X", cp);
    }
}
