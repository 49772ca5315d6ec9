package id.go.pcm.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VocabularyTest {

    enum Tone {
        POSITIVE, NEUTRAL, NEGATIVE, HIGH_INTEREST
    }

    private static final Vocabulary<Tone> TONES = Vocabulary.of(Tone.class, tone -> switch (tone) {
        case POSITIVE -> List.of("POSITIF");
        case NEUTRAL -> List.of("netral");
        case NEGATIVE -> List.of("NEGATIF", "buruk");
        case HIGH_INTEREST -> List.of();
    });

    @Test
    void findsAConstantByItsName() {
        assertEquals(Optional.of(Tone.POSITIVE), TONES.find("POSITIVE"));
    }

    @Test
    void namesMatchInAnyCase() {
        assertEquals(Optional.of(Tone.NEUTRAL), TONES.find("neutral"));
        assertEquals(Optional.of(Tone.NEUTRAL), TONES.find("Neutral"));
        assertEquals(Optional.of(Tone.HIGH_INTEREST), TONES.find("high_interest"));
    }

    @Test
    void findsAConstantByItsIndonesianSynonym() {
        assertEquals(Optional.of(Tone.POSITIVE), TONES.find("POSITIF"));
        assertEquals(Optional.of(Tone.NEGATIVE), TONES.find("NEGATIF"));
    }

    @Test
    void synonymsMatchInAnyCase() {
        assertEquals(Optional.of(Tone.POSITIVE), TONES.find("positif"));
        assertEquals(Optional.of(Tone.NEGATIVE), TONES.find("Negatif"));
    }

    @Test
    void synonymsDefinedInLowerCaseMatchToo() {
        assertEquals(Optional.of(Tone.NEUTRAL), TONES.find("NETRAL"));
        assertEquals(Optional.of(Tone.NEGATIVE), TONES.find("Buruk"));
    }

    @Test
    void unknownWordFindsNothing() {
        assertEquals(Optional.empty(), TONES.find("MIXED"));
        assertEquals(Optional.empty(), TONES.find(""));
    }

    @Test
    void nearMissesFindNothing() {
        assertEquals(Optional.empty(), TONES.find("POSITIVES"));
        assertEquals(Optional.empty(), TONES.find("HIGH INTEREST"));
        assertEquals(Optional.empty(), TONES.find("high-interest"));
    }

    @Test
    void wordsAreNotTrimmedHere() {
        // The CSV reader trims values; the vocabulary matches exactly what it is given.
        assertEquals(Optional.empty(), TONES.find(" POSITIVE"));
    }

    @Test
    void matchingDoesNotDependOnTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            // In Turkish, "i".toUpperCase() is a dotted capital I, which would miss "HIGH_INTEREST" and "POSITIF".
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Vocabulary<Tone> tones = Vocabulary.of(Tone.class, tone -> tone == Tone.POSITIVE ? List.of("positif") : List.of());

            assertEquals(Optional.of(Tone.HIGH_INTEREST), tones.find("high_interest"));
            assertEquals(Optional.of(Tone.POSITIVE), tones.find("positif"));
            assertEquals(Optional.of(Tone.POSITIVE), tones.find("POSITIF"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void allowedListsTheConstantNamesInDeclarationOrder() {
        assertEquals("POSITIVE, NEUTRAL, NEGATIVE, HIGH_INTEREST", TONES.allowed());
    }

    @Test
    void allowedLeavesSynonymsOut() {
        Vocabulary<Tone> withoutSynonyms = Vocabulary.of(Tone.class, tone -> List.of());

        assertEquals(withoutSynonyms.allowed(), TONES.allowed());
    }

    @Test
    void withoutSynonymsOnlyNamesMatch() {
        Vocabulary<Tone> withoutSynonyms = Vocabulary.of(Tone.class, tone -> List.of());

        assertEquals(Optional.of(Tone.NEGATIVE), withoutSynonyms.find("negative"));
        assertEquals(Optional.empty(), withoutSynonyms.find("NEGATIF"));
    }
}
