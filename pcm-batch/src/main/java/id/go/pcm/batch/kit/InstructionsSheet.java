package id.go.pcm.batch.kit;

import id.go.pcm.dissemination.Channel;
import id.go.pcm.narrative.Narrative;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Worksheet;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The kit's first sheet, {@code petunjuk} ({@code instructions}): what the clerk reads before filling
 * in the workbook (SPEC 10.3). Who the kit is for and the month; the report's deadline; the narratives
 * addressed to the agency; how to fill in the two sheets; the twelve channels and the evidence each
 * needs; how to check the workbook, send it, and correct and resend it. Four columns: a label or an
 * id, a wide column of text, and two of times for the narratives' table.
 */
final class InstructionsSheet {

    private static final double[] WIDTHS = {26, 70, 26, 26};
    /** Excel's default row height, in points, for one line of the default font. */
    private static final double LINE_HEIGHT = 15;
    private static final String HEADER_FILL = "DDEBF7";

    private final KitTexts texts;
    private final Kit kit;
    private final Worksheet sheet;
    private int row;

    private InstructionsSheet(KitTexts texts, Kit kit, Worksheet sheet) {
        this.texts = texts;
        this.kit = kit;
        this.sheet = sheet;
    }

    /**
     * Writes the sheet.
     *
     * @param texts the kit's words
     * @param kit   the kit
     * @param sheet the empty first sheet
     */
    static void write(KitTexts texts, Kit kit, Worksheet sheet) {
        new InstructionsSheet(texts, kit, sheet).write();
    }

    private void write() {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.width(c, WIDTHS[c]);
        }
        // printed (or converted to PDF) on A4, as wide as one page
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        String zoneName = texts.zoneName(monthStart());
        sheet.value(row, 0, texts.text("title", texts.month(kit.period())));
        sheet.style(row, 0).bold().fontSize(14).set();
        row++;
        sheet.value(row++, 0, texts.text("issuer", texts.issuer()));
        row++;
        labelled("label.agency", kit.agency().name());
        labelled("label.agency_id", kit.agency().id());
        labelled("label.type", kit.typeName());
        labelled("label.month", texts.month(kit.period()));
        labelled("label.deadline", texts.text("deadline", texts.date(kit.lastDayOnTime()), zoneName));
        labelled("label.file", kit.fileName());
        labelled("label.made", texts.dateTime(kit.asOf().toInstant()));
        row++;
        narratives();
        row++;
        title("fill.title");
        for (int step = 1; step <= 4; step++) {
            numbered(step, texts.text("fill." + step, kit.agency().id(), zoneName));
        }
        row++;
        channels();
        row++;
        title("check.title");
        paragraph(texts.text("check.text", kit.period().toString(), kit.fileName(), kit.agency().id()));
        row++;
        title("send.title");
        paragraph(texts.text("send.text", kit.fileName()));
    }

    private Instant monthStart() {
        return kit.period().atDay(1).atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return texts.zone();
    }

    private void narratives() {
        title("narratives.title");
        if (kit.targeting().isEmpty()) {
            paragraph(texts.text("narratives.none"));
        } else {
            header("narratives.head.id", "narratives.head.title", "narratives.head.issued", "narratives.head.due");
            for (Narrative narrative : kit.targeting()) {
                text(0, narrative.id());
                wrapped(1, narrative.title());
                text(2, texts.dateTime(narrative.issuedAt()));
                text(3, texts.dateTime(narrative.dueAt()));
                row++;
            }
        }
        paragraph(texts.text("narratives.note"));
    }

    private void channels() {
        title("channels.title");
        header("channels.head.channel", "channels.head.what", "channels.head.proof");
        for (Channel channel : Channel.values()) {
            text(0, channel.name());
            wrapped(1, texts.text("channel." + channel.name()));
            text(2, texts.text(channel.isOnline() ? "proof.online" : "proof.offline"));
            row++;
        }
        paragraph(texts.text("proof.note"));
    }

    private void title(String key) {
        sheet.value(row, 0, texts.text(key));
        sheet.style(row, 0).bold().fontSize(12).set();
        row++;
    }

    private void header(String... keys) {
        for (int c = 0; c < keys.length; c++) {
            sheet.value(row, c, texts.text(keys[c]));
            sheet.style(row, c).bold().fillColor(HEADER_FILL).set();
        }
        row++;
    }

    private void labelled(String labelKey, String value) {
        sheet.value(row, 0, texts.text(labelKey));
        sheet.style(row, 0).bold().set();
        text(1, value);
        row++;
    }

    private void numbered(int step, String text) {
        sheet.value(row, 0, step + ".");
        sheet.style(row, 0).horizontalAlignment("right").verticalAlignment("top").set();
        wrapped(1, text);
        row++;
    }

    private void paragraph(String text) {
        wrapped(1, text);
        row++;
    }

    /** Text as text: an id that looks like a number or a date stays as it is. */
    private void text(int column, String value) {
        sheet.value(row, column, value);
        sheet.style(row, column).format("@").verticalAlignment("top").set();
    }

    /**
     * Text wrapped within its column. The row is made as tall as its lines: spreadsheets keep the height
     * a workbook gives a row, and fastexcel gives none, so a long paragraph would show one line.
     */
    private void wrapped(int column, String value) {
        sheet.value(row, column, value);
        sheet.style(row, column).format("@").wrapText(true).verticalAlignment("top").set();
        int lines = lines(value, WIDTHS[column]);
        if (lines > 1) {
            sheet.rowHeight(row, lines * LINE_HEIGHT);
        }
    }

    /** The lines a text takes in a column of a width, wrapped at spaces (a generous estimate). */
    static int lines(String text, double width) {
        int perLine = (int) (width * 0.95);
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int length = word.length();
            if (used > 0 && used + 1 + length > perLine) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + length;
            while (used > perLine) {
                lines++;
                used -= perLine;
            }
        }
        return lines;
    }
}
