package id.go.pcm.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeenKeysTest {

    @Test
    void firstAddIsNewAndRepeatIsNot() {
        SeenKeys seen = new SeenKeys();

        assertTrue(seen.add("R-1"));
        assertFalse(seen.add("R-1"));
        assertEquals(1, seen.size());
    }

    @Test
    void keysAreComparedExactly() {
        SeenKeys seen = new SeenKeys();

        assertTrue(seen.add("a"));
        assertTrue(seen.add("A"));
        assertTrue(seen.add("a "));
        assertTrue(seen.add("á"));
        assertEquals(4, seen.size());
    }

    @Test
    void manyKeysSurviveTheTableGrowing() {
        SeenKeys seen = new SeenKeys();
        int count = 50_000;

        for (int i = 0; i < count; i++) {
            assertTrue(seen.add("E-" + i), "E-" + i);
        }
        for (int i = 0; i < count; i++) {
            assertFalse(seen.add("E-" + i), "E-" + i);
        }
        assertEquals(count, seen.size());
    }
}
