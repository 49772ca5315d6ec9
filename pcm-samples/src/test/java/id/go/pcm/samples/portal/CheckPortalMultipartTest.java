package id.go.pcm.samples.portal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming multipart reader and the upload limit: parts exactly as sent, however the bytes arrive. */
class CheckPortalMultipartTest {

    private static final String B = MultipartBody.BOUNDARY;

    /** What a reader made of a body: each part's name, file name and bytes. */
    private record Read(String name, String fileName, byte[] bytes) {
    }

    private static List<Read> readAll(InputStream body, String boundary) throws IOException {
        MultipartReader reader = new MultipartReader(body, boundary);
        List<Read> parts = new ArrayList<>();
        for (Part part = reader.next(); part != null; part = reader.next()) {
            parts.add(new Read(part.name(), part.fileName(), part.body().readAllBytes()));
        }
        return parts;
    }

    /** A stream that hands out its bytes in pieces of random sizes (1 byte at worst), as a network does. */
    private static InputStream trickling(byte[] bytes, long seed, int maxPiece) {
        Random random = new Random(seed);
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(maxPiece)));
            }
        };
    }

    @Test
    void readsTheFieldsAndTheFileAsABrowserSendsThem() throws IOException {
        byte[] csv = "item_id,outlet\nMI-1,Kompas\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new MultipartBody().field("sender", "KOTA-32.73").file("file", "media.csv", csv).bytes();
        List<Read> parts = readAll(new ByteArrayInputStream(body), B);
        assertEquals(2, parts.size());
        assertEquals("sender", parts.get(0).name());
        assertNull(parts.get(0).fileName());
        assertEquals("KOTA-32.73", new String(parts.get(0).bytes(), StandardCharsets.UTF_8));
        assertEquals("file", parts.get(1).name());
        assertEquals("media.csv", parts.get(1).fileName());
        assertArrayEquals(csv, parts.get(1).bytes());
    }

    @Test
    void aPartHoldingWhatLooksAlmostLikeABoundaryKeepsEveryByteHoweverTheBytesArrive() throws IOException {
        // Near misses of the delimiter, CRs and LFs, and a body larger than the reader's buffer, so that
        // a delimiter candidate falls across a buffer's end in some of the runs.
        StringBuilder text = new StringBuilder();
        Random random = new Random(11);
        String[] pieces = {"\r", "\n", "\r\n", "\r\n-", "\r\n--", "\r\n--" + B.substring(0, B.length() - 1), "x--" + B,
                "\r\r\n--" + B.substring(0, 10), "a", "bcd", "é", "\r\n\r\n"};
        while (text.length() < 200_000) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
        assertFalse(text.toString().contains("\r\n--" + B), "a part never holds a whole delimiter (RFC 2046)");
        byte[] body = new MultipartBody().field("lang", "en").file("file", "reports.csv", content).field("after", "x").bytes();
        for (int seed = 0; seed < 12; seed++) {
            List<Read> parts = readAll(trickling(body, seed, seed < 6 ? 3 : 70_000), B);
            assertEquals(3, parts.size(), "seed " + seed);
            assertArrayEquals(content, parts.get(1).bytes(), "seed " + seed);
            assertEquals("x", new String(parts.get(2).bytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void thePreambleTheEpilogueAndTransportPaddingAreIgnored() throws IOException {
        String body = "This is the preamble.\r\n--" + B + "  \t\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--"
                + B + "\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\n\r\n--" + B + "--\r\nepilogue --" + B + "\r\n";
        List<Read> parts = readAll(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)), B);
        assertEquals(List.of("a", "b"), parts.stream().map(Read::name).toList());
        assertEquals("1", new String(parts.get(0).bytes(), StandardCharsets.US_ASCII));
        assertEquals(0, parts.get(1).bytes().length);
    }

    @Test
    void partsLeftUnreadAreSkipped() throws IOException {
        byte[] body = new MultipartBody().file("first", "a.csv", new byte[100_000]).field("second", "2").bytes();
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body), B);
        Part first = reader.next();
        assertEquals(5, first.body().read(new byte[5]));
        Part second = reader.next();
        assertEquals("2", second.text(10));
        assertEquals(-1, first.body().read(), "a part the reader has left is ended");
        assertNull(reader.next());
        assertNull(reader.next());
    }

    @Test
    void fileNamesAreTakenAsBrowsersWriteThem() throws IOException {
        String body = "--" + B + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\Data\\a;b.csv\"\r\n\r\nx\r\n--"
                + B + "--\r\n";
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), B);
        Part part = reader.next();
        assertEquals("C:\\Data\\a;b.csv", part.fileName());
        assertEquals("a;b.csv", UploadCheck.baseName(part.fileName()));
        assertEquals("reports.csv", UploadCheck.baseName("/home/clerk/reports.csv"));
        assertEquals("reports.csv", UploadCheck.baseName("reports.csv"));
    }

    @Test
    void aBodyCutOffBeforeItsClosingBoundaryIsMalformed() throws IOException {
        byte[] cut = new MultipartBody().field("sender", "X").file("file", "media.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))
                .cutOff();
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(Arrays.copyOf(cut, cut.length - 10)), B);
        reader.next();
        Part file = reader.next();
        assertThrows(MalformedUploadException.class, () -> file.body().readAllBytes());
        assertTrue(reader.isMalformed());
    }

    @Test
    void whatIsNotFormDataIsMalformed() {
        assertMalformed("--" + B + "\r\nContent-Type: text/plain\r\n\r\nx\r\n--" + B + "--\r\n"); // no Content-Disposition
        assertMalformed("--" + B + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" + B + "--\r\n"); // no name
        assertMalformed("--" + B + "X\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--" + B + "--\r\n");
        assertMalformed("--" + B + "\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Long: " + "x".repeat(9000)
                + "\r\n\r\nx\r\n--" + B + "--\r\n");
        assertMalformed("--" + B + "\r\nno header here\r\n\r\nx\r\n--" + B + "--\r\n");
        assertMalformed("no boundary at all");
        MultipartBody many = new MultipartBody();
        for (int i = 0; i <= MultipartReader.PARTS_MAX; i++) {
            many.field("f" + i, "v");
        }
        assertMalformed(new String(many.bytes(), StandardCharsets.US_ASCII));
    }

    private static void assertMalformed(String body) {
        assertThrows(MalformedUploadException.class, () -> readAll(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), B),
                body.length() > 80 ? body.substring(0, 80) : body);
    }

    @Test
    void aFieldLongerThanAllowedIsMalformed() throws IOException {
        byte[] body = new MultipartBody().field("sender", "x".repeat(201)).bytes();
        Part part = new MultipartReader(new ByteArrayInputStream(body), B).next();
        assertThrows(MalformedUploadException.class, () -> part.text(200));
    }

    @Test
    void theBoundaryComesFromTheContentType() {
        assertEquals(Optional.of("abc"), MultipartReader.boundary("multipart/form-data; boundary=abc"));
        assertEquals(Optional.of("a b:c"), MultipartReader.boundary("Multipart/Form-Data; charset=utf-8; BOUNDARY=\"a b:c\""));
        assertEquals(Optional.empty(), MultipartReader.boundary("multipart/form-data"));
        assertEquals(Optional.empty(), MultipartReader.boundary("multipart/form-data; boundary=" + "x".repeat(71)));
        assertEquals(Optional.empty(), MultipartReader.boundary("multipart/form-data; boundary=\"ends in space \""));
        assertEquals(Optional.empty(), MultipartReader.boundary("multipart/form-data; boundary=a\"b"));
        assertEquals(Optional.empty(), MultipartReader.boundary("application/x-www-form-urlencoded"));
        assertEquals(Optional.empty(), MultipartReader.boundary(null));
    }

    @Test
    void theUploadLimitLetsTheLimitThroughAndFailsOneByteAfter() throws IOException {
        UploadLimit exact = new UploadLimit(new ByteArrayInputStream(new byte[1000]), 1000);
        assertEquals(1000, exact.readAllBytes().length);
        assertFalse(exact.exceeded());

        UploadLimit over = new UploadLimit(new ByteArrayInputStream(new byte[1001]), 1000);
        assertThrows(UploadTooLargeException.class, over::readAllBytes);
        assertTrue(over.exceeded());
        assertThrows(UploadTooLargeException.class, over::read, "it stays failed");

        UploadLimit skipping = new UploadLimit(new ByteArrayInputStream(new byte[3000]), 1000);
        assertThrows(UploadTooLargeException.class, () -> {
            while (skipping.skip(500) > 0) {
                // skipped bytes count too
            }
        });
    }
}
