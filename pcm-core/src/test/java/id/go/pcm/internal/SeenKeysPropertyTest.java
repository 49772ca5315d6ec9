package id.go.pcm.internal;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

/** {@link SeenKeys} against a {@link HashSet} as its model. */
class SeenKeysPropertyTest {

    /**
     * Short keys from a small alphabet repeat often; long ones in any script rarely do. Strings of
     * any UTF-16 units include unpaired surrogates, which UTF-8 cannot hold; some keys are drawn
     * around the surrogate range so that two of them meet in one list.
     */
    private static final Gen<String> KEYS = oneOf(
            strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 3),
            strings().betweenCodePoints('A', 'z').ofLengthBetween(0, 6),
            strings().allPossible().ofLengthBetween(0, 20),
            strings().betweenCodePoints(0xD7FF, 0xE000).ofLengthBetween(1, 2),
            integers().between(0, 5000).map(i -> "R-" + i));

    /** Shrinking a list of thousands of keys one step a run takes long; a few hundred steps tell enough. */
    private static final int SHRINK_CYCLES = 300;

    @Test
    void addIsTrueExactlyForFirstOccurrences() {
        qt().withShrinkCycles(SHRINK_CYCLES).forAll(lists().of(KEYS).ofSizeBetween(0, 3000)).checkAssert(keys -> {
            SeenKeys seen = new SeenKeys();
            Set<String> model = new HashSet<>();
            for (String key : keys) {
                assertEquals(model.add(key), seen.add(key), "key " + key.codePoints().boxed().toList());
            }
            assertEquals(model.size(), seen.size());
        });
    }

    @Test
    void repeatsOfEveryKeyAreFoundAfterAnyAmountOfGrowth() {
        qt().withShrinkCycles(SHRINK_CYCLES).forAll(lists().of(KEYS).ofSizeBetween(0, 3000)).checkAssert(keys -> {
            SeenKeys seen = new SeenKeys();
            keys.forEach(seen::add);
            for (String key : keys) {
                assertEquals(false, seen.add(key), key);
            }
        });
    }

    @Test
    void aKeyOfPartsIsNewExactlyWhenItsJoinedFormIs() {
        qt().withShrinkCycles(SHRINK_CYCLES).forAll(lists().of(lists().of(KEYS).ofSizeBetween(1, 3)).ofSizeBetween(0, 1000))
                .checkAssert(keys -> {
                    SeenKeys seen = new SeenKeys();
                    Set<String> model = new HashSet<>();
                    for (java.util.List<String> parts : keys) {
                        assertEquals(model.add(String.join("\u0000", parts)), seen.add(parts.toArray(String[]::new)),
                                parts.toString());
                    }
                });
    }
}
