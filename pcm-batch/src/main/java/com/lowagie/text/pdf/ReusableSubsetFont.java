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
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TrueType font embedded by Unicode (Identity-H) whose compressed streams for a set of glyphs (the
 * subset program, the CIDSet and the ToUnicode map) are made once and reused by every document that
 * uses the same glyphs for the same characters: PCM writes about 600 scorecards a month with the same
 * few fonts, most of them with one of a few glyph sets per font (headings, labels), yet OpenPDF subsets
 * and compresses the font again for each document, which was most of a plain two-page document's cost.
 *
 * <p>Why the bytes stay the same: those streams depend only on the font, the glyphs with their widths
 * and characters, and the glyphs the layout engine added ({@link TrueTypeFontSubSet} sorts the glyphs
 * and adds composite parts and glyph 0); the subset name ({@code ABCDEF+}) is not inside them but in
 * the dictionaries, which are still made per document, from the document's seeded generator and in
 * OpenPDF's order. The streams are shared as they are: {@link PdfStream#toPdf} changes a stream only
 * for an encrypted document, which is written OpenPDF's own way.
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
     * @param programs where the font's streams are kept, shared with other fonts
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
        Glyphs glyphs = new Glyphs(this, metrics, filler(fillerCmap));
        Streams streams = programs.get(glyphs);
        if (streams == null) {
            // Made outside the store's lock, so that two threads make theirs at once; both make the same bytes.
            streams = new Streams(cidSet(metrics), program(longTag), toUnicode(mergeMetricsAndFillerCmap(metrics, fillerCmap)));
            programs.put(glyphs, streams);
        }
        PdfIndirectReference cidset = null;
        if (includeCidSet || writer.getPDFXConformance() == PdfWriter.PDFA1A
                || writer.getPDFXConformance() == PdfWriter.PDFA1B) {
            cidset = writer.addToBody(streams.cidSet()).getIndirectReference();
        }
        PdfIndirectReference indFont = writer.addToBody(streams.program()).getIndirectReference();
        String subsetPrefix = createSubsetPrefix();
        indFont = writer.addToBody(getFontDescriptor(indFont, subsetPrefix, cidset)).getIndirectReference();
        indFont = writer.addToBody(call(CID_FONT, indFont, subsetPrefix, metrics)).getIndirectReference();
        PdfIndirectReference toUnicodeRef = streams.toUnicode() == null ? null
                : writer.addToBody(streams.toUnicode()).getIndirectReference();
        writer.addToBody(call(FONT_BASE_TYPE, indFont, subsetPrefix, toUnicodeRef), ref);
    }

    /** The glyphs used, one bit each (PDF/A's CIDSet), as OpenPDF writes it. */
    private PdfStream cidSet(int[][] metrics) {
        if (metrics.length == 0) {
            return new PdfStream(new byte[]{(byte) 0x80});
        }
        int top = metrics[metrics.length - 1][0];
        byte[] bt = new byte[top / 8 + 1];
        for (int[] metric : metrics) {
            int v = metric[0];
            bt[v / 8] |= ROTBITS[v % 8];
        }
        PdfStream stream = new PdfStream(bt);
        stream.flateCompress(compressionLevel);
        return stream;
    }

    /** The font program of the glyphs used (and the glyphs they are made of), compressed. */
    private PdfStream program(HashMap<Integer, int[]> longTag) throws DocumentException, IOException {
        byte[] b = new TrueTypeFontSubSet(fileName, new RandomAccessFileOrArray(rf), longTag, directoryOffset,
                false, false).process();
        return new StreamFont(b, new int[]{b.length}, compressionLevel);
    }

    private PdfStream toUnicode(int[][] merged) {
        return call(TO_UNICODE, (Object) merged);
    }

    @SuppressWarnings("unchecked")
    private <T> T call(MethodHandle helper, Object... arguments) {
        try {
            Object[] all = new Object[arguments.length + 1];
            all[0] = this;
            System.arraycopy(arguments, 0, all, 1, arguments.length);
            return (T) helper.invokeWithArguments(all);
        } catch (RuntimeException | Error e) { // DocumentException is a RuntimeException
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[][] filler(Map<Integer, int[]> fillerCmap) {
        int[][] rows = new int[fillerCmap.size()][];
        int i = 0;
        for (Map.Entry<Integer, int[]> e : new TreeMap<>(fillerCmap).entrySet()) {
            int[] row = e.getValue();
            rows[i] = new int[row.length + 1];
            rows[i][0] = e.getKey();
            System.arraycopy(row, 0, rows[i++], 1, row.length);
        }
        return rows;
    }

    /**
     * What a font writes for a document besides its names: the glyphs used with their widths and
     * characters (sorted by glyph), and the glyphs the layout engine made that stand for no character.
     */
    private record Glyphs(ReusableSubsetFont font, int[][] metrics, int[][] filler) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Glyphs g && g.font == font && Arrays.deepEquals(g.metrics, metrics)
                    && Arrays.deepEquals(g.filler, filler);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(font) * 31 + Arrays.deepHashCode(metrics)) * 31 + Arrays.deepHashCode(filler);
        }
    }

    /** The compressed streams made for a {@link Glyphs}: the same for every document that uses them. */
    private record Streams(PdfStream cidSet, PdfStream program, PdfStream toUnicode) {
        long length() {
            return length(cidSet) + length(program) + (toUnicode == null ? 0 : length(toUnicode));
        }

        private static long length(PdfStream stream) {
            PdfObject length = stream.get(PdfName.LENGTH);
            return length instanceof PdfNumber n ? n.intValue() : 64;
        }
    }

    /**
     * The streams kept for reuse, by font and glyphs, shared by the fonts given it: the least recently
     * used go once their compressed bytes pass the budget, so the memory they take is bounded whatever
     * the documents' text.
     */
    public static final class Programs {
        private final long budget;
        private final Map<Glyphs, Streams> kept = new LinkedHashMap<>(64, 0.75f, true);
        private long size;
        private final AtomicLong made = new AtomicLong();

        /** @param budget the compressed bytes kept at most */
        public Programs(long budget) {
            this.budget = budget;
        }

        /** @return how many times a font's streams were made for a document (the other documents reused them) */
        public long made() {
            return made.get();
        }

        /** @return the compressed bytes of the streams kept now */
        public synchronized long size() {
            return size;
        }

        private synchronized Streams get(Glyphs glyphs) {
            return kept.get(glyphs);
        }

        private synchronized void put(Glyphs glyphs, Streams streams) {
            made.incrementAndGet();
            if (kept.putIfAbsent(glyphs, streams) == null) {
                size += streams.length();
                var oldest = kept.entrySet().iterator();
                while (size > budget && oldest.hasNext()) {
                    size -= oldest.next().getValue().length();
                    oldest.remove();
                }
            }
        }
    }
}
