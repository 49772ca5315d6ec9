package id.go.pcm.batch.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The embedded fonts: Liberation Sans and Mono (SIL Open Font License, shipped in
 * openpdf-fonts-extra), which cover Indonesian text. Read from the classpath so the fat jar needs no
 * system fonts; subset names come from a seeded generator so the same report gives the same bytes.
 * The same font files serve the charts: JFreeChart measures with the AWT fonts made from them, and
 * {@link #awtToPdf} maps them back to the embedded ones, so chart text is real, searchable text.
 */
final class PdfFonts implements FontMapper {

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    final BaseFont mono;

    /** @param seed the seed of the subset names: the same seed gives the same bytes */
    PdfFonts(long seed) {
        this.regular = load(Files.REGULAR, seed);
        this.bold = load(Files.BOLD, seed + 1);
        this.italic = load(Files.ITALIC, seed + 2);
        this.mono = load(Files.MONO, seed + 3);
    }

    /**
     * @param isBold whether the chart text is bold
     * @param size   its size in points
     * @return the AWT font for chart text, from the same file as the embedded font
     */
    Font chartFont(boolean isBold, float size) {
        return (isBold ? Files.AWT_BOLD : Files.AWT_REGULAR).deriveFont(size);
    }

    /** Maps chart text back to the embedded fonts: the bold face (or a bold style) to bold, all else to regular. */
    @Override
    public BaseFont awtToPdf(Font font) {
        return font.isBold() || font.getFontName(java.util.Locale.ROOT).equals(Files.AWT_BOLD.getFontName(java.util.Locale.ROOT))
                ? bold : regular;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return chartFont(font == bold, size);
    }

    private static BaseFont load(String file, long seed) {
        try {
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, Files.bytes(file), null);
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            font.setSecureRandom(random);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot load font " + file, e);
        }
    }

    /** The font files, read once: bytes and AWT fonts are immutable. */
    private static final class Files {
        static final String REGULAR = "LiberationSans-Regular.ttf";
        static final String BOLD = "LiberationSans-Bold.ttf";
        static final String ITALIC = "LiberationSans-Italic.ttf";
        static final String MONO = "LiberationMono-Regular.ttf";
        static final Font AWT_REGULAR = awt(REGULAR);
        static final Font AWT_BOLD = awt(BOLD);

        static byte[] bytes(String file) {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + file + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Font awt(String file) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(file)));
            } catch (FontFormatException e) {
                throw new IllegalStateException("cannot read font " + file, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
