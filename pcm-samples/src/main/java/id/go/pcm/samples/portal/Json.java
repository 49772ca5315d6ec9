package id.go.pcm.samples.portal;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes JSON by hand, since the portal carries no JSON library: strings escaped per RFC 8259, and
 * {@code < > &} and the line separators U+2028/U+2029 as {@code \\u} escapes too, so that the answer
 * stays inert even if pasted into a page or a script.
 */
final class Json {

    private final Writer out;
    private boolean first = true;

    /** @param out where the JSON goes */
    Json(Writer out) {
        this.out = out;
    }

    /**
     * @param text a string, or {@code null}
     * @return the JSON string literal, or {@code null}
     */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** Opens an object (as a value, or as the whole answer). */
    Json open() throws IOException {
        out.write('{');
        first = true;
        return this;
    }

    /** Opens an object as the value of a key. */
    Json open(String key) throws IOException {
        key(key);
        return open();
    }

    /** Closes the object. */
    Json close() throws IOException {
        out.write('}');
        first = false;
        return this;
    }

    /** Opens an array as the value of a key. */
    Json array(String key) throws IOException {
        key(key);
        out.write('[');
        first = true;
        return this;
    }

    /** Closes the array. */
    Json closeArray() throws IOException {
        out.write(']');
        first = false;
        return this;
    }

    /** Starts the next element of an array (before {@link #open()} or {@link #element(String)}). */
    Json next() throws IOException {
        if (!first) {
            out.write(',');
        }
        first = true;
        return this;
    }

    /** Writes a string element of an array. */
    Json element(String value) throws IOException {
        next();
        out.write(quote(value));
        first = false;
        return this;
    }

    /** Writes a string member, {@code null} as null. */
    Json put(String key, String value) throws IOException {
        key(key);
        out.write(quote(value));
        first = false;
        return this;
    }

    /** Writes a number member. */
    Json put(String key, long value) throws IOException {
        key(key);
        out.write(Long.toString(value));
        first = false;
        return this;
    }

    private void key(String key) throws IOException {
        if (!first) {
            out.write(',');
        }
        out.write(quote(key));
        out.write(':');
        first = true;
    }
}
