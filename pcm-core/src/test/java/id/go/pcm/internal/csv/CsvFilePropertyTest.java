package id.go.pcm.internal.csv;

import id.go.pcm.csv.UnusableFileException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import static id.go.pcm.internal.csv.CsvFiles.BOM;
import static id.go.pcm.internal.csv.CsvFiles.concat;
import static id.go.pcm.internal.csv.CsvFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Properties of {@link CsvFile} over generated files. */
class CsvFilePropertyTest {

    /** Pieces that values are built from: the characters that make CSV hard, and ordinary text. */
    private static final List<String> PIECES = List.of(
            "a", "Budi", "12.500", "x y", " ", "  ", "\t", "\u00A0", ",", ";", "\"", "\"\"", "\r", "\n", "\r\n",
            "é", "Jawa Barat", "日本", "𝔸", "#", "'", "=1+1", "-");

    /** Bytes that random files are built from, besides any byte at all. */
    private static final List<Integer> INTERESTING_BYTES = List.of(
            (int) ',', (int) ';', (int) '"', (int) '\r', (int) '\n', (int) ' ', (int) 'a', (int) 'c', (int) '0', (int) '1',
            0xEF, 0xBB, 0xBF, 0xE9, 0xC3, 0xA9, 0xF0, 0x9D, 0x80, 0xFF);

    private static final Gen<String> VALUES = lists().of(pick(PIECES)).ofSizeBetween(0, 6).map(pieces -> String.join("", pieces));

    /** A table written with Commons CSV in one of the shapes people send. */
    private record WrittenTable(List<List<String>> rows, int columns, char delimiter, String separator, boolean bom) {

        @Override
        public String toString() {
            String shown = rows.toString().replace("\r", "\\r").replace("\n", "\\n").replace("\u00A0", "\\u00A0");
            return columns + " columns, delimiter " + delimiter + ", separator " + separator.replace("\r", "\\r").replace("\n", "\\n")
                    + (bom ? ", BOM" : "") + ": " + shown;
        }
    }

    private record Cells(int columns, List<List<String>> rows) {
    }

    private static Gen<WrittenTable> tables() {
        Gen<Cells> cells = integers().between(1, 5).flatMap(
                columns -> lists().of(lists().of(VALUES).ofSize(columns)).ofSizeBetween(0, 8).map(rows -> new Cells(columns, rows)));
        return cells.zip(pick(List.of(',', ';')), pick(List.of("\n", "\r\n")), booleans().all(),
                (table, delimiter, separator, bom) -> new WrittenTable(
                        oneColumnRowsNotBlank(table.rows(), table.columns()), table.columns(),
                        // Semicolon is detected only when the header holds more semicolons than commas: two columns at least.
                        table.columns() == 1 ? ',' : delimiter,
                        separator, bom));
    }

    /**
     * In a one-column table a blank value is written as a line of spaces or a quoted blank field
     * ({@code ""}, {@code "  "}). CsvFile skips both as blank lines: Commons CSV does not say whether
     * a field was quoted, so the reader cannot tell {@code "  "} from spaces. The round trip is
     * claimed only for one-column rows with some text (tables of two or more columns have none of this).
     */
    private static List<List<String>> oneColumnRowsNotBlank(List<List<String>> rows, int columns) {
        if (columns != 1) {
            return rows;
        }
        return rows.stream().map(row -> trimmedOrNull(row.get(0)) == null ? List.of(row.get(0) + "x") : row).toList();
    }

    private static String columnName(int i) {
        return "c" + i;
    }

    /** Spaces as SPEC 1.1 means them, including the no-break spaces spreadsheets leave. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String trimmedOrNull(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : value.substring(start, end);
    }

    /** Physical line breaks as SPEC 1.1 counts them: CRLF, LF and a lone CR each end one line. */
    private static long lineBreaks(CharSequence text) {
        long breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r'))) {
                breaks++;
            }
        }
        return breaks;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The written file, and the line each row starts on, counted from what was written. */
    private record Written(byte[] bytes, List<Long> startLines) {
    }

    private static Written write(WrittenTable table) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(table.delimiter())
                .setRecordSeparator(table.separator())
                .get();
        StringBuilder text = new StringBuilder();
        List<Long> startLines = new ArrayList<>();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            // Header names in mixed case with spaces around, as people type them.
            printer.printRecord(IntStream.range(0, table.columns()).mapToObj(i -> i % 2 == 0 ? " C" + i + " " : columnName(i)).toList());
            for (List<String> row : table.rows()) {
                startLines.add(1 + lineBreaks(text));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = utf8(text.toString());
        return new Written(table.bom() ? concat(BOM, bytes) : bytes, startLines);
    }

    @Test
    void tablesWrittenByCommonsCsvReadBackWithTheirTrimmedValuesAndLines() {
        qt().forAll(tables()).checkAssert(table -> {
            Written written = write(table);
            // Columns listed backwards: the header's order must not matter.
            List<String> names = IntStream.range(0, table.columns()).mapToObj(i -> columnName(table.columns() - 1 - i)).toList();

            try (CsvFile file = CsvFile.open("media.csv", new ByteArrayInputStream(written.bytes()), new Columns(names, List.of()))) {
                assertEquals(table.delimiter(), file.delimiter());
                assertTrue(file.unknownColumns().isEmpty());
                List<CsvRow> rows = CsvFiles.readAll(file);

                assertEquals(table.rows().size(), rows.size());
                assertEquals(table.rows().size(), file.rows());
                for (int r = 0; r < rows.size(); r++) {
                    CsvRow row = rows.get(r);
                    assertFalse(row.malformed(), "row " + r);
                    assertEquals(written.startLines().get(r), row.line(), "line of row " + r);
                    for (int c = 0; c < table.columns(); c++) {
                        assertEquals(trimmedOrNull(table.rows().get(r).get(c)), row.value(columnName(c)), "row " + r + " column " + c);
                    }
                }
                assertEquals(sha256(written.bytes()), file.sha256());
            }
        });
    }

    /** Pieces heavy with tabs, for the properties that tabs in values never make a CSV tab-separated. */
    private static final List<String> TAB_PIECES = List.of("\t", "\t\t", "a\tb", " \t ", "Jl.\tMerdeka");

    private static final Gen<String> TAB_HEAVY_VALUES = lists().of(oneOf(pick(PIECES), pick(TAB_PIECES)))
            .ofSizeBetween(0, 6).map(pieces -> String.join("", pieces));

    /** A table of two to five required columns c0, c1, … and values from {@code values}, written by Commons CSV. */
    private record Shape(List<List<String>> rows, int columns, char delimiter, String separator, boolean bom, List<String> extraColumns) {

        @Override
        public String toString() {
            return new WrittenTable(rows, columns, delimiter, separator, bom) + ", extra columns " + extraColumns;
        }
    }

    private static Gen<Shape> shapes(Gen<String> values, List<Character> delimiters, Gen<List<String>> extraColumns) {
        Gen<Cells> cells = integers().between(2, 5).flatMap(
                columns -> lists().of(lists().of(values).ofSize(columns)).ofSizeBetween(0, 8).map(rows -> new Cells(columns, rows)));
        return cells.zip(pick(delimiters), pick(List.of("\n", "\r\n")), booleans().all(), extraColumns,
                (table, delimiter, separator, bom, extra) -> new Shape(table.rows(), table.columns(), delimiter, separator, bom, extra));
    }

    /** Writes the header (the required names in mixed case, then the extra names) and the rows, each padded for the extra columns. */
    private static byte[] write(Shape shape) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(shape.delimiter()).setRecordSeparator(shape.separator()).get();
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            List<String> header = new ArrayList<>(IntStream.range(0, shape.columns()).mapToObj(i -> i % 2 == 0 ? " C" + i + " " : columnName(i)).toList());
            header.addAll(shape.extraColumns());
            printer.printRecord(header);
            for (List<String> row : shape.rows()) {
                List<String> padded = new ArrayList<>(row);
                shape.extraColumns().forEach(extra -> padded.add("x"));
                printer.printRecord(padded);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shape.bom() ? concat(BOM, utf8(text.toString())) : utf8(text.toString());
    }

    private static Columns required(int columns) {
        return new Columns(IntStream.range(0, columns).mapToObj(CsvFilePropertyTest::columnName).toList(), List.of());
    }

    @Test
    void csvWithTabsInItsValuesAndInUnknownColumnNamesIsReadNeverRefused() {
        Gen<List<String>> tabbedNames = lists().of(pick(List.of("cat\tatan", "\tx", "y\t", "a\tb\tc"))).ofSizeBetween(0, 2)
                .map(names -> names.stream().distinct().toList());
        qt().forAll(shapes(TAB_HEAVY_VALUES, List.of(',', ';'), tabbedNames)).checkAssert(shape -> {
            try (CsvFile file = CsvFile.open("media.csv", new ByteArrayInputStream(write(shape)), required(shape.columns()))) {
                assertEquals(shape.delimiter(), file.delimiter());
                List<CsvRow> rows = CsvFiles.readAll(file);

                assertEquals(shape.rows().size(), rows.size());
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < shape.columns(); c++) {
                        assertEquals(trimmedOrNull(shape.rows().get(r).get(c)), rows.get(r).value(columnName(c)), "row " + r + " column " + c);
                    }
                }
            }
        });
    }

    @Test
    void tablesWrittenTabSeparatedAreRefusedAsTabSeparated() {
        // as Excel's "Text (Tab delimited)" writes them, with values holding commas, semicolons, quotes and line breaks
        Gen<List<String>> plainNames = lists().of(pick(List.of("catatan", "keterangan", "x;y", "a,b"))).ofSizeBetween(0, 2)
                .map(names -> names.stream().distinct().toList());
        qt().forAll(shapes(VALUES, List.of('\t'), plainNames)).checkAssert(shape -> {
            UnusableFileException refused = null;
            try (CsvFile file = CsvFile.open("media.csv", new ByteArrayInputStream(write(shape)), required(shape.columns()))) {
                CsvFiles.readAll(file);
            } catch (UnusableFileException e) {
                refused = e;
            }

            assertTrue(refused != null, "read as CSV");
            assertTrue(refused.getMessage().startsWith("media.csv is tab-separated text"), refused.getMessage());
            assertTrue(refused.messageId().startsWith("media.csv berisi teks yang dipisahkan tab"), refused.messageId());
        });
    }

    private static Gen<byte[]> randomFiles() {
        // Half valid UTF-8 text made of CSV's hard characters, half raw bytes of which many are not
        // UTF-8: files are often read to the end, and often refused.
        Gen<byte[]> text = lists().of(pick(PIECES)).ofSizeBetween(0, 40).map(pieces -> utf8(String.join("", pieces)));
        Gen<Integer> anyByte = frequency(
                Pair.of(6, pick(INTERESTING_BYTES)),
                Pair.of(3, integers().between(0, 127)),
                Pair.of(1, integers().between(0, 255)));
        Gen<byte[]> raw = lists().of(anyByte).ofSizeBetween(0, 200).map(list -> {
            byte[] bytes = new byte[list.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (int) list.get(i);
            }
            return bytes;
        });
        Gen<byte[]> body = oneOf(text, raw);
        Gen<byte[]> header = oneOf(constant(new byte[0]), constant(utf8("c0,c1\n")), constant(utf8("c0;c1\r\n")),
                constant(concat(BOM, utf8("C1,c0,x\n"))));
        return header.zip(body, CsvFiles::concat);
    }

    @Test
    void anyBytesAreReadOrRefusedAsUnusableAndNothingElse() {
        Columns columns = new Columns(List.of(), List.of("c0", "c1"));
        int[] outcomes = new int[2]; // files read to the end, files refused
        qt().forAll(randomFiles()).checkAssert(bytes -> {
            List<CsvRow> rows = new ArrayList<>();
            try (CsvFile file = CsvFile.open("agencies.csv", new ByteArrayInputStream(bytes), columns)) {
                for (CsvRow row = file.nextRow(); row != null; row = file.nextRow()) {
                    rows.add(row);
                }
                assertEquals(rows.size(), file.rows());
                assertEquals(sha256(bytes), file.sha256());
            } catch (UnusableFileException refused) {
                assertEquals("agencies.csv", refused.file());
                assertTrue(refused.line() >= 0);
                assertTrue(refused.getMessage().contains("agencies.csv"), refused.getMessage());
                assertTrue(refused.messageId().contains("agencies.csv"), refused.messageId());
                outcomes[1]++;
                return;
            }
            outcomes[0]++;
            long previousLine = 1;
            for (CsvRow row : rows) {
                assertTrue(row.line() > previousLine, "lines rise after the header: " + rows);
                previousLine = row.line();
                assertEquals("agencies.csv", row.file());
                if (row.malformed()) {
                    assertNotEquals(row.headerCount(), row.fieldCount());
                    assertNull(row.value("c0"));
                    assertNull(row.value("c1"));
                } else {
                    assertEquals(row.headerCount(), row.fieldCount());
                }
            }
        });
        // Neither half of the property may pass for want of examples.
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "read " + outcomes[0] + ", refused " + outcomes[1]);
    }
}
