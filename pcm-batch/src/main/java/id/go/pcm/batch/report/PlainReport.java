package id.go.pcm.batch.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.go.pcm.InputSummary;
import id.go.pcm.batch.output.FiguresDocument;
import id.go.pcm.evaluation.MonthlyFigures;
import id.go.pcm.evaluation.NationalFigures;
import id.go.pcm.month.EvaluationMonth;
import id.go.pcm.report.ReportStatus;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A first, plain edition of the report: the cover and the national figures, with the determinism
 * recipe (dates from the as-of time, a file id from the figures, seeded font subsets) so that the same
 * figures give the same bytes. The charted edition of SPEC 5 replaces it.
 */
public final class PlainReport implements ReportRenderer {

    @Override
    public void render(FiguresDocument document, Locale locale, String issuer, OutputStream out) {
        MonthlyFigures figures = document.figures();
        ResourceBundle texts = ResourceBundle.getBundle("id.go.pcm.batch.report.texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        byte[] id = fileId(document);
        PdfFonts fonts = new PdfFonts(java.nio.ByteBuffer.wrap(id).getLong());
        Font title = new Font(fonts.bold, 18);
        Font heading = new Font(fonts.bold, 13);
        Font body = new Font(fonts.regular, 10);
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            pdf.addTitle(texts.getString("title") + " " + monthInWords(figures, locale));
            pdf.addSubject(texts.getString("subject"));
            pdf.addAuthor(issuer);
            pdf.addKeywords(texts.getString("keywords"));
            pdf.open();
            GregorianCalendar asOf = GregorianCalendar.from(figures.asOf().toZonedDateTime());
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(asOf));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(asOf));
            writer.getInfo().put(PdfName.PRODUCER, new com.lowagie.text.pdf.PdfString("PCM"));
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));

            Paragraph cover = new Paragraph(texts.getString("title"), title);
            cover.setAlignment(Element.ALIGN_CENTER);
            pdf.add(cover);
            pdf.add(centred(monthInWords(figures, locale), heading));
            pdf.add(centred(issuer, body));
            pdf.add(centred(texts.getString("as_of") + " " + figures.asOf().atZoneSameInstant(EvaluationMonth.WIB)
                    .format(DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm", locale)) + " WIB", body));
            pdf.add(new Paragraph(" ", body));
            pdf.add(new Paragraph(texts.getString("national"), heading));
            pdf.add(national(figures.national(), figures, texts, locale, body));
            pdf.add(new Paragraph(texts.getString("inputs"), heading));
            PdfPTable inputs = new PdfPTable(new float[]{3, 1, 1, 1});
            inputs.setWidthPercentage(100);
            for (InputSummary input : document.inputs()) {
                inputs.addCell(new Paragraph(input.file(), body));
                inputs.addCell(new Paragraph(number(input.rows(), locale), body));
                inputs.addCell(new Paragraph(number(input.accepted(), locale), body));
                inputs.addCell(new Paragraph(number(input.rejected(), locale), body));
            }
            pdf.add(inputs);
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the report", e);
        }
    }

    private static PdfPTable national(NationalFigures n, MonthlyFigures figures, ResourceBundle texts, Locale locale, Font body) {
        PdfPTable table = new PdfPTable(new float[]{3, 2});
        table.setWidthPercentage(100);
        row(table, texts.getString("active_agencies"), number(n.activeAgencies(), locale), body);
        row(table, texts.getString("reports_on_time"), number(n.reports().get(ReportStatus.ON_TIME), locale), body);
        row(table, texts.getString("reports_late"), number(n.reports().get(ReportStatus.LATE), locale), body);
        row(table, texts.getString("reports_missing"), number(n.reports().get(ReportStatus.MISSING), locale), body);
        row(table, texts.getString("narratives"), number(n.narratives(), locale), body);
        row(table, texts.getString("coverage"), percent(n.coveragePct(), locale), body);
        row(table, texts.getString("timeliness"), percent(n.timelinessPct(), locale), body);
        row(table, texts.getString("mean_score"), decimal(n.meanScore(), locale), body);
        row(table, texts.getString("media_items"), number(figures.media().items(), locale), body);
        return table;
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        table.addCell(new Paragraph(label, font));
        table.addCell(new Paragraph(value, font));
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    static String monthInWords(MonthlyFigures figures, Locale locale) {
        return figures.period().getMonth().getDisplayName(TextStyle.FULL, locale) + " " + figures.period().getYear();
    }

    static String number(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    static String decimal(Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    static String percent(Double value, Locale locale) {
        return value == null ? "–" : decimal(value, locale) + "%";
    }

    /** A file id derived from the inputs and the as-of time, so that it is the same for the same run. */
    private static byte[] fileId(FiguresDocument document) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(document.figures().period().toString().getBytes(StandardCharsets.UTF_8));
            md5.update(document.figures().asOf().toString().getBytes(StandardCharsets.UTF_8));
            for (InputSummary input : document.inputs()) {
                md5.update(input.sha256().getBytes(StandardCharsets.US_ASCII));
            }
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
