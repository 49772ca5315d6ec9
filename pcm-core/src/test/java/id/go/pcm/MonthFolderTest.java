package id.go.pcm;

import id.go.pcm.csv.UnusableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which of a month folder's files is read (SPEC 1, 10.1): CSV or workbook, never both, never an unread form. */
class MonthFolderTest {

    @TempDir
    Path dir;

    private Path touch(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "x\n");
    }

    @Test
    void aFileIsFoundAsCsvOrAsWorkbook() throws IOException {
        touch("reports.csv");
        touch("dissemination.xlsx");
        MonthFolder folder = MonthFolder.of(dir);

        assertEquals(dir.resolve("reports.csv"), folder.file(MonthFile.REPORTS));
        assertEquals(dir.resolve("dissemination.xlsx"), folder.file(MonthFile.DISSEMINATION));
        assertEquals(Optional.empty(), folder.find(MonthFile.MEDIA));
    }

    @Test
    void namesAreComparedIgnoringCaseAndTheFolderNamesTheFile() throws IOException {
        touch("Reports.XLSX");
        touch("MEDIA.csv");

        assertEquals(dir.resolve("Reports.XLSX"), MonthFolder.of(dir).file(MonthFile.REPORTS));
        assertEquals(dir.resolve("MEDIA.csv"), MonthFolder.of(dir).file(MonthFile.MEDIA));
    }

    @Test
    void otherFilesBesideThemAreNotTheirs() throws IOException {
        touch("reports.csv.bak");
        touch("~$reports.xlsx");
        touch("reports-old.xlsx");
        touch("reports.txt");

        assertEquals(Optional.empty(), MonthFolder.of(dir).find(MonthFile.REPORTS));
    }

    @Test
    void bothFormsOfAFileAreRefusedNamingBothInBothLanguages() throws IOException {
        touch("reports.csv");
        touch("reports.xlsx");

        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MonthFolder.of(dir).file(MonthFile.REPORTS));
        assertEquals("reports.csv", e.file());
        assertEquals("reports.csv and reports.xlsx are both in " + dir.toAbsolutePath() + ": a month file comes once,"
                + " as CSV or as an Excel workbook; remove one of them.", e.getMessage());
        assertEquals("reports.csv dan reports.xlsx sama-sama ada di " + dir.toAbsolutePath() + ": setiap berkas bulan hanya"
                + " boleh ada satu, sebagai CSV atau sebagai buku kerja Excel; hapus salah satunya.", e.messageId());
    }

    @Test
    void twoNamesThatDifferOnlyInCaseAreRefusedAsBoth() throws IOException {
        touch("media.csv");
        touch("Media.csv");

        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MonthFolder.of(dir).find(MonthFile.MEDIA));
        assertTrue(e.getMessage().startsWith("Media.csv and media.csv are both in "), e.getMessage());
    }

    @Test
    void anOldWorkbookBesideTheCsvFileIsRefusedSayingWhatItIsAndHowToSaveIt() throws IOException {
        touch("agencies.csv");
        touch("agencies.xls");

        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MonthFolder.of(dir).file(MonthFile.AGENCIES));
        assertEquals("agencies.xls", e.file());
        assertEquals("agencies.xls is an old Excel 97-2003 workbook (.xls), which PCM does not read: open it in Excel, then"
                + " File > Save As with the type \"Excel Workbook (*.xlsx)\" and save it as agencies.xlsx (or \"CSV UTF-8 (Comma"
                + " delimited) (*.csv)\" as agencies.csv), then remove agencies.xls from the folder.", e.getMessage());
        assertEquals("agencies.xls adalah buku kerja Excel 97-2003 lama (.xls), yang tidak dibaca PCM: buka berkas di Excel,"
                + " lalu File > Simpan Sebagai dengan jenis \"Excel Workbook (*.xlsx)\" (\"Buku Kerja Excel\") dan simpan sebagai"
                + " agencies.xlsx (atau jenis yang diawali \"CSV UTF-8\" sebagai agencies.csv), lalu hapus agencies.xls dari folder.",
                e.messageId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"media.xls", "media.xlsm", "media.xlsb", "media.ods", "MEDIA.ODS"})
    void everyFormPcmDoesNotReadIsRefusedAloneToo(String name) throws IOException {
        touch(name);

        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MonthFolder.of(dir).find(MonthFile.MEDIA));
        assertEquals(name, e.file());
        assertTrue(e.getMessage().contains("\"Excel Workbook (*.xlsx)\"") || e.getMessage().contains("\"Excel 2007-365 (.xlsx)\""),
                e.getMessage());
        assertTrue(e.getMessage().contains("media.xlsx") && e.getMessage().contains("media.csv"), e.getMessage());
        assertTrue(e.messageId().contains("media.xlsx") && e.messageId().contains("UTF-8"), e.messageId());
    }

    @Test
    void aMissingFileIsRefusedNamingBothForms() {
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MonthFolder.of(dir).file(MonthFile.MEDIA));
        assertEquals("media.csv", e.file());
        assertEquals("media.csv is missing from " + dir.toAbsolutePath() + ": every month needs all five files (a quiet month"
                + " is a header with no rows), each as CSV (media.csv) or as an Excel workbook (media.xlsx).", e.getMessage());
        assertTrue(e.messageId().startsWith("media.csv tidak ada di " + dir.toAbsolutePath()), e.messageId());
        assertTrue(e.messageId().contains("media.xlsx"), e.messageId());
    }

    @Test
    void aFolderThatDoesNotExistLacksEveryFile() {
        UnusableFileException e = assertThrows(UnusableFileException.class,
                () -> MonthFolder.of(dir.resolve("2024-13")).file(MonthFile.AGENCIES));
        assertEquals("agencies.csv", e.file());
    }

    @Test
    void typesAreOptionalAndTakeEitherFormToo() throws IOException {
        assertEquals(Optional.empty(), MonthFolder.of(dir).types());
        touch("types.xlsx");
        assertEquals(Optional.of(dir.resolve("types.xlsx")), MonthFolder.of(dir).types());
        touch("types.csv");
        assertThrows(UnusableFileException.class, () -> MonthFolder.of(dir).types());
    }

    @Test
    void anUnreadFormOfTypesIsRefused() throws IOException {
        touch("types.ods");
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> MonthFolder.of(dir).types());
        assertEquals("types.ods", e.file());
    }

    @Test
    void presentListsTheFilesFoundInReadingOrder() throws IOException {
        touch("media.csv");
        touch("agencies.xlsx");
        touch("types.csv");
        touch("notes.docx");

        assertEquals(List.of(dir.resolve("types.csv"), dir.resolve("agencies.xlsx"), dir.resolve("media.csv")),
                MonthFolder.of(dir).present());
    }

    @Test
    void aSingleNameIsRefusedWhenItIsOneOfTheSixInAnUnreadForm() {
        assertEquals("dissemination.xlsm", MonthFolder.refusedForm("dissemination.xlsm").orElseThrow().file());
        assertTrue(MonthFolder.refusedForm("Types.XLS").isPresent());
        assertEquals(Optional.empty(), MonthFolder.refusedForm("dissemination.xlsx"));
        assertEquals(Optional.empty(), MonthFolder.refusedForm("laporan.xls"));
    }

    @Test
    void monthFileKnowsItsNamesInBothForms() {
        assertEquals("dissemination", MonthFile.DISSEMINATION.baseName());
        assertEquals("dissemination.csv", MonthFile.DISSEMINATION.fileName());
        assertEquals("dissemination.xlsx", MonthFile.DISSEMINATION.workbookName());
        assertEquals(Optional.of(MonthFile.REPORTS), MonthFile.named("Reports.XLSX"));
        assertEquals(Optional.of(MonthFile.REPORTS), MonthFile.named("reports.csv"));
        assertEquals(Optional.empty(), MonthFile.named("reports.xls"));
        assertEquals(Optional.of("types.csv"), MonthFile.logicalName("types.xlsx"));
        assertEquals(Optional.empty(), MonthFile.logicalName("laporan.csv"));
    }
}
