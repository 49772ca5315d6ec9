package id.go.pcm.internal.workbook;

import id.go.pcm.csv.UnusableFileException;
import id.go.pcm.internal.TypedCells;
import id.go.pcm.internal.csv.Columns;
import id.go.pcm.internal.rules.ReportRules;
import id.go.pcm.validation.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static id.go.pcm.internal.workbook.TestWorkbook.error;
import static id.go.pcm.internal.workbook.TestWorkbook.inline;
import static id.go.pcm.internal.workbook.TestWorkbook.row;
import static id.go.pcm.internal.workbook.TestWorkbook.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sheet, its header, its rows and the package's refusals (SPEC 10.1). */
class WorkbookFileTest {

    static final Columns LAYOUT = new Columns(List.of("item_id", "outlet"), List.of("reach", "url"));

    @TempDir
    Path dir;

    private List<Row> read(Path file) {
        return read(file, LAYOUT, List.of());
    }

    static List<Row> read(Path file, Columns layout, List<String> kit) {
        return check(file, layout, kit, row -> row);
    }

    /** Each row as the rules see it, while the workbook is open (a reject may read its merged ranges). */
    static <T> List<T> check(Path file, Columns layout, List<String> kit, java.util.function.Function<Row, T> rules) {
        List<T> checked = new ArrayList<>();
        try (WorkbookFile workbook = WorkbookFile.open(file, layout, kit)) {
            for (Row row = workbook.nextRow(); row != null; row = workbook.nextRow()) {
                checked.add(rules.apply(row));
            }
        }
        return checked;
    }

    private UnusableFileException refused(Path file) {
        return assertThrows(UnusableFileException.class, () -> read(file));
    }

    @Test
    void rowNumbersAreLinesTitleRowsAreSkippedAndBlankRowsAreNoRows() throws IOException {
        Path file = new TestWorkbook().sheet("media",
                texts(1, "Laporan pemantauan media, September 2024")
                        + texts(3, " Item_ID ", "OUTLET", "catatan", null, "reach")
                        + texts(4, "M-1", "Kompas", "x")
                        + texts(5, " ", "", null)
                        + row(6, inline("D6", "under no header"))
                        + texts(9, "M-2", " Tempo ")).write(dir.resolve("media.xlsx"));
        try (WorkbookFile workbook = WorkbookFile.open(file, LAYOUT, List.of())) {
            Row first = workbook.nextRow();
            assertEquals("media.xlsx", first.file());
            assertEquals(4, first.line());
            assertEquals("M-1", first.value("item_id"));
            assertEquals("Kompas", first.value("outlet"));
            Row second = workbook.nextRow();
            assertEquals(9, second.line(), "rows 5 and 6 are blank: a cell under an empty header cell is ignored");
            assertEquals("Tempo", second.value("outlet"));
            assertFalse(second.malformed());
            assertNull(workbook.nextRow());
            assertEquals(2, workbook.rows());
            assertEquals(List.of("catatan"), List.copyOf(workbook.unknownColumns()));
            assertEquals(sha256(file), workbook.sha256());
        }
    }

    @Test
    void theHeaderIsLookedForInTheFirstTenRowsOnly() throws IOException {
        Path tenth = new TestWorkbook().sheet("media", texts(10, "item_id", "outlet") + texts(11, "M-1", "Kompas"))
                .write(dir.resolve("media.xlsx"));
        assertEquals(11, read(tenth).get(0).line());

        Path eleventh = new TestWorkbook().sheet("media", texts(2, "Judul") + texts(11, "item_id", "outlet"))
                .write(dir.resolve("media.xlsx"));
        UnusableFileException refusal = refused(eleventh);
        assertEquals(2, refusal.line(), "the missing columns are those of the first row with a value");
        assertTrue(refusal.getMessage().contains("item_id, outlet"), refusal.getMessage());
    }

    @Test
    void aHeaderLackingARequiredColumnNamesIt() throws IOException {
        Path file = new TestWorkbook().sheet("media", texts(1, "item_id", "reach")).write(dir.resolve("media.xlsx"));
        UnusableFileException refusal = refused(file);
        assertTrue(refusal.getMessage().contains("outlet") && !refusal.getMessage().contains("item_id,"), refusal.getMessage());
        assertTrue(refusal.messageId().contains("outlet"), refusal.messageId());
    }

    @Test
    void aColumnNamedTwiceIsRefusedAsInCsv() throws IOException {
        Path file = new TestWorkbook().sheet("media", texts(2, "item_id", "outlet", "Outlet")).write(dir.resolve("media.xlsx"));
        UnusableFileException refusal = refused(file);
        assertEquals(2, refusal.line());
        assertTrue(refusal.getMessage().contains("names the column outlet twice"), refusal.getMessage());
    }

    @Test
    void anEmptySheetHasNoHeader() throws IOException {
        Path file = new TestWorkbook().sheet("media", texts(1, " ")).write(dir.resolve("media.xlsx"));
        assertTrue(refused(file).getMessage().contains("is empty"));
    }

    @Test
    void theSheetNamedLikeTheFileIsReadEvenHiddenElseTheFirstVisible() throws IOException {
        String data = texts(1, "item_id", "outlet") + texts(2, "M-1", "Kompas");
        Path named = new TestWorkbook().sheet("Petunjuk", texts(1, "Isi lembar media"))
                .sheet(" MEDIA ", "hidden", data, "").write(dir.resolve("media.xlsx"));
        assertEquals("M-1", read(named).get(0).value("item_id"));

        Path firstVisible = new TestWorkbook().sheet("tersembunyi", "hidden", texts(1, "x"), "")
                .sheet("Lembar1", data).write(dir.resolve("media.xlsx"));
        assertEquals("Kompas", read(firstVisible).get(0).value("outlet"));

        Path none = new TestWorkbook().sheet("a", "hidden", data, "").sheet("b", "veryHidden", data, "")
                .write(dir.resolve("media.xlsx"));
        UnusableFileException refusal = refused(none);
        assertTrue(refusal.getMessage().contains("no sheet to read") && refusal.getMessage().contains("media"), refusal.getMessage());
    }

    @Test
    void aKitsUnfilledReportRowIsSkippedAndRegistersNothing() throws IOException {
        Path file = new TestWorkbook().sheet("reports",
                texts(1, "report_id", "agency_id", "period", "submitted_at", "policies_count", "activities_count", "has_data", "has_agenda")
                        + texts(2, "R-1", "KEMKES", "2024-09")
                        + texts(3, "R-2", "KEMKES", "2024-09", null, "0")
                        + row(4, inline("A4", "R-3"), error("E4", "#N/A"))).write(dir.resolve("reports.xlsx"));
        List<Row> rows = read(file, ReportRules.COLUMNS, ReportRules.FILLED_BY_AGENCY);
        assertEquals(List.of(3L, 4L), rows.stream().map(Row::line).toList(), "a zero or an error is a value");
        assertEquals(3, read(file, ReportRules.COLUMNS, List.of()).size(), "only a kit's columns make a row unfilled");
    }

    @Test
    void aStreamIsReadAsTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = new TestWorkbook().sheet("media", texts(1, "item_id", "outlet") + texts(2, "M-1", "Kompas"))
                .write(dir.resolve("media.xlsx"));
        long before = temporaryCopies();
        try (InputStream in = Files.newInputStream(file);
             WorkbookFile workbook = WorkbookFile.open("media.xlsx", in, LAYOUT, List.of())) {
            assertEquals("Kompas", workbook.nextRow().value("outlet"));
            assertNull(workbook.nextRow());
            assertEquals(sha256(file), workbook.sha256());
        }
        assertEquals(before, temporaryCopies());
        assertThrows(UnusableFileException.class,
                () -> WorkbookFile.open("media.xlsx", InputStream.nullInputStream(), LAYOUT, List.of()));
        assertEquals(before, temporaryCopies(), "a refused stream leaves no copy either");
    }

    private static long temporaryCopies() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("pcm-") && f.toString().endsWith(".xlsx")).count();
        }
    }

    // --- refusals of the package ---

    @Test
    void whatIsNoWorkbookIsRefusedForWhatItIs() throws IOException {
        Path text = Files.writeString(dir.resolve("media.xlsx"), "item_id,outlet\n");
        assertTrue(refused(text).getMessage().contains("not a ZIP file"));

        Path docx = dir.resolve("media.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w/>".getBytes());
        }
        assertTrue(refused(docx).getMessage().contains("holds no Excel workbook"));

        Path strict = new TestWorkbook().strict().sheet("media", texts(1, "item_id", "outlet")).write(dir.resolve("media.xlsx"));
        UnusableFileException refusal = refused(strict);
        assertTrue(refusal.getMessage().contains("Strict Open XML Spreadsheet") && refusal.getMessage().contains("Excel Workbook (.xlsx)"),
                refusal.getMessage());
    }

    @Test
    void anOle2FileNamedXlsxIsEncryptedOrAnOldWorkbook() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        java.io.ByteArrayOutputStream encrypted = new java.io.ByteArrayOutputStream();
        encrypted.write(ole2);
        encrypted.write(new byte[600]);
        encrypted.write("EncryptionInfo".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        encrypted.write("EncryptedPackage".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        UnusableFileException refusal = refused(Files.write(dir.resolve("media.xlsx"), encrypted.toByteArray()));
        assertTrue(refusal.getMessage().contains("password") && refusal.messageId().contains("kata sandi"), refusal.getMessage());

        java.io.ByteArrayOutputStream xls = new java.io.ByteArrayOutputStream();
        xls.write(ole2);
        xls.write("Workbook".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertTrue(refused(Files.write(dir.resolve("media.xlsx"), xls.toByteArray())).getMessage().contains("Excel 97-2003"));
    }

    @Test
    void spreadsheetsPcmDoesNotReadAreRefusedByTheirName() {
        for (String name : List.of("reports.xls", "reports.XLSM", "reports.xlsb", "reports.ods")) {
            UnusableFileException refusal = assertThrows(UnusableFileException.class,
                    () -> RowFiles.open(dir.resolve(name), ReportRules.COLUMNS, List.of()));
            assertEquals(name, refusal.file());
            assertTrue(refusal.getMessage().contains("Excel Workbook (.xlsx)") && refusal.getMessage().contains("reports.xlsx")
                    && refusal.getMessage().contains("CSV UTF-8"), refusal.getMessage());
            assertTrue(refusal.messageId().contains("Excel Workbook (.xlsx)"), refusal.messageId());
            assertThrows(UnusableFileException.class,
                    () -> RowFiles.open(name, InputStream.nullInputStream(), ReportRules.COLUMNS, List.of()));
        }
        assertTrue(RowFiles.isWorkbook("Reports.XLSX"));
        assertFalse(RowFiles.isWorkbook("reports.csv"));
    }

    @Test
    void theCellsOfARowKnowTheirFaultsOnlyInAWorkbook() throws IOException {
        Path file = new TestWorkbook().sheet("media", texts(1, "item_id", "outlet") + row(2, inline("A2", "M-1"), error("B2", "#REF!")))
                .write(dir.resolve("media.xlsx"));
        Row row = read(file).get(0);
        assertNull(row.value("outlet"));
        assertEquals("BAD_VALUE", ((TypedCells) row).cellFault("outlet").code().name());
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
