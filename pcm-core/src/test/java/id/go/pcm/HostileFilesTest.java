package id.go.pcm;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.validation.Reject;
import id.go.pcm.validation.RejectCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files as hostile as real months bring: a field of 12 MB, NUL bytes, columns without a name. Each
 * gives a reject with its file and line or is read as it is; no good row is lost. Excel's text
 * exports saved under a file's name refuse the month, saying what the file is.
 */
class HostileFilesTest {

    private static final Monev MONEV = Monev.of(YearMonth.of(2024, 9), OffsetDateTime.parse("2024-10-10T00:00:00+07:00"));

    @TempDir
    Path month;

    @BeforeEach
    void quietMonth() throws IOException {
        write("agencies.csv", "agency_id,name,type,parent_id,region_code\nKEMENKES,Kementerian Kesehatan,KEMENTERIAN,,\n");
        write("narratives.csv", "narrative_id,title,program,issued_at,targets\n");
        write("reports.csv", "report_id,agency_id,period,submitted_at,policies_count,activities_count,has_data,has_agenda\n");
        write("dissemination.csv", "evidence_id,narrative_id,agency_id,channel,published_at\n");
        write("media.csv", "item_id,published_at,outlet,media_type,sentiment\n");
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(month.resolve(file), text, StandardCharsets.UTF_8);
    }

    private static Reject only(MonevResult result) {
        assertEquals(1, result.rejects().size(), result.rejects().toString());
        return result.rejects().get(0);
    }

    @Test
    void aTwelveMegabyteFieldIsOneRejectAndTheRowsAroundItStay() throws IOException {
        String huge = "x".repeat(12 * 1024 * 1024);
        write("media.csv", "item_id,published_at,outlet,media_type,sentiment\n"
                + "M1,2024-09-05T10:00:00+07:00,Kompas,ONLINE,POSITIVE\n"
                + "M2,2024-09-05T10:00:00+07:00,\"" + huge + "\nstill the same field\",ONLINE,POSITIVE\n"
                + "M3,2024-09-06T10:00:00+07:00,Tempo,ONLINE,NEGATIVE\n");
        MonevResult result = MONEV.evaluate(month);
        Reject reject = only(result);
        assertEquals("media.csv", reject.file());
        assertEquals(3, reject.line());
        assertEquals(RejectCode.BAD_VALUE, reject.code());
        assertEquals("outlet", reject.column());
        assertTrue(reject.messageEn().length() < 300, "the message does not copy the field: " + reject.messageEn().length());
        assertEquals(2, result.figures().media().items(), "M1 and M3 counted");
        assertEquals(List.of("Kompas", "Tempo"), result.figures().media().topOutlets().stream().map(o -> o.outlet()).toList());
    }

    @Test
    void nulBytesAreTextNotTheEndOfTheFile() throws IOException {
        write("media.csv", "item_id,published_at,outlet,media_type,sentiment\n"
                + "M1,2024-09-05T10:00:00+07:00,Kom\u0000pas,ONLINE,POSITIVE\n"
                + "M2\u0000,2024-09-05T10:00:00+07:00,Tempo,ONLINE,POSI\u0000TIVE\n"
                + "M3,2024-09-06T10:00:00+07:00,Tempo,ONLINE,NEGATIVE\n");
        MonevResult result = MONEV.evaluate(month);
        Reject reject = only(result);
        assertEquals(3, reject.line());
        assertEquals(RejectCode.BAD_VALUE, reject.code());
        assertEquals("sentiment", reject.column());
        assertEquals(2, result.figures().media().items());
    }

    @Test
    void columnsWithoutANameAreIgnoredAndTheirValuesLost() throws IOException {
        write("media.csv", "item_id,,published_at,outlet,media_type,sentiment,\n"
                + "M1,stray,2024-09-05T10:00:00+07:00,Kompas,ONLINE,POSITIVE,\n");
        MonevResult result = MONEV.evaluate(month);
        assertEquals(0, result.rejects().size(), result.rejects().toString());
        assertEquals(1, result.figures().media().items());
        assertEquals(List.of(), result.input("media.csv").unknownColumns(), "nameless columns are not listed as unknown names");
    }

    @Test
    void aRowOfOnlyDelimitersIsARejectedRowNotABlankLine() throws IOException {
        write("media.csv", "item_id,published_at,outlet,media_type,sentiment\n,,,,\nM1,2024-09-05T10:00:00+07:00,Kompas,ONLINE,POSITIVE\n");
        MonevResult result = MONEV.evaluate(month);
        Reject reject = only(result);
        assertEquals(2, reject.line());
        assertEquals(RejectCode.MISSING_VALUE, reject.code());
        assertEquals(2, result.input("media.csv").rows());
        assertEquals(1, result.figures().media().items());
    }

    @Test
    void aSecondFilePastedWithItsByteOrderMarkGivesRejectsNotShiftedIds() throws IOException {
        // Two exports joined by hand: the second one's BOM and header land in the middle of the file.
        write("media.csv", "item_id,published_at,outlet,media_type,sentiment\n"
                + "M1,2024-09-05T10:00:00+07:00,Kompas,ONLINE,POSITIVE\n"
                + "\uFEFFitem_id,published_at,outlet,media_type,sentiment\n"
                + "\uFEFFM2,2024-09-06T10:00:00+07:00,Tempo,ONLINE,NEGATIVE\n");
        MonevResult result = MONEV.evaluate(month);
        Reject reject = only(result);
        assertEquals(3, reject.line());
        assertEquals("item_id", reject.recordId(), "the pasted header is a row whose values are words, not an id with a mark");
        assertEquals(RejectCode.BAD_VALUE, reject.code());
        assertEquals(2, result.figures().media().items(), "M2 is read as M2");
    }

    @Test
    void anExcelTabDelimitedExportRefusesTheMonthAsTabSeparated() throws IOException {
        // "Text (Tab delimited)" saved as agencies.csv: tabs, CRLF, no byte-order mark
        write("agencies.csv", "agency_id\tname\ttype\tparent_id\tregion_code\r\nKEMENKES\tKementerian Kesehatan\tKEMENTERIAN\t\t\r\n");

        UnusableFileException refused = assertThrows(UnusableFileException.class, () -> MONEV.evaluate(month));

        assertEquals("agencies.csv", refused.file());
        assertTrue(refused.getMessage().startsWith("agencies.csv is tab-separated text (as Excel saves \"Text (Tab delimited)\")"),
                refused.getMessage());
        assertTrue(refused.messageId().startsWith("agencies.csv berisi teks yang dipisahkan tab"), refused.messageId());
    }

    @Test
    void anExcelUnicodeTextExportRefusesTheMonthAsUtf16() throws IOException {
        // "Unicode Text" saved as media.csv: UTF-16 little-endian after FF FE, tabs, CRLF
        byte[] text = "item_id\tpublished_at\toutlet\tmedia_type\tsentiment\r\nM1\t2024-09-05T10:00:00+07:00\tKompas\tONLINE\tPOSITIVE\r\n"
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Files.write(month.resolve("media.csv"), bytes);

        UnusableFileException refused = assertThrows(UnusableFileException.class, () -> MONEV.evaluate(month));

        assertEquals("media.csv", refused.file());
        assertTrue(refused.getMessage().startsWith("media.csv is UTF-16 text (as Excel saves \"Unicode Text\"), not UTF-8"),
                refused.getMessage());
        assertTrue(refused.messageId().startsWith("media.csv berupa teks UTF-16"), refused.messageId());
    }
}
