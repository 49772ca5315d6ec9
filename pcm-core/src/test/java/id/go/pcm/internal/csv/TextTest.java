package id.go.pcm.internal.csv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class TextTest {

    @Test
    void emptyIsNull() {
        assertNull(Text.trimToNull(""));
    }

    @Test
    void spacesOnlyIsNull() {
        assertNull(Text.trimToNull("   "));
    }

    @Test
    void tabsAndLineBreaksOnlyIsNull() {
        assertNull(Text.trimToNull("\t\r\n \u000B\f"));
    }

    @Test
    void noBreakSpacesOnlyIsNull() {
        assertNull(Text.trimToNull("\u00A0\u2007\u202F"));
    }

    @Test
    void otherUnicodeSpacesOnlyIsNull() {
        assertNull(Text.trimToNull("\u3000\u2003\u0085\u2028"));
    }

    @Test
    void trimsBothEnds() {
        assertEquals("Budi Santoso", Text.trimToNull(" \t Budi Santoso \r\n"));
    }

    @Test
    void trimsNoBreakSpacesThatStripKeeps() {
        assertEquals("12.500", Text.trimToNull("\u00A012.500\u00A0"));
    }

    @Test
    void keepsInnerSpaces() {
        assertEquals("a \u00A0 b", Text.trimToNull(" a \u00A0 b "));
    }

    @Test
    void returnsTheSameTextWhenNothingToTrim() {
        String text = "Kota Bandung";

        assertSame(text, Text.trimToNull(text));
    }

    @Test
    void keepsNonSpaceCharactersAtTheEnds() {
        assertEquals("\"x\"", Text.trimToNull(" \"x\" "));
        assertEquals("𝔸", Text.trimToNull(" 𝔸 "));
    }

    @Test
    void dropsAStrayByteOrderMarkAtEitherEndButKeepsOneInside() {
        assertEquals("R-1", Text.trimToNull("\uFEFFR-1"));
        assertEquals("R-1", Text.trimToNull("R-1\uFEFF "));
        assertEquals("a\uFEFFb", Text.trimToNull("a\uFEFFb"));
    }
}
