package id.go.pcm.internal.csv;

/**
 * Trimming as people mean it: every kind of space at either end goes, including the no-break
 * spaces that spreadsheets leave behind, which {@link String#strip()} keeps, and a stray byte-order
 * mark ({@code U+FEFF}, invisible) left where two exported files were pasted together. CSV values and
 * workbook cells (SPEC 10.1) are trimmed alike.
 */
public final class Text {

    private Text() {
    }

    /**
     * @param value the raw value
     * @return the value without leading and trailing spaces, or {@code null} when nothing is left
     */
    public static String trimToNull(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : value.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || c == '\uFEFF';
    }
}
