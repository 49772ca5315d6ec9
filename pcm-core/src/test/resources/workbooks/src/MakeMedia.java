import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Writes ../fastexcel/media.xlsx with org.dhatim:fastexcel 0.19.0 (README.md): a visible first sheet that is
 * not the data, the data on a sheet named " MEDIA " (the file's name, other case, spaces around), text as
 * inline strings, an Excel escape, date-times in custom formats, an elapsed-time format, a fraction, a code
 * typed as a number, a formula without its saved result, a value under an empty header cell and an unknown column.
 */
public class MakeMedia {
    public static void main(String[] args) throws Exception {
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            Workbook wb = new Workbook(out, "PCM fixtures", "1.0");
            Worksheet notes = wb.newWorksheet("Ringkasan");
            notes.inlineString(0, 0, "Pemantauan media September 2024");
            Worksheet ws = wb.newWorksheet(" MEDIA ");
            String[] header = {"item_id", "published_at", "outlet", "media_type", "program", "sentiment", "reach", "narrative_id", "url"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);                          // shared strings
            }
            ws.inlineString(0, 10, "catatan");                      // K1: an unknown column, right of an empty header cell (J1)
            // row 2: accepted; sentiment carries Excel's escape of a space (_x0020_), trimmed away once decoded
            ws.inlineString(1, 0, "MI-1");
            ws.value(1, 1, LocalDateTime.of(2024, 9, 5, 14, 20));
            ws.style(1, 1).format("d mmmm yyyy hh:mm").set();
            ws.inlineString(1, 2, "Kompas");
            ws.inlineString(1, 3, "ONLINE");
            ws.inlineString(1, 4, "makan-bergizi-gratis");
            ws.inlineString(1, 5, "POSITIF_x0020_");
            ws.value(1, 6, 250000);
            ws.inlineString(1, 8, "https://www.kompas.com/berita/1");
            ws.inlineString(1, 9, "cek ulang");                     // J2, under the empty header cell: ignored
            ws.inlineString(1, 10, "dicek");                        // K2, under the unknown column: ignored
            // row 3: an elapsed-time format ([h]:mm) in a timestamp column: BAD_VALUE
            ws.inlineString(2, 0, "MI-2");
            ws.value(2, 1, 45540.5);
            ws.style(2, 1).format("[h]:mm").set();
            ws.inlineString(2, 2, "Tempo");
            ws.inlineString(2, 3, "PRINT");
            ws.inlineString(2, 5, "NETRAL");
            // row 4: a fraction in reach: BAD_VALUE
            ws.inlineString(3, 0, "MI-3");
            ws.inlineString(3, 1, "2024-09-10T08:00:00+07:00");
            ws.inlineString(3, 2, "Antara");
            ws.inlineString(3, 3, "online");
            ws.inlineString(3, 5, "positif");
            ws.value(3, 6, 1.5);
            // row 5: accepted; seconds in a day-first custom format, the month's last second
            ws.inlineString(4, 0, "MI-4");
            ws.value(4, 1, LocalDateTime.of(2024, 9, 30, 23, 59, 59));
            ws.style(4, 1).format("dd/mm/yyyy hh:mm:ss").set();
            ws.inlineString(4, 2, "RRI");
            ws.inlineString(4, 3, "RADIO");
            ws.inlineString(4, 5, "NEGATIVE");
            ws.inlineString(4, 7, "N-1");
            // row 6: a narrative id typed as the number 1: the text "1", no such narrative
            ws.inlineString(5, 0, "MI-5");
            ws.inlineString(5, 1, "2024-09-11T08:00:00+07:00");
            ws.inlineString(5, 2, "Detik");
            ws.inlineString(5, 3, "ONLINE");
            ws.inlineString(5, 5, "NEUTRAL");
            ws.value(5, 7, 1);
            // row 7: outlet a formula that was never calculated: no value, MISSING_VALUE
            ws.inlineString(6, 0, "MI-6");
            ws.inlineString(6, 1, "2024-09-12T08:00:00+07:00");
            ws.formula(6, 2, "CONCATENATE(\"Koran\",\" Sindo\")");
            ws.inlineString(6, 3, "PRINT");
            ws.inlineString(6, 5, "NETRAL");
            wb.finish();
        }
    }
}
