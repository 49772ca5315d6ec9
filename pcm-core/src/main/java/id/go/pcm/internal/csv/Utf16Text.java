package id.go.pcm.internal.csv;

/**
 * Tells UTF-16 text, as Excel's "Unicode Text" export writes it, from a file's first bytes, so that
 * its refusal says what the file is. Read as UTF-8 such a file fails on its first byte when it has a
 * byte-order mark, and without one it reads as text with a NUL after or before every letter.
 */
final class Utf16Text {

    /** How many of a file's first bytes are looked at. */
    static final int PREFIX_LENGTH = 512;

    /** Fewer characters than this (a header of at most three letters) are too few to tell. */
    private static final int FEWEST_PAIRS = 4;

    private Utf16Text() {
    }

    /**
     * Whether a file's first bytes are UTF-16: a UTF-16 byte-order mark ({@code FF FE} little-endian,
     * as Excel writes it, or {@code FE FF} big-endian) that is not a UTF-32 one ({@code FF FE 00 00},
     * {@code 00 00 FE FF}); or, without a mark, at least four two-byte units of which three in four
     * are a byte other than NUL and a NUL, the NUL always on the same side: ASCII text in UTF-16.
     *
     * @param prefix the file's first bytes, at most {@link #PREFIX_LENGTH} are looked at
     * @return whether the file is UTF-16 text
     */
    static boolean startsWith(byte[] prefix) {
        if (isUtf32ByteOrderMark(prefix)) {
            return false; // no Excel export writes UTF-32: the plain "not UTF-8" message says enough
        }
        if (prefix.length >= 2 && ((b(prefix, 0) == 0xFF && b(prefix, 1) == 0xFE) || (b(prefix, 0) == 0xFE && b(prefix, 1) == 0xFF))) {
            return true;
        }
        int pairs = Math.min(prefix.length, PREFIX_LENGTH) / 2;
        if (pairs < FEWEST_PAIRS) {
            return false;
        }
        int littleEndian = 0;
        int bigEndian = 0;
        for (int i = 0; i < pairs; i++) {
            int first = b(prefix, 2 * i);
            int second = b(prefix, 2 * i + 1);
            if (first != 0 && second == 0) {
                littleEndian++;
            } else if (first == 0 && second != 0) {
                bigEndian++;
            }
        }
        return 4 * Math.max(littleEndian, bigEndian) >= 3 * pairs;
    }

    private static boolean isUtf32ByteOrderMark(byte[] prefix) {
        if (prefix.length < 4) {
            return false;
        }
        return (b(prefix, 0) == 0xFF && b(prefix, 1) == 0xFE && b(prefix, 2) == 0 && b(prefix, 3) == 0)
                || (b(prefix, 0) == 0 && b(prefix, 1) == 0 && b(prefix, 2) == 0xFE && b(prefix, 3) == 0xFF);
    }

    private static int b(byte[] bytes, int i) {
        return bytes[i] & 0xFF;
    }
}
