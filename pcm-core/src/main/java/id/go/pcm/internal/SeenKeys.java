package id.go.pcm.internal;

import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The keys seen so far in one file, for the rules that reject a repeat ({@code DUPLICATE_ID},
 * {@code DUPLICATE_EVIDENCE}). It must hold one entry per row, so it keeps a 128-bit fingerprint of
 * each key in an open-addressing table of {@code long}s rather than the strings themselves: about
 * 32 bytes a row instead of a hundred or more, which keeps a 30x-national month inside a small heap.
 * Two different keys share a fingerprint with a probability near 2<sup>-128</sup> per pair.
 */
public final class SeenKeys {

    private long[] table = new long[2 * 1024];
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
        long low = hash[1] == 0 && high == 0 ? 1 : hash[1]; // (0, 0) marks an empty slot
        if ((size + 1) * 2L > table.length / 2) {
            grow();
        }
        return insert(table, high, low);
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

    private boolean insert(long[] slots, long high, long low) {
        int mask = slots.length / 2 - 1;
        for (int i = (int) (high ^ (high >>> 32)) & mask; ; i = (i + 1) & mask) {
            long h = slots[2 * i];
            long l = slots[2 * i + 1];
            if (h == 0 && l == 0) {
                slots[2 * i] = high;
                slots[2 * i + 1] = low;
                if (slots == table) {
                    size++;
                }
                return true;
            }
            if (h == high && l == low) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = table;
        long[] bigger = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0 || old[i + 1] != 0) {
                insert(bigger, old[i], old[i + 1]);
            }
        }
        table = bigger;
    }
}
