package id.go.pcm.batch.output;

/**
 * Text copied from input into a CSV output cell never starts with {@code =}, {@code +}, {@code -} or
 * {@code @}: a spreadsheet would run it as a formula (SPEC 1.7). Such a value gets a leading {@code '}.
 */
public final class SafeCell {

    private SafeCell() {
    }

    /**
     * @param value a cell's text, or {@code null}
     * @return the text, neutralised when it would start a formula; empty for {@code null}
     */
    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + value : value;
    }
}
