package id.go.pcm.internal;

import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The keys seen so far in one file, for the rules that reject a repeat ({@code DUPLICATE_ID},
 * {@code DUPLICATE_EVIDENCE}). It must hold one entry per row, so it keeps a 96-bit fingerprint of
 * each key (a {@code long} and an {@code int} in two parallel arrays, filled to at most three
 * quarters) rather than the strings themselves: 16 to 32 bytes a row instead of a hundred or more,
 * which keeps a 30x-national month inside a small heap. Two different keys share a fingerprint with a
 * probability near 2<sup>-96</sup> per pair: for the 3 million keys of a 100x month's largest file,
 * about one run in 10<sup>16</sup>.
 */
public final class SeenKeys {

    private static final int INITIAL_SLOTS = 1024;

    private long[] highs = new long[INITIAL_SLOTS];
    private int[] lows = new int[INITIAL_SLOTS];
    private int size;

    /** The key being fingerprinted, as UTF-16 bytes; reused, as one instance serves one file's reading. */
    private byte[] buffer = new byte[256];

    /**
     * Adds a key.
     *
     * @param key the key, compared exactly (ids are case-sensitive)
     * @return {@code true} when the key was not seen before
     */
    public boolean add(String key) {
        return addEncoded(encode(key, 0));
    }

    /**
     * Adds a key made of parts, the same key as the parts joined with {@code U+0000} between them,
     * without building that string.
     *
     * @param parts the parts, each compared exactly
     * @return {@code true} when the key was not seen before
     */
    public boolean add(String... parts) {
        int length = 0;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                length = encode("\u0000", length);
            }
            length = encode(parts[i], length);
        }
        return addEncoded(length);
    }

    private boolean addEncoded(int length) {
        long[] hash = MurmurHash3.hash128x64(buffer, 0, length, 0);
        long high = hash[0];
        int low = (int) hash[1];
        if (high == 0 && low == 0) {
            low = 1; // (0, 0) marks an empty slot
        }
        if ((size + 1) * 4L > highs.length * 3L) {
            grow();
        }
        boolean added = insert(highs, lows, high, low);
        size += added ? 1 : 0;
        return added;
    }

    /**
     * Appends the key's UTF-16 code units as bytes to the buffer: unlike {@code getBytes(UTF_8)},
     * which writes every unpaired surrogate as {@code ?}, this keeps every distinct string distinct.
     *
     * @return the buffer's new length
     */
    private int encode(String key, int at) {
        int end = at + key.length() * 2;
        if (end > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(end, buffer.length * 2));
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            buffer[at + 2 * i] = (byte) (c >>> 8);
            buffer[at + 2 * i + 1] = (byte) c;
        }
        return end;
    }

    /** @return the number of distinct keys added */
    public int size() {
        return size;
    }

    /** @return the bytes its table takes (both arrays' elements), for what a row costs */
    public long tableBytes() {
        return highs.length * (long) (Long.BYTES + Integer.BYTES);
    }

    /** Linear probing from the slot the high word's bits name (the low word only tells keys apart). */
    private static boolean insert(long[] highs, int[] lows, long high, int low) {
        int mask = highs.length - 1;
        for (int i = (int) (high ^ (high >>> 32)) & mask; ; i = (i + 1) & mask) {
            long h = highs[i];
            int l = lows[i];
            if (h == 0 && l == 0) {
                highs[i] = high;
                lows[i] = low;
                return true;
            }
            if (h == high && l == low) {
                return false;
            }
        }
    }

    private void grow() {
        long[] biggerHighs = new long[highs.length * 2];
        int[] biggerLows = new int[lows.length * 2];
        for (int i = 0; i < highs.length; i++) {
            if (highs[i] != 0 || lows[i] != 0) {
                insert(biggerHighs, biggerLows, highs[i], lows[i]);
            }
        }
        highs = biggerHighs;
        lows = biggerLows;
    }
}
