package id.go.pcm.internal.csv;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import static id.go.pcm.internal.csv.CsvFiles.BOM;
import static id.go.pcm.internal.csv.CsvFiles.concat;
import static id.go.pcm.internal.csv.CsvFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Utf8ReaderTest {

    /** The reader decodes in blocks of this many bytes and characters. */
    private static final int BLOCK = 64 * 1024;

    private static String readAll(InputStream in) throws IOException {
        try (Utf8Reader reader = new Utf8Reader(in)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1000];
            for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    private static String readAll(byte[] bytes) throws IOException {
        return readAll(new ByteArrayInputStream(bytes));
    }

    private static long badLine(byte[] bytes) {
        return assertThrows(Utf8Reader.NotUtf8Exception.class, () -> readAll(bytes)).line();
    }

    /** A stream that hands out at most one byte a read, to cut every character at every place. */
    private static InputStream oneByteAtATime(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void decodesUtf8() throws IOException {
        assertEquals("Pemprov Jawa Barat — ✓ 日本 𝔸", readAll(utf8("Pemprov Jawa Barat — ✓ 日本 𝔸")));
    }

    @Test
    void emptyInputIsAtItsEnd() throws IOException {
        assertEquals("", readAll(new byte[0]));
    }

    @Test
    void dropsALeadingByteOrderMark() throws IOException {
        assertEquals("id,name", readAll(concat(BOM, utf8("id,name"))));
    }

    @Test
    void dropsOnlyOneByteOrderMark() throws IOException {
        assertEquals("\uFEFFid", readAll(concat(BOM, BOM, utf8("id"))));
    }

    @Test
    void keepsAByteOrderMarkThatIsNotAtTheStart() throws IOException {
        assertEquals("a\uFEFFb", readAll(utf8("a\uFEFFb")));
    }

    @Test
    void dropsAByteOrderMarkThatArrivesOneByteAtATime() throws IOException {
        assertEquals("x", readAll(oneByteAtATime(concat(BOM, utf8("x")))));
    }

    @Test
    void decodesCharactersCutAcrossReads() throws IOException {
        String text = "é✓𝔸\r\nakhir";

        assertEquals(text, readAll(oneByteAtATime(utf8(text))));
    }

    @Test
    void decodesACharacterCutAcrossTheBlockBoundary() throws IOException {
        String text = "a".repeat(BLOCK - 2) + "𝔸" + "z";

        assertEquals(text, readAll(utf8(text)));
    }

    @Test
    void zeroLengthReadReadsNothing() throws IOException {
        try (Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(utf8("abc")))) {
            assertEquals(0, reader.read(new char[4], 0, 0));
            assertEquals('a', reader.read());
        }
    }

    @Test
    void closeClosesTheStream() throws IOException {
        boolean[] closed = {false};
        InputStream in = new FilterInputStream(new ByteArrayInputStream(new byte[0])) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        new Utf8Reader(in).close();

        assertTrue(closed[0]);
    }

    @Test
    void latin1ByteIsRefusedWithItsLine() {
        assertEquals(3, badLine(concat(utf8("a\nb\nc"), new byte[] {(byte) 0xE9}, utf8("\nd"))));
    }

    @Test
    void badByteOnTheFirstLine() {
        assertEquals(1, badLine(new byte[] {(byte) 0xFF}));
    }

    @Test
    void messageNamesTheLine() {
        Utf8Reader.NotUtf8Exception e = assertThrows(Utf8Reader.NotUtf8Exception.class,
                () -> readAll(concat(utf8("a\n"), new byte[] {(byte) 0x80})));

        assertEquals("not UTF-8 at line 2", e.getMessage());
    }

    @Test
    void carriageReturnLineFeedAndLoneCarriageReturnEachEndOneLine() {
        assertEquals(5, badLine(concat(utf8("a\r\nb\rc\nd\r\n"), new byte[] {(byte) 0xE9})));
    }

    @Test
    void lineFeedAfterCarriageReturnInTheNextBlockIsNotCountedTwice() {
        byte[] bytes = concat(utf8("a".repeat(BLOCK - 1) + "\r\nx"), new byte[] {(byte) 0xE9});

        assertEquals(2, badLine(bytes));
    }

    @Test
    void loneCarriageReturnAtTheEndOfABlockCounts() {
        byte[] bytes = concat(utf8("a".repeat(BLOCK - 1) + "\rb\nx"), new byte[] {(byte) 0xE9});

        assertEquals(3, badLine(bytes));
    }

    @Test
    void lineBreaksCountedAcrossOneByteReads() {
        assertEquals(4, badLine(concat(utf8("a\r\nb\r\rc"), new byte[] {(byte) 0xE9})));
        assertEquals(4, assertThrows(Utf8Reader.NotUtf8Exception.class,
                () -> readAll(oneByteAtATime(concat(utf8("a\r\nb\r\rc"), new byte[] {(byte) 0xE9})))).line());
    }

    @Test
    void badByteManyBlocksIntoTheFileHasItsLine() {
        String line = "x".repeat(99) + "\n";
        byte[] bytes = concat(utf8(line.repeat(10_000)), new byte[] {(byte) 0xC3, '('});

        assertEquals(10_001, badLine(bytes));
    }

    @Test
    void truncatedCharacterAtTheEndIsRefused() {
        assertEquals(2, badLine(concat(utf8("a\nb"), new byte[] {(byte) 0xF0, (byte) 0x9D, (byte) 0x94})));
    }

    @Test
    void overlongEncodingIsRefused() {
        assertEquals(1, badLine(new byte[] {'a', (byte) 0xC0, (byte) 0xAF}));
    }

    @Test
    void encodedSurrogateIsRefused() {
        assertEquals(1, badLine(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
    }

    @Test
    void windows1252QuotesAreRefused() {
        // Excel "ANSI" exports write curly quotes as single bytes 0x93 and 0x94.
        assertEquals(2, badLine(concat(utf8("id,name\n1,"), new byte[] {(byte) 0x93}, utf8("Kota"), new byte[] {(byte) 0x94})));
    }
}
