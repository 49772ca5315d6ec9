package id.go.pcm.csv;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class UnusableFileExceptionTest {

    @Test
    void messagesComeFromTheCatalogueInBothLanguages() {
        UnusableFileException e = new UnusableFileException("agencies.csv", 0, "file.no_header");

        assertEquals("agencies.csv is empty: it needs at least its header line.", e.getMessage());
        assertEquals("agencies.csv kosong: berkas ini memerlukan setidaknya baris header.", e.messageId());
    }

    @Test
    void fileAndLineAreKept() {
        UnusableFileException e = new UnusableFileException("media.csv", 12, "file.not_utf8");

        assertEquals("media.csv", e.file());
        assertEquals(12, e.line());
    }

    @Test
    void furtherArgumentsFillTheTextFromPlaceTwo() {
        UnusableFileException e = new UnusableFileException("reports.csv", 1, "file.missing_columns", "period, has_data");

        assertEquals("reports.csv lacks the required column(s) period, has_data: add them to the header line.", e.getMessage());
        assertEquals("reports.csv tidak memiliki kolom wajib period, has_data: tambahkan pada baris header.", e.messageId());
    }

    @Test
    void largeLineNumbersAreWrittenWithoutGrouping() {
        UnusableFileException e = new UnusableFileException("media.csv", 1_234_567, "file.not_utf8");

        assertEquals("media.csv is not UTF-8 (first bad byte on line 1234567): save it again as \"CSV UTF-8\".", e.getMessage());
        assertEquals("media.csv bukan UTF-8 (bita salah pertama pada baris 1234567): simpan ulang sebagai \"CSV UTF-8\".", e.messageId());
    }

    @Test
    void tabSeparatedTextSaysWhatTheFileIsAndHowToSaveItAsCsv() {
        UnusableFileException e = new UnusableFileException("media.csv", 1, "file.tab_separated");

        assertEquals("media.csv is tab-separated text (as Excel saves \"Text (Tab delimited)\"), not a CSV separated by commas"
                + " or semicolons: open it in Excel, then File > Save As with the type \"CSV UTF-8 (Comma delimited) (*.csv)\","
                + " and save it as media.csv.", e.getMessage());
        assertEquals("media.csv berisi teks yang dipisahkan tab (ekspor Excel \"Text (Tab delimited)\"), bukan CSV yang dipisahkan"
                + " koma atau titik koma: buka berkas di Excel, lalu File > Simpan Sebagai dengan jenis berkas yang diawali \"CSV UTF-8\""
                + " (\"CSV UTF-8 (Comma delimited) (*.csv)\" di Excel berbahasa Inggris), dan simpan sebagai media.csv.", e.messageId());
    }

    @Test
    void utf16TextSaysWhatTheFileIsAndHowToSaveItAsCsv() {
        UnusableFileException e = new UnusableFileException("media.csv", 0, "file.utf16");

        assertEquals("media.csv is UTF-16 text (as Excel saves \"Unicode Text\"), not UTF-8: open it in Excel, then File > Save As"
                + " with the type \"CSV UTF-8 (Comma delimited) (*.csv)\", and save it as media.csv.", e.getMessage());
        assertEquals("media.csv berupa teks UTF-16 (ekspor Excel \"Unicode Text\"), bukan UTF-8: buka berkas di Excel, lalu"
                + " File > Simpan Sebagai dengan jenis berkas yang diawali \"CSV UTF-8\" (\"CSV UTF-8 (Comma delimited) (*.csv)\""
                + " di Excel berbahasa Inggris), dan simpan sebagai media.csv.", e.messageId());
    }

    @Test
    void publicConstructorHasNoCause() {
        assertNull(new UnusableFileException("a.csv", 0, "file.no_header").getCause());
    }

    @Test
    void causeIsKeptForTheLog() {
        IOException cause = new IOException("disk on fire");

        UnusableFileException e = new UnusableFileException("a.csv", 0, "file.unreadable", cause, cause.getMessage());

        assertSame(cause, e.getCause());
        assertEquals("a.csv cannot be read: disk on fire", e.getMessage());
        assertEquals("a.csv tidak dapat dibaca: disk on fire", e.messageId());
    }
}
