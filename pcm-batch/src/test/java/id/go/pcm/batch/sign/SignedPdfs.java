package id.go.pcm.batch.sign;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the tests do to a signed PDF as a forger would, and what they read of its signature. */
public final class SignedPdfs {

    private static final Pattern BYTE_RANGE = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]");

    private SignedPdfs() {
    }

    /**
     * @param pdf a PDF with one signature
     * @return its {@code /ByteRange}: offset and length of the two signed parts
     */
    public static long[] byteRange(byte[] pdf) {
        Matcher m = BYTE_RANGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        assertTrue(m.find(), "the PDF has a /ByteRange");
        return new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4))};
    }

    /**
     * Changes one byte inside the first page's content, well inside the signed range: the file still
     * opens (no offset moves), only its digest differs.
     *
     * @param pdf a signed PDF
     * @return a copy with one byte changed
     */
    public static byte[] changeOneSignedByte(byte[] pdf) {
        long[] range = byteRange(pdf);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int stream = text.indexOf("stream\n", text.indexOf("/Length"));
        int at = stream + "stream\n".length() + 5;
        assertTrue(stream > 0 && at < range[1], "a stream's byte lies in the first signed part");
        byte[] changed = pdf.clone();
        changed[at] ^= 0x01;
        return changed;
    }
}
