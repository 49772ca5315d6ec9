package id.go.pcm.batch.settings;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** The "did you mean" of an unknown key: a slip of one letter finds its setting (or one as near), another word finds none. */
class NearestKeyTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz.-";

    @Test
    void oneSlipFindsTheSettingItWasMeantToBe() {
        int settings = Setting.values().length;
        qt().withExamples(3000).forAll(integers().between(0, settings - 1), integers().between(0, 3),
                integers().between(0, 1000), integers().between(0, LETTERS.length() - 1)).checkAssert((s, kind, at, letter) -> {
            Setting setting = Setting.values()[s];
            String tail = setting.key().substring("pcm.".length());
            String slipped = "pcm." + slip(tail, kind, at % tail.length(), LETTERS.charAt(letter));
            if (Stream.of(Setting.values()).noneMatch(other -> other.key().equals(slipped))) {
                // a slip as close to another setting ("pcm.hone": pcm.home and pcm.zone) names one of them
                Setting found = NearestKey.of(slipped).orElseThrow(() -> new AssertionError(slipped + " finds none"));
                String typed = slipped.substring("pcm.".length());
                assertEquals(NearestKey.distance(typed, tail), NearestKey.distance(typed, found.key().substring("pcm.".length())),
                        slipped + " names " + found + ", farther than " + setting);
            }
        });
    }

    /** A letter changed, added, dropped, or swapped with the next. */
    private static String slip(String text, int kind, int at, char letter) {
        return switch (kind) {
            case 0 -> text.substring(0, at) + letter + text.substring(at + 1);
            case 1 -> text.substring(0, at) + letter + text.substring(at);
            case 2 -> text.substring(0, at) + text.substring(at + 1);
            default -> at + 1 < text.length()
                    ? text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2) : text + letter;
        };
    }

    @Test
    void anotherWordFindsNone() {
        assertEquals(Optional.empty(), NearestKey.of("pcm.colour"));
        assertEquals(Optional.empty(), NearestKey.of("pcm.java.opts"));
        assertEquals(Optional.empty(), NearestKey.of("pcm.sign.password"));
        assertEquals(Optional.empty(), NearestKey.of("pcm.cds"));
        assertEquals(Optional.empty(), NearestKey.of("pcm.test.postgres.url"));
    }

    @Test
    void commonSlipsFindTheirSetting() {
        assertEquals(Optional.of(Setting.WEIGHTS_REPORT), NearestKey.of("pcm.weigths.report"));
        assertEquals(Optional.of(Setting.REPORT_ISSUER), NearestKey.of("pcm.report.isuer"));
        assertEquals(Optional.of(Setting.DEADLINE_DAY), NearestKey.of("pcm.deadline"));
        assertEquals(Optional.of(Setting.BOUNDS_SANGAT_BAIK), NearestKey.of("pcm.bounds.sangatbaik"));
    }
}
