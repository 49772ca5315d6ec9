package id.go.pcm.internal;

import id.go.pcm.validation.Row;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeenKeysTest {

    @Test
    void firstAddIsNew() {
        assertTrue(new SeenKeys().add("R-2024-09-001"));
    }

    @Test
    void repeatIsNotNew() {
        SeenKeys seen = new SeenKeys();
        seen.add("R-2024-09-001");

        assertFalse(seen.add("R-2024-09-001"));
    }

    @Test
    void everyLaterRepeatIsNotNewEither() {
        SeenKeys seen = new SeenKeys();
        seen.add("a");
        seen.add("a");

        assertFalse(seen.add("a"));
    }

    @Test
    void keysAreCaseSensitive() {
        SeenKeys seen = new SeenKeys();
        seen.add("kemenkeu");

        assertTrue(seen.add("KEMENKEU"));
        assertTrue(seen.add("Kemenkeu"));
    }

    @Test
    void keysDifferingOnlyInSpacesAreDifferent() {
        SeenKeys seen = new SeenKeys();
        seen.add("a b");

        assertTrue(seen.add("a  b"));
        assertTrue(seen.add("ab"));
    }

    @Test
    void emptyKeyIsAKeyLikeAnyOther() {
        SeenKeys seen = new SeenKeys();

        assertTrue(seen.add(""));
        assertFalse(seen.add(""));
    }

    @Test
    void nonAsciiKeysAreComparedExactly() {
        SeenKeys seen = new SeenKeys();

        assertTrue(seen.add("café"));
        assertTrue(seen.add("cafe\u0301")); // the same word, composed differently: a different id
        assertFalse(seen.add("café"));
    }

    @Test
    void unpairedSurrogatesAreDistinctKeys() {
        // Not from a CSV (the reader refuses what is not UTF-8), but Row has other sources.
        SeenKeys seen = new SeenKeys();

        assertTrue(seen.add("?"));
        assertTrue(seen.add("\uD800"));
        assertTrue(seen.add("\uDC00"));
        assertFalse(seen.add("\uD800"));
    }

    @Test
    void sizeCountsDistinctKeys() {
        SeenKeys seen = new SeenKeys();
        seen.add("a");
        seen.add("b");
        seen.add("a");

        assertEquals(2, seen.size());
    }

    @Test
    void emptySetHasSizeZero() {
        assertEquals(0, new SeenKeys().size());
    }

    @Test
    void survivesGrowthPastManyThousandsOfKeys() {
        SeenKeys seen = new SeenKeys();
        int keys = 300_000;
        for (int i = 0; i < keys; i++) {
            assertTrue(seen.add("E-" + i), "first E-" + i);
        }
        for (int i = 0; i < keys; i++) {
            assertFalse(seen.add("E-" + i), "repeat E-" + i);
        }
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add("e-" + i), "new e-" + i);
        }

        assertEquals(keys + 1000, seen.size());
    }

    @Test
    void keysAddedBeforeGrowthAreStillKnownAfterIt() {
        SeenKeys seen = new SeenKeys();
        seen.add("first");
        for (int i = 0; i < 10_000; i++) {
            seen.add(Integer.toString(i));
        }

        assertFalse(seen.add("first"));
    }

    @Test
    void aKeyOfPartsIsThePartsJoinedWithNul() {
        SeenKeys seen = new SeenKeys();

        assertTrue(seen.add("N-1", "KOMINFO", "WEBSITE", "https://komdigi.go.id/b"));
        assertFalse(seen.add("N-1\u0000KOMINFO\u0000WEBSITE\u0000https://komdigi.go.id/b"));
        assertTrue(seen.add("N-1", "KOMINFO", "WEBSITE", "https://komdigi.go.id/c"));
        assertTrue(seen.add("N-1KOMINFO", "WEBSITE", "https://komdigi.go.id/c"), "parts do not run together");
    }

    @Test
    void keysLongerThanTheBufferAreComparedWhole() {
        SeenKeys seen = new SeenKeys();
        String longKey = "x".repeat(5_000);

        assertTrue(seen.add(longKey));
        assertTrue(seen.add(longKey + "y"));
        assertFalse(seen.add(longKey));
        assertTrue(seen.add("a"), "a short key after a long one is not confused with the long one's leftover bytes");
        assertFalse(seen.add("a"));
    }

    /** What a row costs: the table grows by doubling when three quarters full, so 16 to 32 bytes a key. */
    @Test
    void aKeyCostsAtMostThirtyTwoBytesOfTableWhateverTheCount() {
        SeenKeys keys = new SeenKeys();
        for (int n = 1; n <= 400_000; n++) {
            assertTrue(keys.add("BD-2024-09-" + n));
            if (n >= 768) {
                double perKey = (double) keys.tableBytes() / keys.size();
                assertTrue(perKey >= 16 && perKey <= 32, n + " keys: " + perKey + " bytes a key");
            }
        }
        assertEquals(400_000, keys.size());
        for (int n = 1; n <= 400_000; n += 997) {
            assertFalse(keys.add("BD-2024-09-" + n), "every key is still there after the table grew");
        }
    }
}
