package id.go.pcm.batch.fonts;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.geom.AffineTransform;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Chart text maps back to the embedded font its AWT font was made from, whatever it was derived to. */
class EmbeddedFontsTest {

    private static final EmbeddedFonts FONTS = EmbeddedFonts.get();

    @Test
    void everyFileOfEveryFaceMapsBackToItself() {
        for (EmbeddedFonts.Face face : EmbeddedFonts.Face.values()) {
            for (int i = 0; i < FONTS.size(face); i++) {
                Font awt = FONTS.awt(face, i);
                assertSame(FONTS.pdf(face, i), FONTS.pdfOf(awt), face + " " + i);
                assertSame(FONTS.pdf(face, i), FONTS.pdfOf(awt.deriveFont(Font.BOLD, 7.5f)), "a derived size and style");
                assertSame(FONTS.pdf(face, i), FONTS.pdfOf(awt.deriveFont(AffineTransform.getScaleInstance(133, 133))),
                        "the scaled twin chart text is measured with");
            }
        }
    }

    @Test
    void regularAndBoldAreTwoFonts() {
        assertNotSame(FONTS.pdfOf(FONTS.awt(EmbeddedFonts.Face.REGULAR, 0)), FONTS.pdfOf(FONTS.awt(EmbeddedFonts.Face.BOLD, 0)));
    }

    @Test
    void aFontNotEmbeddedHasNoPdfTwin() {
        assertNull(FONTS.pdfOf(new Font(Font.SANS_SERIF, Font.PLAIN, 10)));
        assertNull(FONTS.pdfOf(new Font(Font.MONOSPACED, Font.BOLD, 10)));
    }
}
