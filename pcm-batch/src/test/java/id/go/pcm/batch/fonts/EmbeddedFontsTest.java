package id.go.pcm.batch.fonts;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chart text maps back to the embedded font its AWT font was made from, whatever it was derived to;
 * documents share the fonts' subset programs.
 */
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

    @Test
    void aSecondDocumentWithTheSameTextMakesNoSubsetProgram() {
        long before = FONTS.subsetProgramsMade();
        byte[] first = document("Rapor instansi \u00c6r\u00f8 \u0416", 7);
        long made = FONTS.subsetProgramsMade();
        assertTrue(made > before || before > 0, "the embedded fonts reuse their subset programs");
        assertArrayEquals(first, document("Rapor instansi \u00c6r\u00f8 \u0416", 7));
        assertEquals(made, FONTS.subsetProgramsMade(), "the second document reused the first one's programs");
    }

    private static byte[] document(String text, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SubsetNames.Scope names = FONTS.subsetNames(seed)) {
            Document document = new Document();
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            writer.getInfo().put(com.lowagie.text.pdf.PdfName.CREATIONDATE, new com.lowagie.text.pdf.PdfString("D:20241010"));
            writer.getInfo().put(com.lowagie.text.pdf.PdfName.MODDATE, new com.lowagie.text.pdf.PdfString("D:20241010"));
            writer.getInfo().put(com.lowagie.text.pdf.PdfName.FILEID,
                    com.lowagie.text.pdf.PdfEncryption.createInfoId(new byte[16], new byte[16]));
            document.add(new Paragraph(text, new com.lowagie.text.Font(FONTS.pdf(EmbeddedFonts.Face.BOLD, 0), 10)));
            document.close();
        }
        return out.toByteArray();
    }
}
