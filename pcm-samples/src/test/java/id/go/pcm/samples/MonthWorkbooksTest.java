package id.go.pcm.samples;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The generator's months as workbooks ({@code --format=xlsx}): one sheet per file named like it, the same
 * values as the CSV form in the cells a clerk's Excel holds them in, and the same bytes every time. Read
 * back with fastexcel's reader, not with the code under test.
 */
class MonthWorkbooksTest {

    private static final YearMonth PERIOD = YearMonth.of(2024, 9);
    private static final List<String> FILES = List.of("agencies", "narratives", "reports", "dissemination", "media");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm[:ss]");

    @TempDir
    Path dir;

    private static MonthGenerator national() {
        return new MonthGenerator(PERIOD, 0.05, 11, 0.05).withFirstProvinces(2);
    }

    @Test
    void aWorkbookMonthIsTheSameBytesEveryTimeAndRecordsTheMonthsAsOfAsItsCreation() throws IOException {
        MonthGenerator generator = national().withFormat(MonthFormat.XLSX);
        generator.writeTo(dir.resolve("a"));
        generator.writeTo(dir.resolve("b"));
        for (String name : FILES) {
            Path a = dir.resolve("a").resolve(name + ".xlsx");
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(dir.resolve("b").resolve(name + ".xlsx")), name);
            try (ZipFile zip = new ZipFile(a.toFile())) {
                String core = new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(core.contains(">" + generator.asOf().toInstant() + "</dcterms:created>"), core);
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    assertEquals(LocalDateTime.ofInstant(generator.asOf().toInstant(), java.time.ZoneOffset.UTC),
                            entry.getTimeLocal(), entry.getName());
                }
            }
        }
        try (ZipFile zip = new ZipFile(dir.resolve("a").resolve("dissemination.xlsx").toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(sheet.contains("<c r=\"A2\" t=\"inlineStr\">"), "ids are written inline, so memory stays flat in the rows");
            assertTrue(sheet.contains("<c r=\"D2\" t=\"s\">"), "channels, which repeat, are shared strings");
        }
        try (var listing = Files.list(dir.resolve("a"))) {
            assertEquals(new TreeSet<>(FILES.stream().map(f -> f + ".xlsx").toList()),
                    new TreeSet<>(listing.map(p -> p.getFileName().toString()).toList()), "no CSV, no scratch file left");
        }
    }

    @Test
    void theCommandLinesFormatChoosesTheFormAndAnotherIsRefusedByName() throws IOException {
        GenerateMonth.generator(Map.of("edition", "kutai-timur", "scale", "0.05", "format", "xlsx")).writeTo(dir.resolve("k"));
        assertTrue(Files.isRegularFile(dir.resolve("k").resolve("types.xlsx")));
        assertTrue(Files.notExists(dir.resolve("k").resolve("types.csv")));
        GenerateMonth.generator(Map.of("scale", "0.01", "provinces", "1", "format", "csv")).writeTo(dir.resolve("n"));
        assertTrue(Files.isRegularFile(dir.resolve("n").resolve("media.csv")));
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> GenerateMonth.generator(Map.of("format", "xls")));
        assertEquals("--format=xls is neither csv nor xlsx", refused.getMessage());
    }

    @Test
    void theNationalMonthsWorkbooksHoldTheCsvValuesInTheCellsAClerksExcelHolds() throws IOException {
        Map<String, Integer> seen = compare(national(), FILES);
        for (ClerkSheet.Kind kind : ClerkSheet.Kind.values()) {
            assertTrue(kind == ClerkSheet.Kind.TEXT || seen.getOrDefault(kind.name(), 0) > 0,
                    "no typed cell of kind " + kind + " was compared: " + seen);
        }
        assertTrue(seen.getOrDefault("FORMULA", 0) > 0, "no media row broken by a formula: " + seen);
    }

    @Test
    void kutaiTimursWorkbooksHoldItsCsvValuesTypesIncluded() throws IOException {
        List<String> files = new ArrayList<>(FILES);
        files.add(0, "types");
        compare(MonthGenerator.kutaiTimur(PERIOD, 0.2, 3, 0.05), files);
    }

    /**
     * Writes the month both ways and compares every cell with its CSV field; returns how many cells of each
     * kind were typed (held as something else than text), and how many sentiments were broken by a formula.
     */
    private Map<String, Integer> compare(MonthGenerator generator, List<String> files) throws IOException {
        generator.writeTo(dir.resolve("csv"));
        generator.withFormat(MonthFormat.XLSX).writeTo(dir.resolve("xlsx"));
        Map<String, Integer> typed = new java.util.TreeMap<>();
        for (String name : files) {
            List<CSVRecord> records;
            try (Reader reader = Files.newBufferedReader(dir.resolve("csv").resolve(name + ".csv"));
                 CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
                records = parser.getRecords();
            }
            try (ReadableWorkbook workbook = new ReadableWorkbook(dir.resolve("xlsx").resolve(name + ".xlsx").toFile(),
                    new ReadingOptions(true, false))) {
                List<Sheet> sheets = workbook.getSheets().toList();
                assertEquals(1, sheets.size(), name);
                assertEquals(name, sheets.get(0).getName());
                List<Row> rows = sheets.get(0).read();
                assertEquals(records.size(), rows.size(), name + ": a row per record, the header in row 1");
                CSVRecord header = records.get(0);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = rows.get(r);
                    CSVRecord record = records.get(r);
                    assertEquals(r + 1, row.getRowNum(), name);
                    for (int c = 0; c < record.size(); c++) {
                        String where = name + ".xlsx row " + (r + 1) + " column " + (c < header.size() ? header.get(c) : c);
                        Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
                        String text = record.get(c);
                        ClerkSheet.Kind kind = r == 0 || c >= header.size() ? ClerkSheet.Kind.TEXT : ClerkSheet.Kind.of(header.get(c));
                        if (record.size() > header.size()) {
                            // CSV's stray delimiter; the workbook breaks the row with a formula in sentiment instead.
                            assertEquals("media", name, where);
                            if (c >= header.size()) {
                                assertTrue(cell == null || cell.getType() == CellType.EMPTY, where);
                                continue;
                            }
                            if (header.get(c).equals("sentiment")) {
                                assertEquals(CellType.FORMULA, cell.getType(), where);
                                assertNull(cell.getValue(), where + ": no saved result");
                                typed.merge("FORMULA", 1, Integer::sum);
                                continue;
                            }
                        }
                        if (text.isEmpty()) {
                            assertTrue(cell == null || cell.getType() == CellType.EMPTY, where + ": no cell for an empty field");
                        } else if (sameValue(kind, text, cell, where)) {
                            typed.merge(kind.name(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return typed;
    }

    /** Asserts the cell holds the field's value; true when it holds it as something else than text. */
    private static boolean sameValue(ClerkSheet.Kind kind, String text, Cell cell, String where) {
        if (cell.getType() == CellType.STRING) {
            assertEquals(text, cell.asString(), where);
            switch (kind) {
                case TIMESTAMP -> assertTrue(!Character.isDigit(text.charAt(0)) || text.indexOf('/') != 2,
                        where + ": a day-first timestamp is a date in Excel, not text: " + text);
                case BOOLEAN, PERIOD, DATE -> fail(where + ": " + text + " should have been typed as " + kind);
                case INTEGER -> assertTrue(!text.matches("[0-9.]+"), where + ": digits are a number in Excel: " + text);
                default -> {
                }
            }
            return false;
        }
        switch (cell.getType()) {
            case BOOLEAN -> {
                assertEquals(ClerkSheet.Kind.BOOLEAN, kind, where);
                assertEquals(List.of("true", "ya", "y", "1").contains(text.toLowerCase(Locale.ROOT)), cell.asBoolean(), where);
            }
            case NUMBER -> {
                String format = cell.getDataFormatString();
                switch (kind) {
                    case TIMESTAMP -> {
                        assertEquals(text.length() == 16 ? "dd/mm/yyyy hh:mm" : "dd/mm/yyyy hh:mm:ss", format, where);
                        assertEquals(LocalDateTime.parse(text, DAY_FIRST), serial(cell), where);
                    }
                    case DATE -> {
                        assertEquals("dd/mm/yyyy", format, where);
                        LocalDate date = text.indexOf('/') == 2 ? LocalDate.parse(text, DateTimeFormatter.ofPattern("dd/MM/uuuu")) : LocalDate.parse(text);
                        assertEquals(date.atStartOfDay(), serial(cell), where);
                    }
                    case PERIOD -> {
                        assertEquals("yyyy-mm", format, where);
                        assertEquals(YearMonth.parse(text).atDay(1).atStartOfDay(), serial(cell), where);
                    }
                    case INTEGER -> {
                        assertEquals(text.contains(".") ? "#,##0" : null, format, where);
                        assertEquals(new BigDecimal(text.replace(".", "")), cell.asNumber(), where);
                    }
                    default -> fail(where + ": " + text + " is text, not a number");
                }
            }
            default -> fail(where + ": unexpected " + cell.getType() + " for " + text);
        }
        return true;
    }

    /** SPEC 10.1's reading of a date serial: 1899-12-30 plus the value's seconds, rounded half up. */
    private static LocalDateTime serial(Cell cell) {
        long seconds = cell.asNumber().multiply(BigDecimal.valueOf(86_400)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        return LocalDate.of(1899, 12, 30).atStartOfDay().plusSeconds(seconds);
    }
}
