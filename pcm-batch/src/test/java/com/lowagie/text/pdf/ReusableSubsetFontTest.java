package com.lowagie.text.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A font's subset program is made once per glyph set and reused by the documents that use the same
 * glyphs, and every document is byte for byte the one OpenPDF's own font writes, whatever was written
 * before, in whatever order, on however many threads, and whatever the budget let go.
 */
class ReusableSubsetFontTest {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    /**
     * Texts sharing some glyph sets; accented letters are composite glyphs in Liberation; the last has as
     * many glyphs as the first, not the same.
     */
    private static final List<String> TEXTS = List.of("Rapor instansi", "Rapor instansi", "Ringkasan bulan September",
            "Rapor instansi", "Dinas Komunikasi dan Informatika Kabupaten Kutai Timur", "Ringkasan bulan September",
            "Société Générale, Ñandú, Ærø", "Nilai 72,50 (+3,1)", "Société Générale, Ñandú, Ærø", "Nilai 72,50 (+3,1)",
            "Ringkasan bulan September", "Rapor instansi", "Rapoz instansi");

    @Test
    void documentsWithTheSameGlyphsShareOneSubsetProgram() throws Exception {
        ReusableSubsetFont.Programs programs = new ReusableSubsetFont.Programs(1 << 20);
        BaseFont font = new ReusableSubsetFont(REGULAR, bytes(REGULAR), programs);
        byte[] first = write(List.of(font), "Rapor instansi", 1);
        byte[] again = write(List.of(font), "Rapor instansi", 1);
        assertEquals(1, programs.made(), "the second document reuses the first one's program");
        assertArrayEquals(first, again);
        write(List.of(font), "Rapor bulanan", 2);
        assertEquals(2, programs.made(), "other glyphs, another program");
    }

    @Test
    void everyDocumentIsTheOneOpenPdfsOwnFontWrites() throws Exception {
        List<byte[]> expected = plain(TEXTS);
        ReusableSubsetFont.Programs programs = new ReusableSubsetFont.Programs(1 << 20);
        List<BaseFont> fonts = reusable(programs);
        for (int i = 0; i < TEXTS.size(); i++) {
            assertArrayEquals(expected.get(i), write(fonts, TEXTS.get(i), i), TEXTS.get(i));
        }
        assertTrue(programs.made() < 2 * TEXTS.size(), "some programs were reused: " + programs.made());
    }

    @Test
    void theBytesDoNotDependOnOrderThreadsOrBudget() throws Exception {
        List<byte[]> expected = plain(TEXTS);
        // A budget of about two programs: they are let go and made again while other threads use them.
        ReusableSubsetFont.Programs programs = new ReusableSubsetFont.Programs(40_000);
        List<BaseFont> fonts = reusable(programs);
        List<Integer> order = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < TEXTS.size(); i++) {
                order.add(i);
            }
        }
        Collections.shuffle(order, new Random(24));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> written = new ArrayList<>();
            for (int i : order) {
                written.add(pool.submit((Callable<byte[]>) () -> write(fonts, TEXTS.get(i), i)));
            }
            for (int k = 0; k < order.size(); k++) {
                assertArrayEquals(expected.get(order.get(k)), written.get(k).get(), TEXTS.get(order.get(k)));
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(programs.size() <= 40_000, "kept within the budget: " + programs.size());
    }

    @Test
    void theBudgetBoundsWhatIsKept() throws Exception {
        ReusableSubsetFont.Programs programs = new ReusableSubsetFont.Programs(1);
        BaseFont font = new ReusableSubsetFont(REGULAR, bytes(REGULAR), programs);
        write(List.of(font), "Rapor instansi", 1);
        write(List.of(font), "Rapor instansi", 1);
        assertEquals(2, programs.made(), "a program larger than the budget is not kept");
        assertEquals(0, programs.size());
    }

    private static List<BaseFont> reusable(ReusableSubsetFont.Programs programs) throws Exception {
        return List.of(new ReusableSubsetFont(REGULAR, bytes(REGULAR), programs),
                new ReusableSubsetFont(BOLD, bytes(BOLD), programs));
    }

    /** The documents as OpenPDF's own fonts write them, one after the other. */
    private static List<byte[]> plain(List<String> texts) throws Exception {
        List<BaseFont> fonts = List.of(
                BaseFont.createFont(REGULAR, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(REGULAR), null),
                BaseFont.createFont(BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(BOLD), null));
        List<byte[]> written = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            written.add(write(fonts, texts.get(i), i));
        }
        return written;
    }

    /**
     * A document with the text in every font given, its dates, file id and subset names fixed by the
     * seed (as the report's frame does).
     */
    private static byte[] write(List<BaseFont> fonts, String text, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ThreadSeed.set(seed);
        try {
            for (BaseFont font : fonts) {
                font.setSecureRandom(ThreadSeed.ROUTED);
            }
            Document document = new Document(PageSize.A4);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.setTimeInMillis(1_728_000_000_000L);
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(date));
            byte[] id = (text + seed).getBytes(StandardCharsets.UTF_8);
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            for (BaseFont font : fonts) {
                document.add(new Paragraph(text, new Font(font, 11)));
            }
            document.close();
        } finally {
            ThreadSeed.clear();
        }
        return out.toByteArray();
    }

    /** Subset names drawn from the seed of the document being written on this thread. */
    private static final class ThreadSeed extends SecureRandom {
        private static final long serialVersionUID = 1L;
        static final ThreadSeed ROUTED = new ThreadSeed();
        private static final ThreadLocal<SecureRandom> CURRENT = new ThreadLocal<>();

        static void set(long seed) {
            try {
                SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
                random.setSeed(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(seed).array()); // setSeed(0L) would be ignored
                CURRENT.set(random);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        static void clear() {
            CURRENT.remove();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            CURRENT.get().nextBytes(bytes);
        }
    }

    private static byte[] bytes(String path) {
        try (InputStream in = ReusableSubsetFontTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
