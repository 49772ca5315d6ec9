package id.go.pcm.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8, drops a leading byte-order mark, and on the first invalid byte fails with
 * the physical line it is on, so that an Excel "ANSI" export is refused with a message a clerk can
 * act on. The JDK's own reader would either replace bad bytes silently or fail without a position.
 */
final class Utf8Reader extends Reader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024).flip();
    private boolean endOfInput;
    private boolean flushed;
    private boolean atStart = true;
    /** Line breaks decoded so far: the line of the next character is this plus one. */
    private long lineBreaks;
    private boolean afterCarriageReturn;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !flushed) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                throw new NotUtf8Exception(lineBreaks + countBreaks(chars, 0, chars.position()) + 1);
            }
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                } else if (chars.position() == 0) {
                    readBytes();
                }
            }
        }
        chars.flip();
        if (atStart && chars.hasRemaining()) {
            atStart = false;
            if (chars.get(0) == BYTE_ORDER_MARK) {
                chars.get();
                if (!chars.hasRemaining()) {
                    return fill(); // the mark came alone (a slow stream may send it so): not the end yet
                }
            }
        }
        lineBreaks += countBreaks(chars, chars.position(), chars.limit());
        afterCarriageReturn = chars.limit() > 0 && chars.get(chars.limit() - 1) == '\r';
        return chars.hasRemaining();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Counts CRLF, LF and lone CR as one break each, carrying a CR across buffer boundaries. */
    private long countBreaks(CharBuffer buffer, int start, int end) {
        long breaks = 0;
        boolean cr = afterCarriageReturn;
        char[] array = buffer.array(); // the buffer is heap-backed: its array is read without a bounds check per char
        int offset = buffer.arrayOffset();
        for (int i = offset + start; i < offset + end; i++) {
            char c = array[i];
            if (c == '\n') {
                if (!cr) {
                    breaks++;
                }
                cr = false;
            } else if (c == '\r') {
                breaks++;
                cr = true;
            } else {
                cr = false;
            }
        }
        return breaks;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Thrown on the first byte that is not UTF-8; carries its physical line. */
    static final class NotUtf8Exception extends IOException {
        private final long line;

        NotUtf8Exception(long line) {
            super("not UTF-8 at line " + line);
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
