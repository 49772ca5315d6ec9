package id.go.pcm.batch.fonts;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.ReusableSubsetFont;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts embedded in PCM's PDFs, each face a chain tried in order: Liberation (Latin, Greek,
 * Cyrillic), DejaVu Sans (Arabic, Hebrew, symbols), Noto Sans Javanese, Droid Sans Fallback (CJK) and
 * Symbola (monochrome emoji). A character is drawn with the first font of its face that has it;
 * whether it can be drawn at all is the one answer of {@link #draws(int)}, the same for every face.
 *
 * <p>The files are read and parsed once per JVM (about a second for all of them) and shared by every
 * document: OpenPDF keeps what a document used in its writer, not in the font. Subset names stay
 * deterministic through {@link #subsetNames(long)}. A font's subset program is made once per set of
 * glyphs and reused by the documents that use the same ones ({@link ReusableSubsetFont}), within a
 * bounded budget. DejaVu and Noto Sans Javanese are given to
 * OpenPDF's {@link LayoutProcessor}, so that Arabic and Javanese are shaped by the JDK's layout engine
 * (joining forms, reordering, marks); the other fonts keep OpenPDF's plain one-glyph-per-character text.
 */
public final class EmbeddedFonts {

    /** A style of text; each has its own chain of fonts, ending in the common fallbacks. */
    public enum Face { REGULAR, BOLD, ITALIC, MONO }

    private static final String LIBERATION = "liberation/";
    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";
    private static final String OWN = "id/go/pcm/batch/fonts/";

    /** Every face ends with these; {@link #draws(int)} is their coverage. */
    private static final List<String> FALLBACKS = List.of(LIBERATION + "LiberationSans-Regular.ttf",
            DEJAVU + "DejaVuSans.ttf", OWN + "NotoSansJavanese-Regular.ttf", OWN + "DroidSansFallbackFull.ttf",
            OWN + "Symbola_hint.ttf");

    private static final Map<Face, List<String>> OWN_FILES = Map.of(
            Face.REGULAR, List.of(),
            Face.BOLD, List.of(LIBERATION + "LiberationSans-Bold.ttf", DEJAVU + "DejaVuSans-Bold.ttf",
                    OWN + "NotoSansJavanese-Bold.ttf"),
            Face.ITALIC, List.of(LIBERATION + "LiberationSans-Italic.ttf", DEJAVU + "DejaVuSans-Oblique.ttf"),
            Face.MONO, List.of(LIBERATION + "LiberationMono-Regular.ttf", DEJAVU + "DejaVuSansMono.ttf"));

    /** The fonts whose text needs shaping (Arabic joining, Javanese reordering). */
    private static final List<String> SHAPED_PREFIXES = List.of(DEJAVU, OWN + "NotoSansJavanese");

    /**
     * The compressed subset programs kept for reuse, all fonts together: a month's scorecards use
     * about 160 (2.3 MB) in all, most of them again and again.
     */
    private static final long PROGRAM_BUDGET = 8L << 20;

    private static final class Holder {
        static final EmbeddedFonts FONTS = new EmbeddedFonts();
    }

    /** One font file, parsed for the PDF and for AWT (charts). */
    private record Loaded(String path, BaseFont pdf, java.awt.Font awt, boolean shaped) {
    }

    private final Map<String, Loaded> files = new LinkedHashMap<>();
    private final Map<Face, List<Loaded>> chains = new EnumMap<>(Face.class);
    private final List<Loaded> fallbacks;
    private final Map<String, Loaded> byAwtName = new HashMap<>();
    private final ReusableSubsetFont.Programs programs = new ReusableSubsetFont.Programs(PROGRAM_BUDGET);

    private EmbeddedFonts() {
        FontFolder folder = FontFolder.ofHome();
        int index = 0;
        for (Face face : Face.values()) {
            List<Loaded> chain = new ArrayList<>();
            for (String path : concat(OWN_FILES.get(face), FALLBACKS)) {
                if (!files.containsKey(path)) {
                    files.put(path, load(path, index++, folder, programs));
                }
                Loaded file = files.get(path);
                if (!chain.contains(file)) {
                    chain.add(file);
                }
            }
            chains.put(face, List.copyOf(chain));
        }
        fallbacks = FALLBACKS.stream().map(files::get).toList();
        for (Loaded file : files.values()) {
            if (byAwtName.putIfAbsent(file.awt().getName(), file) != null) {
                throw new IllegalStateException("two embedded fonts are both named " + file.awt().getName());
            }
        }
        // Made before the processor is enabled, so that OpenPDF's cache holds it without its AWT font.
        Loaded openPdfFallback = openPdfFallback(folder);
        // The processor is global to OpenPDF; only the fonts given to it here are laid out by it.
        LayoutProcessor.enable();
        for (Loaded file : files.values()) {
            if (file.shaped()) {
                shapeWith(file);
            }
        }
        shapeWith(openPdfFallback);
    }

    /**
     * OpenPDF's own font for a chunk that has no font of its own and text beyond Latin-1
     * ({@code PdfChunk}: {@code font-fallback/LiberationSans-Regular.ttf} from its jar, cached). With the
     * layout processor enabled, OpenPDF makes its AWT font from a stream the first time, which leaves a
     * temporary copy at kill -9; made here, from a file, and given to the processor, it never does.
     */
    private static Loaded openPdfFallback(FontFolder folder) {
        String path = "font-fallback/LiberationSans-Regular.ttf";
        try {
            BaseFont pdf = BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED); // OpenPDF's cached instance
            return new Loaded(path, pdf, folder.awt(path, bytes(BaseFont.class.getClassLoader(), path)), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException | FontFormatException e) {
            throw new IllegalStateException("cannot load font " + path, e);
        }
    }

    /**
     * Gives a font to OpenPDF's layout processor as the AWT font made from its file. Its own
     * {@code loadFont} reads the font from a stream, which the JDK copies to a temporary file that only
     * a normal exit removes (what {@link FontFolder} avoids); it makes the font only when its map has
     * none for the PDF font, so the map is given this one (a private field: OpenPDF has no method
     * for it). Should the field be gone in a later OpenPDF, {@code loadFont} does it as before.
     */
    @SuppressWarnings("unchecked")
    private static void shapeWith(Loaded file) {
        try {
            Field map = LayoutProcessor.class.getDeclaredField("awtFontMap");
            map.setAccessible(true);
            ((Map<BaseFont, java.awt.Font>) map.get(null)).put(file.pdf(), file.awt());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LayoutProcessor.loadFont(file.pdf(), file.path());
        }
    }

    /** @return the fonts, loaded on first use */
    public static EmbeddedFonts get() {
        return Holder.FONTS;
    }

    /**
     * @param codePoint a Unicode code point
     * @return whether some embedded font has a glyph for it (which does not make it visible: see
     *         {@link PrintedText} for the invisible ones)
     */
    public boolean draws(int codePoint) {
        for (Loaded file : fallbacks) {
            if (file.pdf().charExists(codePoint)) {
                return true;
            }
        }
        return false;
    }

    /** @return the number of fonts in a face's chain */
    public int size(Face face) {
        return chains.get(face).size();
    }

    /**
     * @param face      a face
     * @param codePoint a code point that {@link #draws(int)}
     * @return the index in the face's chain of the first font that has it
     */
    int fontOf(Face face, int codePoint) {
        List<Loaded> chain = chains.get(face);
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).pdf().charExists(codePoint)) {
                return i;
            }
        }
        return 0;
    }

    /** @return whether font {@code index} of the face has the code point */
    boolean has(Face face, int index, int codePoint) {
        return chains.get(face).get(index).pdf().charExists(codePoint);
    }

    /** @return whether font {@code index} of the face is shaped by the layout processor */
    boolean shaped(Face face, int index) {
        return chains.get(face).get(index).shaped();
    }

    /**
     * @param face  a face
     * @param index a position in its chain
     * @return that font for the PDF
     */
    public BaseFont pdf(Face face, int index) {
        return chains.get(face).get(index).pdf();
    }

    /**
     * @param face  a face
     * @param index a position in its chain
     * @return the same font for AWT, at 1 pt: derive the size wanted
     */
    public java.awt.Font awt(Face face, int index) {
        return chains.get(face).get(index).awt();
    }

    /**
     * @param awt an AWT font made from one of these files (at any size)
     * @return the embedded font it was made from, or {@code null}
     */
    public BaseFont pdfOf(java.awt.Font awt) {
        // By the name the Font object carries (a derived font keeps its file's): Font.getFontName reads
        // the file's name table anew on every call, and charts ask this for every label they measure.
        Loaded file = byAwtName.get(awt.getName());
        return file == null ? null : file.pdf();
    }

    /** @return how many subset programs the documents written so far made; the others were reused */
    public long subsetProgramsMade() {
        return programs.made();
    }

    /**
     * Seeds the subset names (the {@code ABCDEF+} of each embedded font) of the documents this thread
     * writes until the returned scope is closed, so that the same seed gives the same bytes.
     *
     * @param seed the document's seed
     * @return the scope, to close once the document is written
     */
    public SubsetNames.Scope subsetNames(long seed) {
        return SubsetNames.seed(seed);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Loaded load(String path, int index, FontFolder folder, ReusableSubsetFont.Programs programs) {
        byte[] bytes = bytes(path);
        try {
            BaseFont pdf = new ReusableSubsetFont(path, bytes, programs);
            pdf.setSecureRandom(new SubsetNames(index));
            java.awt.Font awt = folder.awt(path, bytes); // from a file: a stream would leave a temporary copy at kill -9
            return new Loaded(path, pdf, awt, SHAPED_PREFIXES.stream().anyMatch(path::startsWith));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException | FontFormatException e) {
            throw new IllegalStateException("cannot load font " + path, e);
        }
    }

    private static byte[] bytes(String path) {
        return bytes(EmbeddedFonts.class.getClassLoader(), path);
    }

    private static byte[] bytes(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
