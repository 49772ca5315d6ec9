package id.go.pcm.batch.report;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.util.Map;

/**
 * The cover: issuing unit, title, month in words, the instruction it serves, the as-of time, and the
 * contents with the page each section starts on (known from the first pass).
 */
final class CoverPage {

    private CoverPage() {
    }

    /**
     * @param r        the report
     * @param headings the sections' headings, by key, in order
     */
    static void write(ReportContext r, Map<String, String> headings) {
        r.frame.bookmark("cover", r.t("section.cover"));
        Paragraph issuer = new Paragraph(r.issuer.toUpperCase(r.texts.locale()), r.styles.h2);
        issuer.setSpacingAfter(4);
        r.frame.add(issuer);
        r.frame.add(new LineSeparator(1.2f, 100, Palette.NAVY, Element.ALIGN_LEFT, -4));

        Paragraph title = new Paragraph(r.t("title"), r.styles.coverTitle);
        title.setLeading(28);
        title.setSpacingBefore(120);
        r.frame.add(title);
        Paragraph month = new Paragraph(r.month(), r.styles.coverMonth);
        month.setSpacingBefore(14);
        r.frame.add(month);
        Paragraph basis = new Paragraph(r.t("cover.basis"), r.styles.coverText);
        basis.setSpacingBefore(18);
        r.frame.add(basis);
        Paragraph asOf = new Paragraph(r.t("cover.as_of", r.formats.dateTime(r.figures.asOf())), r.styles.coverText);
        asOf.setSpacingBefore(4);
        r.frame.add(asOf);

        Paragraph contents = new Paragraph(r.t("cover.contents"), r.styles.h2);
        contents.setSpacingBefore(90);
        contents.setSpacingAfter(4);
        r.frame.add(contents);
        r.frame.add(contents(r, headings));

        Paragraph twin = new Paragraph(r.t("cover.twin", "pcm-figures-" + r.figures.period() + ".json",
                "pcm-rejects-" + r.figures.period() + ".csv"), r.styles.note);
        twin.setSpacingBefore(18);
        r.frame.add(twin);
    }

    private static PdfPTable contents(ReportContext r, Map<String, String> headings) {
        PdfPTable table = new PdfPTable(new float[]{10, 1});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (Map.Entry<String, String> e : headings.entrySet()) {
            Integer page = r.known.sectionPages().get(e.getKey());
            table.addCell(cell(e.getValue(), r, Element.ALIGN_LEFT));
            table.addCell(cell(page == null ? Formats.NONE : r.formats.integer(page), r, Element.ALIGN_RIGHT));
        }
        return table;
    }

    private static PdfPCell cell(String text, ReportContext r, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, r.styles.body));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.GRID);
        cell.setBorderWidth(0.4f);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(4);
        return cell;
    }
}
