package id.go.pcm.internal.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static id.go.pcm.internal.csv.CsvFiles.BOM;
import static id.go.pcm.internal.csv.CsvFiles.concat;
import static id.go.pcm.internal.csv.CsvFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Utf16TextTest {

    private static final String HEADER = "agency_id\tname\ttype\r\n";

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void littleEndianByteOrderMarkAsExcelWritesIt() {
        assertTrue(Utf16Text.startsWith(concat(bytes(0xFF, 0xFE), HEADER.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void bigEndianByteOrderMark() {
        assertTrue(Utf16Text.startsWith(HEADER.getBytes(StandardCharsets.UTF_16))); // Java writes FE FF first
    }

    @Test
    void aByteOrderMarkAloneIsEnough() {
        assertTrue(Utf16Text.startsWith(bytes(0xFF, 0xFE)));
        assertTrue(Utf16Text.startsWith(bytes(0xFE, 0xFF)));
    }

    @Test
    void utf32ByteOrderMarksAreNotUtf16() {
        assertFalse(Utf16Text.startsWith(concat(bytes(0xFF, 0xFE, 0, 0), HEADER.getBytes(Charset.forName("UTF-32LE")))));
        assertFalse(Utf16Text.startsWith(concat(bytes(0, 0, 0xFE, 0xFF), HEADER.getBytes(Charset.forName("UTF-32BE")))));
    }

    @Test
    void utf32WithoutAByteOrderMarkIsNotUtf16() {
        // one unit in two is a NUL pair: below three in four
        assertFalse(Utf16Text.startsWith(HEADER.getBytes(Charset.forName("UTF-32LE"))));
    }

    @Test
    void littleEndianWithoutAByteOrderMark() {
        assertTrue(Utf16Text.startsWith(HEADER.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void bigEndianWithoutAByteOrderMark() {
        assertTrue(Utf16Text.startsWith(HEADER.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void indonesianTextWithSomeLettersBeyondAsciiIsStillUtf16() {
        assertTrue(Utf16Text.startsWith("name\r\nDinas Pendidikan Kota Bogor ✓ é\r\n".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void onlyThePrefixIsLookedAt() {
        byte[] utf16 = "agency_id,name,type\r\n".repeat(20).getBytes(StandardCharsets.UTF_16LE);
        byte[] afterThePrefix = utf8("x".repeat(10_000));

        assertTrue(Utf16Text.startsWith(concat(utf16, afterThePrefix)));
    }

    @Test
    void utf8IsNot() {
        assertFalse(Utf16Text.startsWith(utf8(HEADER)));
        assertFalse(Utf16Text.startsWith(concat(BOM, utf8(HEADER))));
        assertFalse(Utf16Text.startsWith(utf8("Pemprov Aceh ✓ 日本 𝔸,name\n")));
    }

    @Test
    void nulBytesInTheValuesOfAUtf8FileAreNot() {
        assertFalse(Utf16Text.startsWith(utf8("item_id,outlet\nM1,Kom\u0000pas\nM2\u0000,Tempo\n")));
    }

    @Test
    void tooFewBytesToTell() {
        assertFalse(Utf16Text.startsWith(new byte[0]));
        assertFalse(Utf16Text.startsWith(bytes('i', 0, 'd', 0, '\n', 0)));
    }

    @Test
    void nulBytesOnBothSidesAreNot() {
        assertFalse(Utf16Text.startsWith(bytes('a', 0, 0, 'b', 'c', 0, 0, 'd')));
    }
}
