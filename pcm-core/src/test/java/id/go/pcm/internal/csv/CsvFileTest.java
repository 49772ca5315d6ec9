package id.go.pcm.internal.csv;

import id.go.pcm.csv.UnusableFileException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import static id.go.pcm.internal.csv.CsvFiles.BOM;
import static id.go.pcm.internal.csv.CsvFiles.concat;
import static id.go.pcm.internal.csv.CsvFiles.lines;
import static id.go.pcm.internal.csv.CsvFiles.open;
import static id.go.pcm.internal.csv.CsvFiles.readAll;
import static id.go.pcm.internal.csv.CsvFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC 1.1 "Format, as people really send it", as {@link CsvFile} reads it. */
class CsvFileTest {

    /** A small layout: two required columns and one optional. */
    private static final Columns COLUMNS = new Columns(List.of("id", "name"), List.of("note"));

    private static List<String> values(CsvRow row) {
        List<String> values = new ArrayList<>();
        values.add(row.value("id"));
        values.add(row.value("name"));
        values.add(row.value("note"));
        return values;
    }

    private static List<List<String>> values(List<CsvRow> rows) {
        return rows.stream().map(CsvFileTest::values).toList();
    }

    private static List<String> row(String id, String name, String note) {
        List<String> values = new ArrayList<>();
        values.add(id);
        values.add(name);
        values.add(note);
        return values;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    class Encoding {

        @Test
        void readsUtf8WithoutByteOrderMark() {
            List<CsvRow> rows = readAll("id,name\n1,Dinas Kominfo Kabupaten Bogor — Jawa Barat\n", COLUMNS);

            assertEquals(List.of(row("1", "Dinas Kominfo Kabupaten Bogor — Jawa Barat", null)), values(rows));
        }

        @Test
        void dropsByteOrderMarkSoTheFirstHeaderNameStillMatches() {
            List<CsvRow> rows = readAll(open(concat(BOM, utf8("id,name\n1,Kementerian Keuangan\n")), COLUMNS));

            assertEquals(List.of(row("1", "Kementerian Keuangan", null)), values(rows));
        }

        @Test
        void byteOrderMarkArrivingAloneFromAStreamIsDropped() {
            // A stream may hand out the mark in a read of its own, as one built from parts does.
            var in = new SequenceInputStream(new ByteArrayInputStream(BOM), new ByteArrayInputStream(utf8("id;name\n1;a\n")));

            try (CsvFile file = CsvFile.open("reports.csv", in, COLUMNS)) {
                assertEquals(';', file.delimiter());
                assertEquals(List.of(row("1", "a", null)), values(readAll(file)));
            }
        }

        @Test
        void byteOrderMarkIsNotPartOfAnUnknownFirstColumnName() {
            try (CsvFile file = open(concat(BOM, utf8("extra,id,name\nx,1,a\n")), COLUMNS)) {
                assertEquals(Set.of("extra"), file.unknownColumns());
            }
        }

        @Test
        void byteOrderMarkDoesNotShiftLineNumbers() {
            List<CsvRow> rows = readAll(open(concat(BOM, utf8("id,name\n1,a\n2,b\n")), COLUMNS));

            assertEquals(List.of(2L, 3L), lines(rows));
        }

        @Test
        void keepsNonAsciiTextIntact() {
            List<CsvRow> rows = readAll("id,name\n1,Pemprov Aceh ✓ 日本 𝔸\n", COLUMNS);

            assertEquals("Pemprov Aceh ✓ 日本 𝔸", rows.get(0).value("name"));
        }
    }

    @Nested
    class Delimiter {

        @Test
        void commaByDefault() {
            try (CsvFile file = open("id,name\n1,a\n", COLUMNS)) {
                assertEquals(',', file.delimiter());
                assertEquals(List.of(row("1", "a", null)), values(readAll(file)));
            }
        }

        @Test
        void semicolonWhenTheHeaderHoldsMoreSemicolonsThanCommas() {
            try (CsvFile file = open("id;name;note\n1;Budi, S.Kom;x\n", COLUMNS)) {
                assertEquals(';', file.delimiter());
                assertEquals(List.of(row("1", "Budi, S.Kom", "x")), values(readAll(file)));
            }
        }

        @Test
        void semicolonEvenWhenTheHeaderAlsoHoldsAComma() {
            try (CsvFile file = open("id;name;\"a,b\"\n1;c;d\n", COLUMNS)) {
                assertEquals(';', file.delimiter());
            }
        }

        @Test
        void commaWhenTheHeaderHoldsAsManyCommasAsSemicolons() {
            try (CsvFile file = open("id,name,\"x;y;z\"\n1,a;b,c\n", COLUMNS)) {
                assertEquals(',', file.delimiter());
                assertEquals(List.of(row("1", "a;b", null)), values(readAll(file)));
            }
        }

        @Test
        void commaWhenTheHeaderHoldsMoreCommasThanSemicolons() {
            try (CsvFile file = open("id,name,note;x\n1,a,b\n", COLUMNS)) {
                assertEquals(',', file.delimiter());
            }
        }

        @Test
        void onlyTheHeaderLineDecidesNotTheRows() {
            try (CsvFile file = open("id,name\n1;2;3;4,a\n", COLUMNS)) {
                assertEquals(',', file.delimiter());
                assertEquals(List.of(row("1;2;3;4", "a", null)), values(readAll(file)));
            }
        }

        @Test
        void semicolonDetectedAfterAByteOrderMark() {
            try (CsvFile file = open(concat(BOM, utf8("id;name\n1;a\n")), COLUMNS)) {
                assertEquals(';', file.delimiter());
                assertEquals(List.of(row("1", "a", null)), values(readAll(file)));
            }
        }
    }

    @Nested
    class Quoting {

        @Test
        void quotedFieldMayHoldTheDelimiter() {
            assertEquals(List.of(row("1", "Anytown, WW", null)), values(readAll("id,name\n1,\"Anytown, WW\"\n", COLUMNS)));
        }

        @Test
        void quotedFieldMayHoldASemicolonInASemicolonFile() {
            assertEquals(List.of(row("1", "a;b", null)), values(readAll("id;name\n1;\"a;b\"\n", COLUMNS)));
        }

        @Test
        void doubledQuotesAreOneQuote() {
            assertEquals(List.of(row("1", "ha \"ha\" ha", null)), values(readAll("id,name\n1,\"ha \"\"ha\"\" ha\"\n", COLUMNS)));
        }

        @Test
        void quotedFieldMayHoldALineFeed() {
            assertEquals(List.of(row("1", "Once upon\na time", null)), values(readAll("id,name\n1,\"Once upon\na time\"\n", COLUMNS)));
        }

        @Test
        void quotedFieldKeepsACarriageReturnLineFeedAsWritten() {
            assertEquals(List.of(row("1", "Once upon\r\na time", null)),
                    values(readAll("id,name\r\n1,\"Once upon\r\na time\"\r\n", COLUMNS)));
        }

        @Test
        void quotedHeaderNamesAreMatched() {
            assertEquals(List.of(row("1", "a", null)), values(readAll("\"id\",\"name\"\n1,a\n", COLUMNS)));
        }

        @Test
        void rowAfterAMultiLineFieldIsReadNormally() {
            List<CsvRow> rows = readAll("id,name\n1,\"x\n\"\"y\"\"\nz\"\n2,b\n", COLUMNS);

            assertEquals(List.of(row("1", "x\n\"y\"\nz", null), row("2", "b", null)), values(rows));
        }
    }

    @Nested
    class Header {

        @Test
        void namesMatchInAnyCaseAfterTrimming() {
            List<CsvRow> rows = readAll("  ID , Name\u00A0,NOTE\n1,a,b\n", COLUMNS);

            assertEquals(List.of(row("1", "a", "b")), values(rows));
        }

        @Test
        void columnsMayComeInAnyOrder() {
            List<CsvRow> rows = readAll("note,name,id\nn,a,1\n", COLUMNS);

            assertEquals(List.of(row("1", "a", "n")), values(rows));
        }

        @Test
        void absentOptionalColumnReadsAsAbsent() {
            List<CsvRow> rows = readAll("id,name\n1,a\n", COLUMNS);

            assertNull(rows.get(0).value("note"));
        }

        @Test
        void unknownColumnsAreIgnoredAndReportedInHeaderOrder() {
            try (CsvFile file = open("Zeta,id,extra,name\nz,1,x,a\n", COLUMNS)) {
                assertEquals(List.of("zeta", "extra"), List.copyOf(file.unknownColumns()));
                CsvRow row = file.nextRow();
                assertEquals(row("1", "a", null), values(row));
                assertNull(row.value("extra"));
                assertFalse(row.malformed());
            }
        }

        @Test
        void unknownColumnNamedTwiceIsReportedOnce() {
            try (CsvFile file = open("id,extra,name,EXTRA\n1,x,a,y\n", COLUMNS)) {
                assertEquals(List.of("extra"), List.copyOf(file.unknownColumns()));
                assertEquals(List.of(row("1", "a", null)), values(readAll(file)));
            }
        }

        @Test
        void noUnknownColumnsWhenTheHeaderHoldsOnlyKnownOnes() {
            try (CsvFile file = open("id,name,note\n", COLUMNS)) {
                assertTrue(file.unknownColumns().isEmpty());
            }
        }

        @Test
        void headerWithoutRowsIsAQuietMonth() {
            try (CsvFile file = open("id,name\n", COLUMNS)) {
                assertNull(file.nextRow());
                assertEquals(0, file.rows());
            }
        }

        @Test
        void nameReportsTheFileNameGiven() {
            try (CsvFile file = CsvFile.open("media.csv", new ByteArrayInputStream(utf8("id,name\n")), COLUMNS)) {
                assertEquals("media.csv", file.name());
            }
        }
    }

    @Nested
    class BlankLines {

        @Test
        void emptyAndSpaceOnlyLinesBetweenRecordsAreSkipped() {
            try (CsvFile file = open("id,name\n1,a\n\n   \n2,b\n", COLUMNS)) {
                List<CsvRow> rows = readAll(file);
                assertEquals(List.of(row("1", "a", null), row("2", "b", null)), values(rows));
                assertEquals(2, file.rows());
            }
        }

        @Test
        void blankLinesAtTheEndAreSkipped() {
            try (CsvFile file = open("id,name\n1,a\n\n  \n\n", COLUMNS)) {
                assertEquals(1, readAll(file).size());
                assertEquals(1, file.rows());
            }
        }

        @Test
        void blankLinesRightAfterTheHeaderAreSkipped() {
            List<CsvRow> rows = readAll("id,name\n\n \n1,a\n", COLUMNS);

            assertEquals(List.of(row("1", "a", null)), values(rows));
            assertEquals(List.of(4L), lines(rows));
        }

        @Test
        void blankLinesWithCarriageReturnLineFeedAreSkipped() {
            List<CsvRow> rows = readAll("id,name\r\n\r\n  \r\n1,a\r\n\r\n", COLUMNS);

            assertEquals(List.of(row("1", "a", null)), values(rows));
        }

        @Test
        void aLineHoldingOnlyAQuotedEmptyValueIsAMalformedRowNotABlankLine() {
            // SPEC 1.1 skips empty or all-space lines; `""` is a record of one (empty) value
            try (CsvFile file = open("id,name\n1,a\n\"\"\n  \" \"  \n2,b\n", COLUMNS)) {
                List<CsvRow> rows = readAll(file);
                assertEquals(List.of(2L, 3L, 4L, 5L), lines(rows));
                assertTrue(rows.get(1).malformed());
                assertTrue(rows.get(2).malformed());
                assertEquals(4, file.rows());
            }
        }

        @Test
        void aQuotedEmptyValueOnTheLastLineWithoutALineBreakIsARow() {
            List<CsvRow> rows = readAll("id,name\r\n1,a\r\n\"\"", COLUMNS);

            assertEquals(List.of(2L, 3L), lines(rows));
            assertTrue(rows.get(1).malformed());
        }

        @Test
        void aQuotedLineBreakAloneIsARowStartingOnItsFirstLine() {
            List<CsvRow> rows = readAll("id,name\n\"\n\"\n1,a\n", COLUMNS);

            assertEquals(List.of(2L, 4L), lines(rows));
            assertTrue(rows.get(0).malformed());
        }

        @Test
        void aBlankLineAfterAQuoteOnlyLineInsideAValueIsStillSkipped() {
            // line 3 is the `"` closing a value that began on line 2: not a record of its own
            List<CsvRow> rows = readAll("id,name\n1,\"x\n\"\n\n2,b\n", COLUMNS);

            assertEquals(List.of(2L, 5L), lines(rows));
        }

        @Test
        void linesOfQuotesClosingValuesAreNotKeptOnceTheParserIsPastThem() {
            // every value here ends with its closing quote alone on a line
            String text = "id,name\n" + "1,\"a\n\"\n".repeat(100_000);
            try (CsvFile file = open(text, COLUMNS)) {
                long rows = 0;
                int mostKept = 0;
                while (file.nextRow() != null) {
                    rows++;
                    mostKept = Math.max(mostKept, file.quotedBlankLinesKept());
                }
                assertEquals(100_000, rows);
                assertTrue(mostKept < 50_000, "kept " + mostKept + " lines: only those between parser and reader");
            }
        }

        @Test
        void lineOfEmptyFieldsIsARowNotABlankLine() {
            List<CsvRow> rows = readAll("id,name\n,\n", COLUMNS);

            assertEquals(List.of(row(null, null, null)), values(rows));
            assertFalse(rows.get(0).malformed());
        }

        @Test
        void rowsCountsEveryRowReturnedSoFar() {
            try (CsvFile file = open("id,name\n1,a\n\n2,b,extra\n3,c\n", COLUMNS)) {
                assertEquals(0, file.rows());
                file.nextRow();
                assertEquals(1, file.rows());
                file.nextRow();
                assertEquals(2, file.rows());
                file.nextRow();
                assertEquals(3, file.rows());
                assertNull(file.nextRow());
                assertEquals(3, file.rows());
            }
        }
    }

    @Nested
    class LineNumbers {

        @Test
        void firstRowIsLineTwoWithLineFeeds() {
            assertEquals(List.of(2L, 3L, 4L), lines(readAll("id,name\n1,a\n2,b\n3,c\n", COLUMNS)));
        }

        @Test
        void carriageReturnLineFeedCountsAsOneLine() {
            assertEquals(List.of(2L, 3L, 4L), lines(readAll("id,name\r\n1,a\r\n2,b\r\n3,c\r\n", COLUMNS)));
        }

        @Test
        void loneCarriageReturnCountsAsALine() {
            assertEquals(List.of(2L, 3L, 4L), lines(readAll("id,name\r1,a\r2,b\r3,c\r", COLUMNS)));
        }

        @Test
        void mixedLineEndingsEachCountOnce() {
            assertEquals(List.of(2L, 3L, 4L, 5L), lines(readAll("id,name\r\n1,a\n2,b\r3,c\r\n4,d", COLUMNS)));
        }

        @Test
        void lineFeedThenCarriageReturnIsTwoLines() {
            // "\n\r" is a line feed ending line 2, then a lone carriage return: an empty line 3.
            assertEquals(List.of(2L, 4L), lines(readAll("id,name\n1,a\n\r2,b\n", COLUMNS)));
        }

        @Test
        void blankLinesCount() {
            assertEquals(List.of(3L, 6L), lines(readAll("id,name\n\n1,a\n  \n\n2,b\n", COLUMNS)));
        }

        @Test
        void lineBreaksInsideQuotedFieldsCountAndARecordIsNumberedWhereItStarts() {
            String text = "id,name\n"        // line 1
                    + "1,\"a\nb\nc\"\n"       // lines 2-4
                    + "\n"                   // line 5, blank
                    + "2,\"d\r\ne\"\r\n"      // lines 6-7
                    + "3,\"f\rg\"\n"          // lines 8-9
                    + "4,h\n";               // line 10
            assertEquals(List.of(2L, 6L, 8L, 10L), lines(readAll(text, COLUMNS)));
        }

        @Test
        void multiLineHeaderShiftsTheFirstRow() {
            assertEquals(List.of(3L), lines(readAll("id,\"na\nme\",name\n1,x,a\n", COLUMNS)));
        }

        @Test
        void lastRecordWithoutFinalLineBreakKeepsItsLine() {
            assertEquals(List.of(2L, 3L), lines(readAll("id,name\n1,a\n2,b", COLUMNS)));
        }

        @Test
        void malformedRowsKeepTheirLines() {
            assertEquals(List.of(2L, 3L, 5L), lines(readAll("id,name\n1\n2,b,c\n\n3,c\n", COLUMNS)));
        }

        @Test
        void rowKnowsItsFile() {
            CsvRow row = readAll("id,name\n1,a\n", COLUMNS).get(0);

            assertEquals("reports.csv", row.file());
        }
    }

    @Nested
    class ValuesAsPeopleMeanThem {

        @Test
        void valuesAreTrimmed() {
            assertEquals(List.of(row("1", "Budi Santoso", "x y")), values(readAll("id,name,note\n 1 ,  Budi Santoso  ,\tx y\t\n", COLUMNS)));
        }

        @Test
        void noBreakSpacesAreTrimmed() {
            assertEquals(List.of(row("1", "a", "b")), values(readAll("id,name,note\n\u00A01\u00A0,\u2007a\u202F,\u00A0 b \u00A0\n", COLUMNS)));
        }

        @Test
        void spacesInsideQuotesAreTrimmedToo() {
            assertEquals(List.of(row("1", "a", null)), values(readAll("id,name,note\n1,\"  a  \",\"   \"\n", COLUMNS)));
        }

        @Test
        void emptyValueIsAbsent() {
            assertEquals(List.of(row("1", null, null)), values(readAll("id,name,note\n1,,\"\"\n", COLUMNS)));
        }

        @Test
        void spaceOnlyValueIsAbsent() {
            assertEquals(List.of(row("1", null, null)), values(readAll("id,name,note\n1,   ,\u00A0\n", COLUMNS)));
        }

        @Test
        void innerSpacesAndLineBreaksStay() {
            assertEquals(List.of(row("1", "a  b", "c\nd")), values(readAll("id,name,note\n1, a  b ,\" c\nd \"\n", COLUMNS)));
        }
    }

    @Nested
    class MalformedRecords {

        @Test
        void recordWithTooManyFieldsIsMalformed() {
            CsvRow row = readAll("id,name\n1,a,extra\n", COLUMNS).get(0);

            assertTrue(row.malformed());
            assertEquals(3, row.fieldCount());
            assertEquals(2, row.headerCount());
        }

        @Test
        void recordWithTooFewFieldsIsMalformed() {
            CsvRow row = readAll("id,name,note\n1,a\n", COLUMNS).get(0);

            assertTrue(row.malformed());
            assertEquals(2, row.fieldCount());
            assertEquals(3, row.headerCount());
        }

        @Test
        void malformedRecordHasNoReadableValues() {
            CsvRow row = readAll("id,name\n1,a,extra\n", COLUMNS).get(0);

            assertEquals(row(null, null, null), values(row));
        }

        @Test
        void rowsAfterAMalformedOneStillCome() {
            List<CsvRow> rows = readAll("id,name\n1\n2,b,c,d\n3,c\n", COLUMNS);

            assertEquals(List.of(true, true, false), rows.stream().map(CsvRow::malformed).toList());
            assertEquals(row("3", "c", null), values(rows.get(2)));
            assertEquals(4L, rows.get(2).line());
        }

        @Test
        void wellFormedRowHasTheHeadersFieldCount() {
            CsvRow row = readAll("id,name,extra\n1,a,x\n", COLUMNS).get(0);

            assertFalse(row.malformed());
            assertEquals(3, row.fieldCount());
            assertEquals(3, row.headerCount());
        }

        @Test
        void strayDelimiterInASemicolonFileMakesAMalformedRow() {
            CsvRow row = readAll("id;name\n1;Budi; S.Kom\n", COLUMNS).get(0);

            assertTrue(row.malformed());
        }
    }

    @Nested
    class Refusals {

        @TempDir
        Path folder;

        private Path write(String name, byte[] bytes) throws IOException {
            Path path = folder.resolve(name);
            Files.write(path, bytes);
            return path;
        }

        private UnusableFileException refusalReading(Path path) {
            return assertThrows(UnusableFileException.class, () -> readAll(CsvFile.open(path, COLUMNS)));
        }

        @Test
        void latin1ByteIsRefusedNamingTheFileAndItsLine() throws IOException {
            Path path = write("agencies.csv", concat(utf8("id,name\n1,Kafe\n2,Caf"), new byte[] {(byte) 0xE9}, utf8("\n3,c\n")));

            UnusableFileException refusal = refusalReading(path);

            assertEquals("agencies.csv", refusal.file());
            assertEquals(3, refusal.line());
            assertEquals("agencies.csv is not UTF-8 (first bad byte on line 3): save it again as \"CSV UTF-8\".", refusal.getMessage());
            assertEquals("agencies.csv bukan UTF-8 (bita salah pertama pada baris 3): simpan ulang sebagai \"CSV UTF-8\".", refusal.messageId());
        }

        @Test
        void latin1ByteInTheHeaderIsRefusedOnLineOne() throws IOException {
            Path path = write("media.csv", concat(utf8("id,n"), new byte[] {(byte) 0xE9}, utf8("me\n1,a\n")));

            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> CsvFile.open(path, COLUMNS));

            assertEquals(1, refusal.line());
            assertTrue(refusal.getMessage().contains("media.csv"), refusal.getMessage());
        }

        @Test
        void badByteAfterMultiLineFieldIsRefusedOnItsPhysicalLine() {
            byte[] bytes = concat(utf8("id,name\r\n1,\"a\r\nb\rc\"\r\n2,"), new byte[] {(byte) 0xFF}, utf8("\r\n"));

            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> readAll(open(bytes, COLUMNS)));

            assertEquals(5, refusal.line());
        }

        @Test
        void badByteFarIntoALargeFileIsRefusedOnItsLine() {
            StringBuilder text = new StringBuilder("id,name\n");
            for (int i = 0; i < 20_000; i++) {
                text.append(i).append(",Dinas Komunikasi dan Informatika\r\n");
            }
            byte[] bytes = concat(utf8(text.toString()), new byte[] {'x', (byte) 0xC3, '(', '\n'});

            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> readAll(open(bytes, COLUMNS)));

            assertEquals(20_002, refusal.line());
        }

        @Test
        void truncatedMultiByteCharacterAtTheEndIsRefused() {
            byte[] bytes = concat(utf8("id,name\n1,a\n2,"), new byte[] {(byte) 0xE2, (byte) 0x82});

            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> readAll(open(bytes, COLUMNS)));

            assertEquals(3, refusal.line());
        }

        @Test
        void missingRequiredColumnIsRefusedNamingIt() throws IOException {
            Path path = write("reports.csv", utf8("id,note\n1,x\n"));

            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> CsvFile.open(path, COLUMNS));

            assertEquals("reports.csv", refusal.file());
            assertEquals("reports.csv lacks the required column(s) name: add them to the header line.", refusal.getMessage());
            assertEquals("reports.csv tidak memiliki kolom wajib name: tambahkan pada baris header.", refusal.messageId());
        }

        @Test
        void everyMissingRequiredColumnIsNamed() {
            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> open("note,other\n", COLUMNS));

            assertTrue(refusal.getMessage().contains("id, name"), refusal.getMessage());
            assertTrue(refusal.messageId().contains("id, name"), refusal.messageId());
        }

        @Test
        void requiredColumnNamedTwiceIsRefused() {
            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> open("id,name, ID \n1,a,2\n", COLUMNS));

            assertEquals("reports.csv names the column id twice in its header: keep one.", refusal.getMessage());
            assertEquals("reports.csv menyebut kolom id dua kali pada header: sisakan satu.", refusal.messageId());
        }

        @Test
        void optionalColumnNamedTwiceIsRefused() {
            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> open("id,note,name,Note\n", COLUMNS));

            assertTrue(refusal.getMessage().contains("note"), refusal.getMessage());
        }

        @Test
        void emptyFileIsRefused() throws IOException {
            Path path = write("narratives.csv", new byte[0]);

            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> CsvFile.open(path, COLUMNS));

            assertEquals("narratives.csv", refusal.file());
            assertEquals("narratives.csv is empty: it needs at least its header line.", refusal.getMessage());
            assertEquals("narratives.csv kosong: berkas ini memerlukan setidaknya baris header.", refusal.messageId());
        }

        @Test
        void fileOfOnlyAByteOrderMarkIsRefusedAsEmpty() {
            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> open(BOM, COLUMNS));

            assertTrue(refusal.getMessage().contains("is empty"), refusal.getMessage());
        }

        @Test
        void fileOfOnlyBlankLinesIsRefusedAsEmpty() {
            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> open("\n  \r\n\n", COLUMNS));

            assertTrue(refusal.getMessage().contains("is empty"), refusal.getMessage());
        }

        @Test
        void quoteNeverClosedIsRefusedOnTheLineItStarts() {
            String text = "id,name\n1,a\n\n2,\"never closed\n3,c\n4,d\n";

            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> readAll(text, COLUMNS));

            assertEquals(4, refusal.line());
            assertTrue(refusal.getMessage().startsWith("reports.csv cannot be read from line 4 on: a quoted field starts there and is never closed"),
                    refusal.getMessage());
            assertTrue(refusal.messageId().startsWith("reports.csv tidak dapat dibaca mulai baris 4:"), refusal.messageId());
            assertFalse(refusal.messageId().contains("EOF"), "no library English in the Indonesian message: " + refusal.messageId());
        }

        @Test
        void rowsBeforeAQuoteNeverClosedAreReturned() {
            try (CsvFile file = open("id,name\n1,a\n2,\"open\n", COLUMNS)) {
                assertEquals(row("1", "a", null), values(file.nextRow()));
                assertThrows(UnusableFileException.class, file::nextRow);
            }
        }

        @Test
        void missingFileIsRefusedNamingItAndItsFolder() {
            Path path = folder.resolve("dissemination.csv");

            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> CsvFile.open(path, COLUMNS));

            assertEquals("dissemination.csv", refusal.file());
            assertTrue(refusal.getMessage().startsWith("dissemination.csv is missing from " + folder.toAbsolutePath()),
                    refusal.getMessage());
        }
    }

    /** Excel's text exports, which are not CSV: refused for what they are, with the way to save them as CSV. */
    @Nested
    class TextExports {

        private static final Columns AGENCIES = new Columns(List.of("agency_id", "name", "type"),
                List.of("parent_id", "region_code", "active_from", "active_until"));

        /** What Excel's "Text (Tab delimited)" writes: tabs, CRLF, no byte-order mark, empty cells as nothing. */
        private static final String TAB_DELIMITED = "agency_id\tname\ttype\tparent_id\tregion_code\r\n"
                + "KEMENKES\tKementerian Kesehatan\tKEMENTERIAN\t\t\r\n"
                + "JABAR\tPemerintah Provinsi Jawa Barat\tPROVINSI\t\t32\r\n"
                + "KOTA-BDG\t\"Pemkot Bandung \"\"Kota Kembang\"\"\"\tKOTA\tJABAR\t32.73\r\n";

        private static final String TAB_SEPARATED_EN = "agencies.csv is tab-separated text (as Excel saves \"Text (Tab delimited)\"),"
                + " not a CSV separated by commas or semicolons: open it in Excel, then File > Save As with the type"
                + " \"CSV UTF-8 (Comma delimited) (*.csv)\", and save it as agencies.csv.";
        private static final String TAB_SEPARATED_ID = "agencies.csv berisi teks yang dipisahkan tab (ekspor Excel \"Text (Tab delimited)\"),"
                + " bukan CSV yang dipisahkan koma atau titik koma: buka berkas di Excel, lalu File > Simpan Sebagai dengan jenis berkas"
                + " yang diawali \"CSV UTF-8\" (\"CSV UTF-8 (Comma delimited) (*.csv)\" di Excel berbahasa Inggris), dan simpan sebagai agencies.csv.";
        private static final String UTF16_EN = "agencies.csv is UTF-16 text (as Excel saves \"Unicode Text\"), not UTF-8: open it in Excel,"
                + " then File > Save As with the type \"CSV UTF-8 (Comma delimited) (*.csv)\", and save it as agencies.csv.";
        private static final String UTF16_ID = "agencies.csv berupa teks UTF-16 (ekspor Excel \"Unicode Text\"), bukan UTF-8: buka berkas di Excel,"
                + " lalu File > Simpan Sebagai dengan jenis berkas yang diawali \"CSV UTF-8\" (\"CSV UTF-8 (Comma delimited) (*.csv)\""
                + " di Excel berbahasa Inggris), dan simpan sebagai agencies.csv.";

        @TempDir
        Path folder;

        private UnusableFileException refusal(byte[] bytes) throws IOException {
            Path path = folder.resolve("agencies.csv");
            Files.write(path, bytes);
            return assertThrows(UnusableFileException.class, () -> readAll(CsvFile.open(path, AGENCIES)));
        }

        private static byte[] unicodeText(String text) {
            // Excel's "Unicode Text": UTF-16 little-endian after the mark FF FE
            return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        }

        @Test
        void excelTabDelimitedExportIsRefusedAsTabSeparatedInBothLanguages() throws IOException {
            UnusableFileException refusal = refusal(utf8(TAB_DELIMITED));

            assertEquals("agencies.csv", refusal.file());
            assertEquals(1, refusal.line());
            assertEquals(TAB_SEPARATED_EN, refusal.getMessage());
            assertEquals(TAB_SEPARATED_ID, refusal.messageId());
        }

        @Test
        void tabSeparatedWithAUtf8ByteOrderMarkIsRefusedAsTabSeparated() throws IOException {
            assertEquals(TAB_SEPARATED_EN, refusal(concat(BOM, utf8(TAB_DELIMITED))).getMessage());
        }

        @Test
        void tabSeparatedAfterBlankLinesIsRefusedAsTabSeparated() throws IOException {
            assertEquals(TAB_SEPARATED_EN, refusal(utf8("\r\n\t\t\r\n" + TAB_DELIMITED)).getMessage());
        }

        @Test
        void tabSeparatedWithHeaderNamesInAnyCaseAndQuotedIsRefusedAsTabSeparated() throws IOException {
            assertEquals(TAB_SEPARATED_EN, refusal(utf8("\"Agency_ID\"\t Name \tTYPE\r\nKEMENKES\tKemenkes\tKEMENTERIAN\r\n")).getMessage());
        }

        @Test
        void tabSeparatedExportOfAnOlderLayoutIsRefusedAsTabSeparatedFirst() throws IOException {
            // type is missing too, but the tabs are what hides the other columns: saved as CSV, it will be named
            assertEquals(TAB_SEPARATED_EN, refusal(utf8("agency_id\tname\r\nKEMENKES\tKemenkes\r\n")).getMessage());
        }

        @Test
        void tabSeparatedWithACommaInAHeaderNameIsRefusedAsTabSeparated() throws IOException {
            assertEquals(TAB_SEPARATED_EN, refusal(utf8("agency_id\tname\ttype\tcatatan, lain\r\n")).getMessage());
        }

        @Test
        void tabSeparatedWithMoreSemicolonsThanCommasInItsHeaderIsRefusedAsTabSeparated() throws IOException {
            assertEquals(TAB_SEPARATED_EN, refusal(utf8("agency_id\tname\ttype\tx;y;z\r\n")).getMessage());
        }

        @Test
        void excelUnicodeTextExportIsRefusedAsUtf16InBothLanguages() throws IOException {
            UnusableFileException refusal = refusal(unicodeText(TAB_DELIMITED));

            assertEquals("agencies.csv", refusal.file());
            assertEquals(0, refusal.line(), "the whole file is UTF-16");
            assertEquals(UTF16_EN, refusal.getMessage());
            assertEquals(UTF16_ID, refusal.messageId());
        }

        @Test
        void anExcelWorkbookRenamedCsvIsRefusedAsAWorkbookInBothLanguages() throws IOException {
            // an .xlsx is a ZIP: its first bytes are PK\3\4, and its packed parts are not UTF-8 soon after
            java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
                out.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
                out.write(utf8("<?xml version=\"1.0\"?><Types>" + "<Default Extension=\"xml\"/>".repeat(50) + "</Types>"));
                out.closeEntry();
            }
            UnusableFileException refusal = refusal(zip.toByteArray());

            assertEquals(0, refusal.line(), "the whole file is a workbook");
            assertEquals("agencies.csv is an Excel workbook (.xlsx, a ZIP file), not CSV text: open it in Excel, then File > Save As"
                    + " with the type \"CSV UTF-8 (Comma delimited) (*.csv)\", and save it as agencies.csv.", refusal.getMessage());
            assertTrue(refusal.messageId().startsWith("agencies.csv adalah buku kerja Excel (.xlsx, berkas ZIP), bukan teks CSV: "),
                    refusal.messageId());
        }

        @Test
        void anOldExcelWorkbookRenamedCsvIsRefusedAsAnXlsWorkbook() throws IOException {
            byte[] ole2 = concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                    new byte[4096]);
            UnusableFileException refusal = refusal(ole2);

            assertTrue(refusal.getMessage().startsWith("agencies.csv is an old Excel 97-2003 workbook (.xls), not CSV text: "),
                    refusal.getMessage());
            assertTrue(refusal.messageId().startsWith("agencies.csv adalah buku kerja Excel 97-2003 lama (.xls)"), refusal.messageId());
        }

        @Test
        void textThatMerelyStartsWithPkIsStillReadAsCsv() throws IOException {
            Path path = folder.resolve("agencies.csv");
            Files.write(path, utf8("PK,agency_id,name,type\r\n1,KEMENKES,Kemenkes,KEMENTERIAN\r\n"));
            assertEquals(1, readAll(CsvFile.open(path, AGENCIES)).size(), "only the four bytes of a ZIP header make a workbook");
        }

        @Test
        void aFolderWhereTheFileShouldBeIsRefusedAsAFolder() throws IOException {
            Path path = Files.createDirectory(folder.resolve("agencies.csv"));
            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> CsvFile.open(path, AGENCIES));
            assertEquals("agencies.csv is a folder (" + path.toAbsolutePath() + "), not a file: give the file itself, or the month"
                    + " folder that holds it.", refusal.getMessage());
        }

        @Test
        void bigEndianUtf16WithAByteOrderMarkIsRefusedAsUtf16() throws IOException {
            assertEquals(UTF16_EN, refusal(TAB_DELIMITED.getBytes(StandardCharsets.UTF_16)).getMessage());
        }

        @Test
        void utf16WithoutAByteOrderMarkIsRefusedAsUtf16NotForItsColumns() throws IOException {
            assertEquals(UTF16_EN, refusal(TAB_DELIMITED.getBytes(StandardCharsets.UTF_16LE)).getMessage());
            assertEquals(UTF16_EN, refusal(TAB_DELIMITED.getBytes(StandardCharsets.UTF_16BE)).getMessage());
        }

        @Test
        void utf16WithoutAByteOrderMarkWithALetterBeyondAsciiIsRefusedAsUtf16NotAsBadBytes() throws IOException {
            // "é" is E9 00 in UTF-16LE: a UTF-8 lead byte without its continuation
            byte[] bytes = "agency_id,name,type\r\nKEMENKES,Kementerian Kesehatan é,KEMENTERIAN\r\n".getBytes(StandardCharsets.UTF_16LE);

            assertEquals(UTF16_EN, refusal(bytes).getMessage());
        }

        @Test
        void unicodeTextIsRefusedWhenOpenedAndTheStreamClosed() {
            boolean[] closed = {false};
            var in = new FilterInputStream(new ByteArrayInputStream(unicodeText(TAB_DELIMITED))) {
                @Override
                public void close() throws IOException {
                    closed[0] = true;
                    super.close();
                }
            };

            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> CsvFile.open("agencies.csv", in, AGENCIES));

            assertEquals(UTF16_EN, refusal.getMessage());
            assertTrue(closed[0]);
        }

        @Test
        void utf32IsRefusedAsNotUtf8NotAsUtf16() throws IOException {
            byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, TAB_DELIMITED.getBytes(Charset.forName("UTF-32LE")));

            assertEquals("agencies.csv is not UTF-8 (first bad byte on line 1): save it again as \"CSV UTF-8\".", refusal(bytes).getMessage());
        }

        @Test
        void ansiTabSeparatedExportWithALetterBeyondAsciiIsRefusedAsNotUtf8() throws IOException {
            // Excel writes "Text (Tab delimited)" in the Windows code page: its first bad byte is named, and
            // saving it as "CSV UTF-8", as that message says, mends the tabs too
            byte[] bytes = (TAB_DELIMITED + "KAB-GRT\tPemkab Garut \u00e9\tKABUPATEN\tJABAR\t32.05\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);

            UnusableFileException refusal = refusal(bytes);

            assertEquals(5, refusal.line());
            assertTrue(refusal.getMessage().startsWith("agencies.csv is not UTF-8"), refusal.getMessage());
        }

        @Test
        void commaFileWithTabsInsideValuesIsReadNormally() throws IOException {
            Path path = folder.resolve("agencies.csv");
            Files.write(path, utf8("agency_id,name,type\r\nKEMENKES,\"Kementerian\tKesehatan\",KEMENTERIAN\r\nJABAR,Pemprov\tJabar\t,PROVINSI\r\n"));

            try (CsvFile file = CsvFile.open(path, AGENCIES)) {
                List<CsvRow> rows = readAll(file);
                assertEquals(List.of("Kementerian\tKesehatan", "Pemprov\tJabar"), rows.stream().map(r -> r.value("name")).toList());
                assertFalse(rows.get(1).malformed());
            }
        }

        @Test
        void semicolonFileWithTabsInsideValuesAndATabInAnUnknownColumnNameIsReadNormally() throws IOException {
            Path path = folder.resolve("agencies.csv");
            Files.write(path, utf8("agency_id;name;type;cat\tatan\r\nKEMENKES;Kemenkes\t;KEMENTERIAN;a\tb\tc\r\n"));

            try (CsvFile file = CsvFile.open(path, AGENCIES)) {
                assertEquals(';', file.delimiter());
                assertEquals(Set.of("cat\tatan"), file.unknownColumns());
                assertEquals("Kemenkes", readAll(file).get(0).value("name"));
            }
        }

        @Test
        void commaFileLackingAColumnWithTabsElsewhereInItsHeaderIsRefusedForTheColumn() throws IOException {
            UnusableFileException refusal = refusal(utf8("agency_id,name,\"cat\tatan\"\r\nKEMENKES,Kemenkes,x\r\n"));

            assertEquals("agencies.csv lacks the required column(s) type: add them to the header line.", refusal.getMessage());
        }

        @Test
        void utf8FileWithNulBytesInItsHeaderLackingColumnsIsRefusedForTheColumns() throws IOException {
            UnusableFileException refusal = refusal(utf8("agency_id,na\u0000me,ty\u0000pe\r\n"));

            assertEquals("agencies.csv lacks the required column(s) name, type: add them to the header line.", refusal.getMessage());
        }
    }

    @Nested
    class Checksum {

        @Test
        void sha256IsTheDigestOfTheFileBytes() {
            byte[] bytes = utf8("id,name\n1,a\n\n2,\"b\nc\"\n3,d,malformed\n");
            try (CsvFile file = open(bytes, COLUMNS)) {
                readAll(file);
                assertEquals(sha256(bytes), file.sha256());
            }
        }

        @Test
        void sha256CoversTheByteOrderMark() {
            byte[] bytes = concat(BOM, utf8("id;name\r\n1;a\r\n"));
            try (CsvFile file = open(bytes, COLUMNS)) {
                readAll(file);
                assertEquals(sha256(bytes), file.sha256());
            }
        }

        @Test
        void sha256CoversTrailingBlankLines() {
            byte[] bytes = utf8("id,name\n1,a\n\n\n   \n");
            try (CsvFile file = open(bytes, COLUMNS)) {
                readAll(file);
                assertEquals(sha256(bytes), file.sha256());
            }
        }

        @Test
        void sha256OfALargeFileCoversEveryByte() {
            StringBuilder text = new StringBuilder("id,name,note\n");
            for (int i = 0; i < 50_000; i++) {
                text.append(i).append(",\"Pemerintah Kota ").append(i).append("\",catatan ").append(i).append('\n');
            }
            byte[] bytes = utf8(text.toString());
            try (CsvFile file = open(bytes, COLUMNS)) {
                assertEquals(50_000, readAll(file).size());
                assertEquals(sha256(bytes), file.sha256());
            }
        }

        @Test
        void theDigestOfALargeFileIsTakenOffTheReadingThread() {
            // Issue 24: the launcher's JIT has no SHA-256 intrinsic; the reading thread leaves the digest to another.
            StringBuilder text = new StringBuilder("id,name\n");
            for (int i = 0; i < 20_000; i++) {
                text.append(i).append(",Pemerintah Kota ").append(i).append('\n');
            }
            byte[] bytes = utf8(text.toString());
            try (CsvFile file = open(bytes, COLUMNS)) {
                for (int i = 0; i < 10_000; i++) {
                    file.nextRow();
                }
                assertTrue(Thread.getAllStackTraces().keySet().stream()
                        .anyMatch(t -> t.getName().equals("pcm-sha256-" + file.name()) && t.isAlive()));
                readAll(file);
                assertEquals(sha256(bytes), file.sha256());
            }
        }

        @Test
        void sha256OfAHeaderOnlyFile() {
            byte[] bytes = utf8("id,name");
            try (CsvFile file = open(bytes, COLUMNS)) {
                assertNull(file.nextRow());
                assertEquals(sha256(bytes), file.sha256());
            }
        }

        @Test
        void sha256BeforeAnyRowIsReadThrows() {
            try (CsvFile file = open("id,name\n1,a\n", COLUMNS)) {
                IllegalStateException e = assertThrows(IllegalStateException.class, file::sha256);
                assertTrue(e.getMessage().contains("reports.csv"), e.getMessage());
            }
        }

        @Test
        void sha256AfterTheLastRowButBeforeTheEndIsSignalledThrows() {
            try (CsvFile file = open("id,name\n1,a\n", COLUMNS)) {
                file.nextRow();
                assertThrows(IllegalStateException.class, file::sha256);
                assertNull(file.nextRow());
                assertEquals(sha256(utf8("id,name\n1,a\n")), file.sha256());
            }
        }

        @Test
        void readingPastTheEndAgainKeepsTheDigest() {
            byte[] bytes = utf8("id,name\n1,a\n");
            try (CsvFile file = open(bytes, COLUMNS)) {
                readAll(file);
                assertNull(file.nextRow());
                assertEquals(sha256(bytes), file.sha256());
            }
        }
    }

    @Nested
    class Sources {

        @TempDir
        Path folder;

        private static final String TEXT = "\uFEFFID;Name;Note\r\n1;\"a;\r\nb\";x\r\n\r\n2;b\r\n3; c ;\r\n";

        @Test
        void streamReadsLikeThePath() throws IOException {
            Path path = folder.resolve("reports.csv");
            Files.writeString(path, TEXT);

            List<CsvRow> fromPath;
            String pathSha;
            try (CsvFile file = CsvFile.open(path, COLUMNS)) {
                fromPath = readAll(file);
                pathSha = file.sha256();
            }
            List<CsvRow> fromStream;
            String streamSha;
            try (CsvFile file = CsvFile.open("reports.csv", Files.newInputStream(path), COLUMNS)) {
                assertEquals(';', file.delimiter());
                fromStream = readAll(file);
                streamSha = file.sha256();
            }

            assertEquals(values(fromPath), values(fromStream));
            assertEquals(lines(fromPath), lines(fromStream));
            assertEquals(fromPath.stream().map(CsvRow::malformed).toList(), fromStream.stream().map(CsvRow::malformed).toList());
            assertEquals(pathSha, streamSha);
            assertEquals(List.of(row("1", "a;\r\nb", "x"), row(null, null, null), row("3", "c", null)), values(fromStream));
            assertEquals(List.of(2L, 5L, 6L), lines(fromStream));
        }

        @Test
        void pathVersionNamesRowsAfterTheFile() throws IOException {
            Path path = folder.resolve("media.csv");
            Files.writeString(path, "id,name\n1,a\n");

            assertEquals("media.csv", readAll(CsvFile.open(path, COLUMNS)).get(0).file());
        }

        @Test
        void closingTheFileClosesTheStream() {
            boolean[] closed = {false};
            var in = new FilterInputStream(new ByteArrayInputStream(utf8("id,name\n1,a\n"))) {
                @Override
                public void close() throws IOException {
                    closed[0] = true;
                    super.close();
                }
            };

            CsvFile.open("reports.csv", in, COLUMNS).close();

            assertTrue(closed[0]);
        }

        @Test
        void refusedHeaderClosesTheStream() {
            boolean[] closed = {false};
            var in = new FilterInputStream(new ByteArrayInputStream(utf8("other\n1\n"))) {
                @Override
                public void close() throws IOException {
                    closed[0] = true;
                    super.close();
                }
            };

            assertThrows(UnusableFileException.class, () -> CsvFile.open("reports.csv", in, COLUMNS));
            assertTrue(closed[0]);
        }

        @Test
        void unreadableStreamIsRefusedNamingTheFile() {
            var in = new java.io.InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("disk on fire");
                }
            };

            UnusableFileException refusal = assertThrows(UnusableFileException.class, () -> CsvFile.open("reports.csv", in, COLUMNS));

            assertEquals("reports.csv cannot be read: disk on fire", refusal.getMessage());
        }
    }

    @Nested
    class Iteration {

        private static final String TEXT = "id,name\n1,a\n\n2,\"b\nc\"\n3\n4,d\n";

        @Test
        void iteratorAndNextRowAgree() {
            List<CsvRow> byNextRow = readAll(TEXT, COLUMNS);
            List<CsvRow> byIterator = new ArrayList<>();
            try (CsvFile file = open(TEXT, COLUMNS)) {
                for (CsvRow row : file) {
                    byIterator.add(row);
                }
                assertEquals(4, file.rows());
            }

            assertEquals(values(byNextRow), values(byIterator));
            assertEquals(lines(byNextRow), lines(byIterator));
            assertEquals(List.of(2L, 4L, 6L, 7L), lines(byIterator));
        }

        @Test
        void hasNextDoesNotSkipRows() {
            try (CsvFile file = open(TEXT, COLUMNS)) {
                Iterator<CsvRow> rows = file.iterator();
                assertTrue(rows.hasNext());
                assertTrue(rows.hasNext());
                assertEquals("1", rows.next().value("id"));
                assertTrue(rows.hasNext());
                assertEquals("2", rows.next().value("id"));
            }
        }

        @Test
        void nextRowAfterHasNextReturnsTheRowHasNextSaw() {
            try (CsvFile file = open(TEXT, COLUMNS)) {
                assertTrue(file.iterator().hasNext());
                assertEquals("1", file.nextRow().value("id"));
                assertEquals("2", file.nextRow().value("id"));
            }
        }

        @Test
        void iteratorEndsWithNoSuchElement() {
            try (CsvFile file = open("id,name\n1,a\n", COLUMNS)) {
                Iterator<CsvRow> rows = file.iterator();
                rows.next();
                assertFalse(rows.hasNext());
                assertThrows(NoSuchElementException.class, rows::next);
            }
        }

        @Test
        void iteratingToTheEndMakesTheDigestKnown() {
            byte[] bytes = utf8(TEXT);
            try (CsvFile file = open(bytes, COLUMNS)) {
                file.forEach(row -> { });
                assertEquals(sha256(bytes), file.sha256());
            }
        }

        @Test
        void rowValuesAreIndependentOfLaterRows() {
            try (CsvFile file = open(TEXT, COLUMNS)) {
                CsvRow first = file.nextRow();
                readAll(file);
                assertArrayEquals(new Object[] {"1", "a", null}, values(first).toArray());
            }
        }
    }
}
