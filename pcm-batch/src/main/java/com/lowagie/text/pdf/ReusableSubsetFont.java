package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TrueType font embedded by Unicode (Identity-H) whose subset program is made once per set of
 * glyphs and reused by every document that uses the same glyphs: PCM writes about 600 scorecards a
 * month with the same few fonts, and most of them use one of a few glyph sets per font (headings,
 * labels), yet OpenPDF subsets and compresses the font again for each document, which was most of a
 * plain two-page document's cost.
 *
 * <p>Why the bytes stay the same: a subset program depends only on the font and the glyphs
 * ({@link TrueTypeFontSubSet} sorts them and adds composite parts and glyph 0); the subset name
 * ({@code ABCDEF+}) is not inside it but in the dictionaries, which are still made per document, from
 * the document's seeded generator and in OpenPDF's order. The compressed stream is shared as it is:
 * {@link PdfStream#toPdf} changes a stream only for an encrypted document, which is written the plain
 * way.
 *
 * <p>Why this class sits in OpenPDF's package, in PCM's jar: the font's writing is package-private
 * ({@code BaseFont.writeFont}, called by {@code FontDetails}) and its fonts' constructors too, so a font
 * can only change it from here; its three private helpers are called as they are, through method
 * handles, so that only the order of the writing below is PCM's copy of OpenPDF's
 * ({@code TrueTypeFontUnicode.writeFont}, 2.0.5). A later OpenPDF that moves them fails here at once
 * (class initialisation), not silently.
 */
public final class ReusableSubsetFont extends TrueTypeFontUnicode {

    private static final byte[] ROTBITS = {(byte) 0x80, (byte) 0x40, (byte) 0x20, (byte) 0x10, (byte) 0x08, (byte) 0x04,
            (byte) 0x02, (byte) 0x01};
    private static final MethodHandle CID_FONT;
    private static final MethodHandle TO_UNICODE;
    private static final MethodHandle FONT_BASE_TYPE;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(TrueTypeFontUnicode.class, MethodHandles.lookup());
            CID_FONT = lookup.findVirtual(TrueTypeFontUnicode.class, "getCIDFontType2", MethodType.methodType(
                    PdfDictionary.class, PdfIndirectReference.class, String.class, int[][].class));
            TO_UNICODE = lookup.findVirtual(TrueTypeFontUnicode.class, "getToUnicode",
                    MethodType.methodType(PdfStream.class, int[][].class));
            FONT_BASE_TYPE = lookup.findVirtual(TrueTypeFontUnicode.class, "getFontBaseType", MethodType.methodType(
                    PdfDictionary.class, PdfIndirectReference.class, String.class, PdfIndirectReference.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Programs programs;

    /**
     * @param name     the font's name, ending in {@code .ttf} (its place on the classpath)
     * @param bytes    the font file
     * @param programs where the font's subset programs are kept, shared with other fonts
     * @throws DocumentException when the file is not a TrueType font that may be embedded
     * @throws IOException       when it cannot be read
     */
    public ReusableSubsetFont(String name, byte[] bytes, Programs programs) throws DocumentException, IOException {
        super(name, IDENTITY_H, true, bytes, false); // as BaseFont.createFont(name, IDENTITY_H, EMBEDDED, false, bytes, null)
        this.programs = programs;
    }

    @Override
    @SuppressWarnings("unchecked")
    void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
        if (cff || !subset || directoryOffset != 0 || writer.getEncryption() != null) {
            super.writeFont(writer, ref, params); // not PCM's case: OpenPDF's own way
            return;
        }
        HashMap<Integer, int[]> longTag = (HashMap<Integer, int[]>) params[0];
        Map<Integer, int[]> fillerCmap = (Map<Integer, int[]>) params[2];
        addRangeUni(longTag, true, subset);
        int[][] metrics = longTag.values().toArray(new int[0][]);
        Arrays.sort(metrics, this);
        PdfIndirectReference cidset = null;
        if (includeCidSet || writer.getPDFXConformance() == PdfWriter.PDFA1A
                || writer.getPDFXConformance() == PdfWriter.PDFA1B) {
            PdfStream stream;
            if (metrics.length == 0) {
                stream = new PdfStream(new byte[]{(byte) 0x80});
            } else {
                int top = metrics[metrics.length - 1][0];
                byte[] bt = new byte[top / 8 + 1];
                for (int[] metric : metrics) {
                    int v = metric[0];
                    bt[v / 8] |= ROTBITS[v % 8];
                }
                stream = new PdfStream(bt);
                stream.flateCompress(compressionLevel);
            }
            cidset = writer.addToBody(stream).getIndirectReference();
        }
        PdfIndirectReference indFont = writer.addToBody(program(longTag)).getIndirectReference();
        String subsetPrefix = createSubsetPrefix();
        indFont = writer.addToBody(getFontDescriptor(indFont, subsetPrefix, cidset)).getIndirectReference();
        try {
            indFont = writer.addToBody((PdfDictionary) CID_FONT.invoke(this, indFont, subsetPrefix, metrics))
                    .getIndirectReference();
            PdfStream toUnicode = (PdfStream) TO_UNICODE.invoke(this, mergeMetricsAndFillerCmap(metrics, fillerCmap));
            PdfIndirectReference toUnicodeRef = toUnicode == null ? null : writer.addToBody(toUnicode).getIndirectReference();
            writer.addToBody((PdfDictionary) FONT_BASE_TYPE.invoke(this, indFont, subsetPrefix, toUnicodeRef), ref);
        } catch (IOException | RuntimeException | Error e) { // DocumentException is a RuntimeException
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The compressed subset program for the glyphs used: the one made before for the same glyphs, else a new one. */
    private PdfStream program(HashMap<Integer, int[]> longTag) throws DocumentException, IOException {
        Glyphs glyphs = new Glyphs(this, longTag.keySet().stream().mapToInt(Integer::intValue).sorted().toArray());
        PdfStream program = programs.get(glyphs);
        if (program == null) {
            // Made outside the store's lock, so that two threads subset at once; both make the same bytes.
            byte[] b = new TrueTypeFontSubSet(fileName, new RandomAccessFileOrArray(rf), longTag, directoryOffset,
                    false, false).process();
            program = new StreamFont(b, new int[]{b.length}, compressionLevel);
            programs.put(glyphs, program);
        }
        return program;
    }

    /** A font's glyph set, the key of its program. */
    private record Glyphs(ReusableSubsetFont font, int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Glyphs g && g.font == font && Arrays.equals(g.ids, ids);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(font) * 31 + Arrays.hashCode(ids);
        }
    }

    /**
     * The subset programs kept for reuse, by font and glyph set, shared by the fonts given it: the
     * least recently used go once their compressed bytes pass the budget, so the memory they take is
     * bounded whatever the documents' text.
     */
    public static final class Programs {
        private final long budget;
        private final Map<Glyphs, PdfStream> kept = new LinkedHashMap<>(64, 0.75f, true);
        private long size;
        private final AtomicLong made = new AtomicLong();

        /** @param budget the compressed bytes kept at most */
        public Programs(long budget) {
            this.budget = budget;
        }

        /** @return how many subset programs were made (the others were reused) */
        public long made() {
            return made.get();
        }

        /** @return the compressed bytes of the programs kept now */
        public synchronized long size() {
            return size;
        }

        private synchronized PdfStream get(Glyphs glyphs) {
            return kept.get(glyphs);
        }

        private synchronized void put(Glyphs glyphs, PdfStream program) {
            made.incrementAndGet();
            if (kept.putIfAbsent(glyphs, program) == null) {
                size += length(program);
                var oldest = kept.entrySet().iterator();
                while (size > budget && oldest.hasNext()) {
                    size -= length(oldest.next().getValue());
                    oldest.remove();
                }
            }
        }

        private static long length(PdfStream program) {
            return ((PdfNumber) program.get(PdfName.LENGTH)).intValue();
        }
    }
}
