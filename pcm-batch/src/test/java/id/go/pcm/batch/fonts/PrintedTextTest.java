package id.go.pcm.batch.fonts;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.lists;

/** What the embedded fonts draw, and how the rest is marked so that nothing vanishes and nothing merges. */
class PrintedTextTest {

    private static final EmbeddedFonts FONTS = EmbeddedFonts.get();
    private static final PrintedText LENIENT = PrintedText.lenient(FONTS);

    @Test
    void theScriptsPeopleUseInNamesAreDrawn() {
        for (String text : List.of("Kompas \uD83D\uDCF0", "Kompas \uD83D\uDD25", "\u0642\u0646\u0627\u0629 \u06A4\u0645\u0631\u064A\u0646\u062A\u0647",
                "\u661F\u6D32\u65E5\u62A5", "\uA9A5\uA9A9\uA9AB\uA9BA\uA9A4\uA9C0", "Badan Pusat Statistik \u2713", "\u05E9\u05DC\u05D5\u05DD")) {
            assertTrue(LENIENT.fullyDrawn(text), text);
            assertEquals(text, LENIENT.printed(text));
        }
    }

    @Test
    void aCharacterNoFontHasIsPrintedAsItsCodePoint() {
        assertFalse(FONTS.draws(0x1FAE0), "U+1FAE0 (Unicode 14) is in none of the fonts");
        assertEquals("Berita [U+1FAE0]", LENIENT.printed("Berita \uD83E\uDEE0"));
        assertEquals(Set.of(0x1FAE0), LENIENT.undrawn("Berita \uD83E\uDEE0"));
        assertNotEquals(LENIENT.printed("Berita \uD83E\uDEE0"), LENIENT.printed("Berita \uD83E\uDEE1"));
    }

    @Test
    void invisibleCharactersAndControlsAreMarkedNotDropped() {
        assertEquals("Kompas[U+200B]", LENIENT.printed("Kompas\u200B"));
        assertEquals("A[U+202E]B", LENIENT.printed("A\u202EB"), "a bidi override would reorder what follows");
        assertEquals("A[U+0009]B", LENIENT.printed("A\tB"));
        assertEquals("A\nB", LENIENT.printed("A\nB"), "a line break in a quoted field stays a line break");
    }

    @Test
    void aLiteralMarkLikeTextCannotPassForAMark() {
        String literal = "Kompas [U+1F4F0]";
        assertNotEquals(LENIENT.printed("Kompas \uD83E\uDEE0"), LENIENT.printed("Kompas [U+1FAE0]"));
        assertEquals("Kompas [U+005B]U+1F4F0]", LENIENT.printed(literal));
        assertEquals("[x] and [u+1]", LENIENT.printed("[x] and [u+1]"), "other brackets print as they are");
    }

    @Test
    void presentationSelectorsAfterADrawnCharacterAreLetGoUnlessTheyWouldMergeTwoValues() {
        String plain = "Radio Cinta \u2764";
        String emoji = "Radio Cinta \u2764\uFE0F";
        assertEquals(plain, LENIENT.printed(emoji));
        assertEquals("\uD83D\uDC68\uD83D\uDC69\uD83D\uDC67", LENIENT.printed("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"));
        assertEquals("[U+FE0F]x", LENIENT.printed("\uFE0Fx"), "with nothing drawn before it, a selector is marked");

        assertFalse(PrintedText.forValues(FONTS, List.of(emoji, "Kompas")).strict());
        PrintedText strict = PrintedText.forValues(FONTS, List.of(plain, emoji));
        assertTrue(strict.strict());
        assertNotEquals(strict.printed(plain), strict.printed(emoji));
        assertEquals("Radio Cinta \u2764[U+FE0F]", strict.printed(emoji));
    }

    @Test
    void eachRunIsInTheFirstFontOfTheFaceThatHasItsCharacters() {
        List<PrintedText.Run> runs = LENIENT.runs("Kompas \uD83D\uDCF0 \u661F\u6D32", EmbeddedFonts.Face.BOLD);
        assertEquals(List.of("Kompas ", "\uD83D\uDCF0 ", "\u661F\u6D32"), runs.stream().map(PrintedText.Run::text).toList());
        assertEquals(0, runs.get(0).font(), "Latin in the face's own font");
        assertTrue(FONTS.pdf(EmbeddedFonts.Face.BOLD, runs.get(1).font()).getPostscriptFontName().startsWith("Symbola"));
        assertTrue(FONTS.pdf(EmbeddedFonts.Face.BOLD, runs.get(2).font()).getPostscriptFontName().startsWith("DroidSansFallback"));
    }

    @Test
    void rightToLeftRunsComeInTheOrderTheyAreReadAndKeepTheirTextForTheShaper() {
        String first = "\u0642\u0646\u0627\u0629";
        String second = "\u0627\u0644\u0639\u0631\u0628\u064A\u0629";
        List<PrintedText.Run> runs = LENIENT.runs("TV " + first + " " + second + " 24", EmbeddedFonts.Face.REGULAR);
        assertEquals("TV ", runs.get(0).text());
        PrintedText.Run arabic = runs.stream().filter(PrintedText.Run::rightToLeft).findFirst().orElseThrow();
        // The space before the digits takes the Arabic's direction, in the same font.
        assertEquals(first + " " + second + " ", arabic.text(), "logical order: the layout engine reverses and joins it");
        assertTrue(arabic.shaped());
        // As the bidirectional algorithm has it: digits after Arabic belong to its run and show left of it.
        assertEquals(List.of("TV ", "24", first + " " + second + " "), runs.stream().map(PrintedText.Run::text).toList());
    }

    @Test
    void rightToLeftTextInAFontThatIsNotShapedIsReversedHere() {
        // Two emoji between Arabic words take the words' direction: drawn right to left, in Symbola.
        List<PrintedText.Run> runs = LENIENT.runs("\u0642\u0646\u0627\u0629 \uD83D\uDD25\uD83D\uDCF0 \u0642\u0646\u0627\u0629",
                EmbeddedFonts.Face.REGULAR);
        PrintedText.Run emoji = runs.stream().filter(r -> r.text().contains("\uD83D\uDD25")).findFirst().orElseThrow();
        assertTrue(emoji.rightToLeft());
        assertEquals("\uD83D\uDCF0\uD83D\uDD25", emoji.text().strip());
    }

    /** Pieces of text: plain ASCII, what is marked or needs another font, and what reorders the line. */
    private static final List<String> PIECES = List.of("a", "Z", "7", " ", ".", ",", "(", "-", "[", "]", "U+", "U+1F4F0]",
            "\n", "\t", "~", "\u007f", "\u00e9", "\u2014", "\u2022", "\u0416", "\u0642\u0646\u0627", "\uA9A5\uA9C0",
            "\u661F", "\uD83D\uDCF0", "\u2764\uFE0F", "\u200B", "\uFE0F", "\uD83E\uDEE0", "\u05E9", "1.234,5");

    @Test
    void textInTheFirstFontGetsTheRunsTheCharacterScanGives() {
        Gen<String> texts = lists().of(pick(PIECES)).ofSizeBetween(0, 12).map(p -> String.join("", p));
        for (PrintedText printing : List.of(LENIENT, PrintedText.forValues(FONTS, List.of("\u2764", "\u2764\uFE0F")))) {
            qt().withExamples(2000).forAll(texts).checkAssert(text -> {
                for (EmbeddedFonts.Face face : EmbeddedFonts.Face.values()) {
                    assertEquals(printing.scannedRuns(text, face), printing.runs(text, face), face + " " + text.codePoints()
                            .mapToObj(Integer::toHexString).collect(Collectors.joining(" ")));
                }
            });
        }
    }

    @Test
    void plainTextIsOneRunInTheFacesFirstFont() {
        assertEquals(List.of(new PrintedText.Run("Rapor instansi (72,50)\nhal. 2", 0, false, false)),
                LENIENT.runs("Rapor instansi (72,50)\nhal. 2", EmbeddedFonts.Face.BOLD));
        assertEquals(List.of(), LENIENT.runs("", EmbeddedFonts.Face.REGULAR));
    }
}
