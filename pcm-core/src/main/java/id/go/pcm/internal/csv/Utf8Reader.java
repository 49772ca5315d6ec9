package id.go.pcm.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

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
    /**
     * Lines holding a quote and otherwise only spaces, in order: a record there reads as one blank
     * value, yet the line is not blank (SPEC 1.1 skips only empty or all-space lines). Such lines are
     * rare, and those behind the parser are dropped as it goes.
     */
    private final ArrayDeque<Long> quotedBlankLines = new ArrayDeque<>();
    private boolean lineHasQuote;
    private boolean lineOnlyQuotesAndSpaces = true;

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

    /**
     * Counts CRLF, LF and lone CR as one break each, carrying a CR across buffer boundaries, and notes
     * the lines that hold a quote and otherwise only spaces.
     */
    private long countBreaks(CharBuffer buffer, int start, int end) {
        long breaks = 0;
        boolean cr = afterCarriageReturn;
        boolean quote = lineHasQuote;
        boolean blank = lineOnlyQuotesAndSpaces; // once a line has other text, only its end is looked for
        char[] array = buffer.array(); // the buffer is heap-backed: its array is read without a bounds check per char
        int offset = buffer.arrayOffset();
        for (int i = offset + start; i < offset + end; i++) {
            char c = array[i];
            if (c == '\n' || c == '\r') {
                if (c == '\r' || !cr) {
                    if (quote && blank) {
                        quotedBlankLines.add(lineBreaks + breaks + 1);
                    }
                    quote = false;
                    blank = true;
                    breaks++;
                }
                cr = c == '\r';
            } else {
                cr = false;
                if (blank) {
                    if (c == '"') {
                        quote = true;
                    } else if (!Text.isSpace(c)) {
                        blank = false;
                    }
                }
            }
        }
        lineHasQuote = quote;
        lineOnlyQuotesAndSpaces = blank;
        return breaks;
    }

    /**
     * Forgets the lines before one the parser has reached, so that only the lines between the parser
     * and the reader's buffer are kept: a file whose quoted values often end alone on a line (a `"`)
     * does not fill memory with them.
     *
     * @param line the line the parser's record starts on
     */
    void forgetBefore(long line) {
        while (!quotedBlankLines.isEmpty() && quotedBlankLines.peekFirst() < line) {
            quotedBlankLines.pollFirst();
        }
    }

    /** @return how many such lines are kept, for the test that they stay few */
    int quotedBlankLinesKept() {
        return quotedBlankLines.size();
    }

    /**
     * Whether a line holds a quote and otherwise only spaces. Asked in line order, for lines the reader
     * has already passed (a record is read whole before it is asked about); earlier lines are forgotten.
     *
     * @param line a physical line, from 1
     * @return whether it is such a line
     */
    boolean isQuotedBlank(long line) {
        forgetBefore(line);
        if (!quotedBlankLines.isEmpty() && quotedBlankLines.peekFirst() == line) {
            return true;
        }
        // the last line, when the file does not end with a line break
        return line == lineBreaks + 1 && lineHasQuote && lineOnlyQuotesAndSpaces;
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
