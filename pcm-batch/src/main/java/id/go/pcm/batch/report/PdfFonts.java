package id.go.pcm.batch.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The embedded fonts: Liberation Sans (SIL Open Font License, shipped in openpdf-fonts-extra), which
 * covers Indonesian text. Read from the classpath so the fat jar needs no system fonts; subset names
 * come from a seeded generator so the same report gives the same bytes.
 */
final class PdfFonts {

    final BaseFont regular;
    final BaseFont bold;

    PdfFonts(long seed) {
        this.regular = load("LiberationSans-Regular.ttf", seed);
        this.bold = load("LiberationSans-Bold.ttf", seed + 1);
    }

    private static BaseFont load(String file, long seed) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the classpath");
            }
            byte[] bytes = in.readAllBytes();
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
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
}
