package id.go.pcm.batch.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import id.go.pcm.batch.fonts.EmbeddedFonts;
import id.go.pcm.batch.fonts.PrintedText;

import java.awt.Font;

/**
 * The report's view of the {@link EmbeddedFonts}: the first font of each face (Liberation Sans and
 * Mono, which cover Indonesian text) for the styles, the printing of this document's texts, and, for
 * the charts, the AWT twins of the same files mapped back to the embedded fonts, so that chart text is
 * real, searchable text. The fonts themselves are loaded once per JVM; this is made per document.
 */
final class PdfFonts implements FontMapper {

    final EmbeddedFonts files;
    final PrintedText printing;
    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    final BaseFont mono;

    /**
     * @param files    the embedded fonts
     * @param printing how this document prints text
     */
    PdfFonts(EmbeddedFonts files, PrintedText printing) {
        this.files = files;
        this.printing = printing;
        this.regular = files.pdf(EmbeddedFonts.Face.REGULAR, 0);
        this.bold = files.pdf(EmbeddedFonts.Face.BOLD, 0);
        this.italic = files.pdf(EmbeddedFonts.Face.ITALIC, 0);
        this.mono = files.pdf(EmbeddedFonts.Face.MONO, 0);
    }

    /**
     * @param isBold whether the chart text is bold
     * @param size   its size in points
     * @return the AWT font for chart text, from the same file as the embedded font
     */
    Font chartFont(boolean isBold, float size) {
        return files.awt(isBold ? EmbeddedFonts.Face.BOLD : EmbeddedFonts.Face.REGULAR, 0).deriveFont(size);
    }

    /** @return the face of a style's first font */
    EmbeddedFonts.Face face(BaseFont font) {
        return font == bold ? EmbeddedFonts.Face.BOLD : font == italic ? EmbeddedFonts.Face.ITALIC
                : font == mono ? EmbeddedFonts.Face.MONO : EmbeddedFonts.Face.REGULAR;
    }

    /** @return the face of a chart's AWT font: bold or regular */
    EmbeddedFonts.Face face(Font font) {
        return font.isBold() || files.pdfOf(font) == bold ? EmbeddedFonts.Face.BOLD : EmbeddedFonts.Face.REGULAR;
    }

    /** Maps chart text back to the embedded font it was made from; any other font to regular (or bold). */
    @Override
    public BaseFont awtToPdf(Font font) {
        BaseFont embedded = files.pdfOf(font);
        return embedded != null ? embedded : font.isBold() ? bold : regular;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return chartFont(font == bold, size);
    }
}
