package id.go.pcm.samples.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A header value with parameters, as {@code Content-Type} and a part's {@code Content-Disposition}
 * carry them: {@code form-data; name="file"; filename="reports.csv"}.
 *
 * <p>Quoted values are taken as browsers write them (the HTML standard's form encoding): up to the next
 * double quote, with no backslash escapes, since browsers percent-encode a quote in a file name and
 * send a backslash as itself ({@code C:\Data\reports.csv} from old Windows browsers).
 *
 * @param value      the value before the first {@code ;}, lower-cased
 * @param parameters the parameters by lower-cased name; the first of a name counts
 */
record HeaderValue(String value, Map<String, String> parameters) {

    /**
     * @param header the header's value, or {@code null}
     * @return the parsed value, or {@code null} when the header is absent
     */
    static HeaderValue parse(String header) {
        if (header == null) {
            return null;
        }
        List<String> pieces = split(header);
        Map<String, String> parameters = new HashMap<>();
        for (String piece : pieces.subList(1, pieces.size())) {
            int eq = piece.indexOf('=');
            if (eq <= 0) {
                continue; // not a parameter: ignored, as browsers never send one
            }
            String name = piece.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String raw = piece.substring(eq + 1).trim();
            String value = raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"") ? raw.substring(1, raw.length() - 1) : raw;
            parameters.putIfAbsent(name, value);
        }
        return new HeaderValue(pieces.get(0).trim().toLowerCase(Locale.ROOT), Map.copyOf(parameters));
    }

    /** @return the parameter, or {@code null} */
    String parameter(String name) {
        return parameters.get(name);
    }

    /** Splits on {@code ;} outside double quotes. */
    private static List<String> split(String header) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return pieces;
    }
}
