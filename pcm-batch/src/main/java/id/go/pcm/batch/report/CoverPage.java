package id.go.pcm.batch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.util.Map;

/**
 * The cover: issuing unit, title (with the region), month in words, the addressee when one is set, the instruction it serves, the as-of time, the
 * signer when the run signs, and the contents with the page each section starts on (drawn in as each
 * section starts).
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
        r.frame.add(r.styles.paragraph(r.issuerHead(), r.styles.h2, 0, 4));
        r.frame.add(new LineSeparator(1.2f, 100, Palette.NAVY, Element.ALIGN_LEFT, -4));

        Paragraph title = r.styles.paragraph(r.title("title"), r.styles.coverTitle, 120, 0);
        title.setLeading(28);
        r.frame.add(title);
        r.frame.add(r.styles.paragraph(r.month(), r.styles.coverMonth, 14, 0));
        if (!r.words.addressee().isEmpty()) {
            // SPEC 9.4: for whom the report is written; nothing when none is set, as the national cover.
            r.frame.add(r.styles.paragraph(r.t("cover.addressee", r.words.addressee()), r.styles.coverText, 18, 0));
        }
        r.frame.add(r.styles.paragraph(r.t("cover.basis"), r.styles.coverText, 18, 0));
        r.frame.add(r.styles.paragraph(r.t("cover.as_of", r.formats.dateTime(r.figures.asOf())), r.styles.coverText, 4, 0));
        if (r.signer != null) {
            // SPEC 8: who signed and when; the signing time is the as-of time.
            r.frame.add(r.styles.paragraph(r.t("cover.signed", r.signer, r.formats.dateTime(r.figures.asOf())),
                    r.styles.coverText, 4, 0));
        }

        r.frame.add(r.styles.paragraph(r.t("cover.contents"), r.styles.h2, 90, 4));
        r.frame.add(contents(r, headings));

        r.frame.add(r.styles.paragraph(r.t("cover.twin", "pcm-figures-" + r.figures.period() + ".json",
                "pcm-rejects-" + r.figures.period() + ".csv"), r.styles.note, 18, 0));
    }

    private static PdfPTable contents(ReportContext r, Map<String, String> headings) {
        PdfPTable table = new PdfPTable(new float[]{10, 1});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (Map.Entry<String, String> e : headings.entrySet()) {
            table.addCell(cell(e.getValue(), r, Element.ALIGN_LEFT));
            // the page number's box sits on the text's baseline, as the number would
            PdfPCell page = new PdfPCell(new Phrase(new Chunk(r.frame.pageOf(e.getKey()), 0, -ReportFrame.PAGE_MARK_BASELINE)));
            frame(page);
            page.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(page);
        }
        return table;
    }

    private static PdfPCell cell(String text, ReportContext r, int alignment) {
        PdfPCell cell = new PdfPCell(r.styles.phrase(text, r.styles.body));
        frame(cell);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static void frame(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.GRID);
        cell.setBorderWidth(0.4f);
        cell.setPaddingBottom(4);
    }
}
