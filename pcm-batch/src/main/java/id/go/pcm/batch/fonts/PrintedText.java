package id.go.pcm.batch.fonts;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a text is printed with the {@link EmbeddedFonts}: every character some font draws is drawn
 * with its own glyph; every other one is replaced by a visible mark that names it, {@code [U+1F4F0]},
 * so that no character vanishes and two different texts never print alike. Marked too: controls,
 * the invisible "default ignorable" characters (zero-width space, bidi overrides, ...) and a literal
 * {@code [} that starts {@code [U+}, which keeps the marks unambiguous.
 *
 * <p>One kind of invisible character is let go: a variation selector (U+FE0E, U+FE0F) or zero-width
 * joiner (U+200D) right after a drawn character. They only ask for a presentation (coloured emoji,
 * a joined family) that a monochrome font cannot give, and people type them after most emoji. A
 * document whose values would then print alike ({@code ❤} and {@code ❤ U+FE0F}) is printed
 * {@linkplain #strict strictly}, marking them as well: see {@link #forValues}.
 */
public final class PrintedText {

    private static final int NEWLINE = '\n';

    private final EmbeddedFonts fonts;
    private final boolean strict;
    /** Per face, the ASCII characters its first font draws as themselves ({@link #plain}). */
    private final boolean[][] plainAscii = new boolean[EmbeddedFonts.Face.values().length][0x80];

    private PrintedText(EmbeddedFonts fonts, boolean strict) {
        this.fonts = fonts;
        this.strict = strict;
        for (EmbeddedFonts.Face face : EmbeddedFonts.Face.values()) {
            plainAscii[face.ordinal()][NEWLINE] = true;
            for (int c = ' '; c < 0x7F; c++) {
                // '[' is left to the scan: it is marked when "U+" follows it
                plainAscii[face.ordinal()][c] = c != '[' && fonts.draws(c) && fonts.fontOf(face, c) == 0;
            }
        }
    }

    /**
     * @param fonts the fonts
     * @return the printing that lets presentation selectors after a drawn character go
     */
    public static PrintedText lenient(EmbeddedFonts fonts) {
        return new PrintedText(fonts, false);
    }

    /**
     * @param fonts  the fonts
     * @param values every value of the inputs that a document prints
     * @return the lenient printing when it prints no two of the values alike, else the strict one
     */
    public static PrintedText forValues(EmbeddedFonts fonts, Collection<String> values) {
        PrintedText lenient = lenient(fonts);
        Map<String, String> seen = new HashMap<>();
        for (String value : values) {
            String before = seen.putIfAbsent(lenient.printed(value), value);
            if (before != null && !before.equals(value)) {
                return new PrintedText(fonts, true);
            }
        }
        return lenient;
    }

    /** @return whether presentation selectors are marked too */
    public boolean strict() {
        return strict;
    }

    /**
     * @param codePoint a code point
     * @return its mark, {@code [U+1F4F0]}
     */
    public static String mark(int codePoint) {
        return "[U+" + String.format(Locale.ROOT, "%04X", codePoint) + "]";
    }

    /**
     * @param text a text
     * @return the text as printed, marks in place of what no font draws
     */
    public String printed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        scan(text, (unit, codePoint, drawn) -> out.append(unit));
        return out.toString();
    }

    /**
     * @param text a text
     * @return the code points printed as marks, in order
     */
    public SortedSet<Integer> undrawn(String text) {
        SortedSet<Integer> undrawn = new TreeSet<>();
        scan(text, (unit, codePoint, drawn) -> {
            if (!drawn && codePoint >= 0) {
                undrawn.add(codePoint);
            }
        });
        return undrawn;
    }

    /**
     * @param text a text
     * @return whether every character of it is drawn as itself (nothing marked)
     */
    public boolean fullyDrawn(String text) {
        return undrawn(text).isEmpty();
    }

    /**
     * A piece of printed text in one font, direction and level.
     *
     * @param text        the characters, in logical order
     * @param font        the font's index in the face's chain ({@link EmbeddedFonts#pdf})
     * @param rightToLeft whether the piece runs right to left (it is drawn reversed)
     * @param shaped      whether its font is laid out by the JDK (Arabic, Javanese): such text is
     *                    drawn as the layout engine shapes it
     */
    public record Run(String text, int font, boolean rightToLeft, boolean shaped) {
    }

    /**
     * Splits a text into runs of one font each, in the order they are drawn from left to right, for
     * a line whose main direction is left to right: the Unicode bidirectional algorithm orders the
     * runs; a right-to-left run keeps its characters in logical order for the layout engine to reverse
     * and shape.
     *
     * @param text a text
     * @param face its face
     * @return the runs, left to right
     */
    public List<Run> runs(String text, EmbeddedFonts.Face face) {
        if (plain(text, face)) {
            // Most text of a month (Indonesian or English words and figures): what the scan below would find,
            // a tenth of a scorecard's cost spared. PrintedTextTest holds the two to the same answers.
            return text.isEmpty() ? List.of() : List.of(new Run(text, 0, false, fonts.shaped(face, 0)));
        }
        return scannedRuns(text, face);
    }

    /** @return whether every character of the text is ASCII that the face's first font draws as itself */
    private boolean plain(String text, EmbeddedFonts.Face face) {
        boolean[] plain = plainAscii[face.ordinal()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || !plain[c]) {
                return false;
            }
        }
        return true;
    }

    /** {@link #runs}, character by character. */
    List<Run> scannedRuns(String text, EmbeddedFonts.Face face) {
        List<int[]> pieces = new ArrayList<>(); // start, end (in printed), font
        StringBuilder printed = new StringBuilder(text.length());
        int[] current = {-1};
        scan(text, (unit, codePoint, drawn) -> {
            int font = !drawn || codePoint == NEWLINE ? 0 : fonts.fontOf(face, codePoint);
            boolean keep = current[0] >= 0 && (codePoint == NEWLINE || (drawn && Character.isWhitespace(codePoint)
                    && fonts.has(face, current[0], codePoint)));
            if (!keep && font != current[0]) {
                pieces.add(new int[]{printed.length(), -1, font});
                current[0] = font;
            }
            printed.append(unit);
        });
        String all = printed.toString();
        List<Run> runs = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            int start = pieces.get(p)[0];
            int end = p + 1 < pieces.size() ? pieces.get(p + 1)[0] : all.length();
            int font = pieces.get(p)[2];
            runs.add(new Run(all.substring(start, end), font, false, fonts.shaped(face, font)));
        }
        return Bidi.requiresBidi(all.toCharArray(), 0, all.length()) ? visualOrder(all, runs) : runs;
    }

    /** Splits the runs at direction changes and orders them as the bidirectional algorithm says. */
    private static List<Run> visualOrder(String all, List<Run> runs) {
        Bidi bidi = new Bidi(all, Bidi.DIRECTION_LEFT_TO_RIGHT);
        List<Run> split = new ArrayList<>();
        List<Byte> levels = new ArrayList<>();
        int offset = 0;
        for (Run run : runs) {
            int start = 0;
            while (start < run.text().length()) {
                int level = bidi.getLevelAt(offset + start);
                int end = start;
                while (end < run.text().length() && bidi.getLevelAt(offset + end) == level) {
                    end++;
                }
                String piece = run.text().substring(start, end);
                boolean rtl = level % 2 == 1;
                // A right-to-left piece in a font the layout engine does not shape is reversed here.
                split.add(new Run(rtl && !run.shaped() ? reversed(piece) : piece, run.font(), rtl, run.shaped()));
                levels.add((byte) level);
                start = end;
            }
            offset += run.text().length();
        }
        Run[] ordered = split.toArray(new Run[0]);
        byte[] levelArray = new byte[levels.size()];
        for (int i = 0; i < levelArray.length; i++) {
            levelArray[i] = levels.get(i);
        }
        Bidi.reorderVisually(levelArray, 0, ordered, 0, ordered.length);
        return List.of(ordered);
    }

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString(); // StringBuilder keeps surrogate pairs together
    }

    /** Receives each printed unit: a character as itself, or a mark. */
    @FunctionalInterface
    private interface Unit {
        /**
         * @param unit      what is printed
         * @param codePoint the code point it stands for
         * @param drawn     whether it is drawn as itself
         */
        void accept(String unit, int codePoint, boolean drawn);
    }

    private void scan(String text, Unit sink) {
        boolean previousDrawn = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!strict && previousDrawn && isPresentationSelector(cp)) {
                i = next; // dropped: see the class comment
                continue;
            }
            boolean drawn = cp == NEWLINE || (!isInvisible(cp) && !(cp == '[' && text.startsWith("U+", next))
                    && fonts.draws(cp));
            sink.accept(drawn ? text.substring(i, next) : mark(cp), cp, drawn);
            previousDrawn = drawn && cp != NEWLINE;
            i = next;
        }
    }

    private static boolean isPresentationSelector(int cp) {
        return cp == 0xFE0E || cp == 0xFE0F || cp == 0x200D;
    }

    /** Controls, unpaired surrogates and Unicode's default ignorable code points: nothing to see. */
    private static boolean isInvisible(int cp) {
        return Character.isISOControl(cp) || Character.isSurrogate((char) cp) && cp <= 0xFFFF
                || cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160
                || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F)
                || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F)
                || cp == 0xFEFF || cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8)
                || (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A)
                || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }
}
