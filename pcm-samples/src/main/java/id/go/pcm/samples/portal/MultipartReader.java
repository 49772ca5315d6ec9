package id.go.pcm.samples.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578, RFC 2046 section 5.1) part by part as it streams:
 * nothing is kept but one buffer, nothing is written anywhere. Each part's body is an
 * {@link InputStream} that ends at the next boundary, so an uploaded file goes straight into the check.
 *
 * <p>Parts are read in order: asking for the next part skips what is left of the current one. The
 * preamble and the epilogue are ignored. A body that ends before its closing boundary, a part without a
 * {@code Content-Disposition: form-data} name, part headers over 8 KB or more than 16 parts make it
 * {@link MalformedUploadException malformed}. Not thread-safe.
 */
final class MultipartReader {

    /** The most bytes of headers one part may have. */
    static final int HEADERS_MAX = 8 * 1024;
    /** The most parts a body may have: the form has three. */
    static final int PARTS_MAX = 16;

    // RFC 2046 bchars: 1 to 70 of them, the last not a space.
    private static final Pattern BOUNDARY = Pattern.compile("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int PADDING_MAX = 256;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int pos;
    private int end;
    private int parts;
    private boolean finished;
    private PartBody current;
    private boolean malformed;

    /**
     * @param in       the request body; read, never closed
     * @param boundary the boundary of its {@code Content-Type}
     */
    MultipartReader(InputStream in, String boundary) {
        if (!BOUNDARY.matcher(boundary).matches()) {
            throw new IllegalArgumentException("not a multipart boundary: " + boundary);
        }
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        // The first boundary may open the body with no line break before it: a virtual CRLF in front of
        // the body lets one search find every delimiter, the first one included.
        buffer[0] = '\r';
        buffer[1] = '\n';
        end = 2;
    }

    /**
     * @param contentType the request's {@code Content-Type}
     * @return its boundary when it is {@code multipart/form-data} with a valid boundary, else empty
     */
    static Optional<String> boundary(String contentType) {
        HeaderValue type = HeaderValue.parse(contentType);
        if (type == null || !type.value().equals("multipart/form-data")) {
            return Optional.empty();
        }
        String boundary = type.parameter("boundary");
        return boundary != null && BOUNDARY.matcher(boundary).matches() ? Optional.of(boundary) : Optional.empty();
    }

    /**
     * Moves to the next part, skipping what is left of the current one.
     *
     * @return the next part, or {@code null} after the closing boundary
     * @throws MalformedUploadException when the body is not well-formed multipart
     * @throws IOException when the body cannot be read (an {@link UploadTooLargeException} past the limit)
     */
    Part next() throws IOException {
        if (finished) {
            return null;
        }
        if (current != null) {
            current.detach();
        }
        while (readBody(null, 0, BUFFER_SIZE) >= 0) {
            // the preamble, or the rest of the part before: skipped
        }
        pos += delimiter.length;
        require(2);
        if (buffer[pos] == '-' && buffer[pos + 1] == '-') {
            finished = true; // the closing boundary; what follows is epilogue
            return null;
        }
        skipPadding();
        if (++parts > PARTS_MAX) {
            throw malformed("the body has more than " + PARTS_MAX + " parts");
        }
        Map<String, String> headers = readHeaders();
        HeaderValue disposition = HeaderValue.parse(headers.get("content-disposition"));
        if (disposition == null || !disposition.value().equals("form-data") || disposition.parameter("name") == null) {
            throw malformed("a part has no Content-Disposition: form-data with a name");
        }
        current = new PartBody();
        return new Part(disposition.parameter("name"), disposition.parameter("filename"), headers.get("content-type"), current);
    }

    /** @return whether the body was found malformed; a check's failure is then the body's */
    boolean isMalformed() {
        return malformed;
    }

    /** The boundary line may end in spaces or tabs (transport padding), then CRLF. */
    private void skipPadding() throws IOException {
        for (int padding = 0; ; padding++) {
            require(1);
            if (buffer[pos] != ' ' && buffer[pos] != '\t') {
                break;
            }
            if (padding == PADDING_MAX) {
                throw malformed("a boundary line goes on past its boundary");
            }
            pos++;
        }
        require(2);
        if (buffer[pos] != '\r' || buffer[pos + 1] != '\n') {
            throw malformed("a boundary is not followed by a line break");
        }
        pos += 2;
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new HashMap<>();
        int size = 0;
        while (true) {
            int lineEnd = findLineEnd(HEADERS_MAX - size);
            String line = new String(buffer, pos, lineEnd - pos, StandardCharsets.UTF_8);
            size += lineEnd - pos + 2;
            if (size > HEADERS_MAX) {
                throw malformed("a part's headers are longer than " + HEADERS_MAX + " bytes");
            }
            pos = lineEnd + 2;
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed("a part header line has no name");
            }
            headers.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
    }

    /** @return the index of the CR of the next CRLF, reading more as needed, at most {@code max} bytes on */
    private int findLineEnd(int max) throws IOException {
        while (true) {
            for (int i = pos; i + 1 < end; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                    return i;
                }
            }
            if (end - pos >= max) {
                throw malformed("a part's headers are longer than " + HEADERS_MAX + " bytes");
            }
            if (!fill()) {
                throw malformed("the body ends inside a part's headers");
            }
        }
    }

    /**
     * Reads body bytes up to the next delimiter.
     *
     * @param target where to copy them, or {@code null} to skip them
     * @return the bytes read (at least one), or -1 when the next bytes are a delimiter
     */
    private int readBody(byte[] target, int offset, int length) throws IOException {
        while (true) {
            int limit = Math.min(end, pos + length);
            int clean = pos;
            // Bytes are the part's until one may start a delimiter: a whole one, or one cut by the buffer's end.
            while (clean < limit && (buffer[clean] != '\r' || delimiterAt(clean) == Match.NONE)) {
                clean++;
            }
            if (clean > pos) {
                int n = clean - pos;
                if (target != null) {
                    System.arraycopy(buffer, pos, target, offset, n);
                }
                pos = clean;
                return n;
            }
            if (pos < end && delimiterAt(pos) == Match.WHOLE) {
                return -1;
            }
            if (!fill()) {
                throw malformed("the body ends before its closing boundary: the upload was cut off");
            }
        }
    }

    private enum Match { NONE, CUT, WHOLE }

    private Match delimiterAt(int at) {
        for (int k = 0; k < delimiter.length; k++) {
            if (at + k == end) {
                return Match.CUT;
            }
            if (buffer[at + k] != delimiter[k]) {
                return Match.NONE;
            }
        }
        return Match.WHOLE;
    }

    private void require(int n) throws IOException {
        while (end - pos < n) {
            if (!fill()) {
                throw malformed("the body ends inside a boundary line");
            }
        }
    }

    /** Moves the unread bytes to the front and reads more after them; false at the end of the body. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        if (end == buffer.length) {
            throw new IllegalStateException("the buffer holds no delimiter nor a line end: it cannot be");
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            return false;
        }
        end += n;
        return true;
    }

    private MalformedUploadException malformed(String message) {
        malformed = true;
        return new MalformedUploadException(message);
    }

    /** One part's bytes: ends at the next delimiter; once the reader has moved on, it is ended. */
    private final class PartBody extends InputStream {
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (ended) {
                return -1;
            }
            int n = readBody(b, off, len);
            if (n < 0) {
                ended = true;
            }
            return n;
        }

        /** Closing a part leaves its rest to the reader, which skips it when asked for the next part. */
        @Override
        public void close() {
        }

        void detach() {
            ended = true;
        }
    }
}
