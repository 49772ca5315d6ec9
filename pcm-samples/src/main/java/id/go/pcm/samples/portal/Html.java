package id.go.pcm.samples.portal;

/**
 * A page being written: markup the portal writes itself, and text, which is always escaped with
 * {@link #escape(String)}, the one escape of the page, used for element text and attribute values
 * alike. Whatever came from an upload (file names, ids, values quoted in messages) or from the
 * reference files only ever goes in through {@link #text(String)}.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(16 * 1024);

    /**
     * Escapes text for HTML element content and for a double- or single-quoted attribute value.
     *
     * @param text any text, or {@code null} (written as nothing)
     * @return the text with {@code & < > " '} as character references
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String reference = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (reference != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (reference != null) {
                    escaped.append(reference);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /**
     * @param markup markup written by the portal itself: a constant, never data
     * @return this page
     */
    Html markup(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * @param text text to show, escaped here
     * @return this page
     */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /**
     * Writes an element holding text.
     *
     * @param open the opening tag, written by the portal ({@code <td class="num">})
     * @param text its text, escaped here
     * @return this page
     */
    Html element(String open, String text) {
        int space = open.indexOf(' ');
        String name = open.substring(1, space > 0 ? space : open.length() - 1);
        return markup(open).text(text).markup("</" + name + ">");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
