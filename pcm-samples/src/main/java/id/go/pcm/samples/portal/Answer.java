package id.go.pcm.samples.portal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Sends the portal's answers, each with the same protective headers. */
final class Answer {

    /**
     * No script, no frames, no images, no outside anything: only the page's own inline style, and forms
     * posting back to the portal. An upload's text that escaped its escaping still could not run.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";

    private Answer() {
    }

    /**
     * @param exchange the exchange
     * @param status   the HTTP status
     * @param language the page's language
     * @param page     the HTML page
     * @param close    whether to close the connection after the answer (the upload was not read to its end)
     * @throws IOException when the client is gone
     */
    static void html(HttpExchange exchange, int status, Language language, String page, boolean close) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        headers(exchange.getResponseHeaders(), "text/html; charset=utf-8", language, close);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Answers {@code HEAD} as {@link #html} would answer {@code GET}: the same status and headers, the
     * page's length, no body.
     *
     * @param exchange the exchange
     * @param status   the HTTP status
     * @param language the page's language
     * @param page     the HTML page that {@code GET} would send
     * @param close    whether to close the connection after the answer
     * @throws IOException when the client is gone
     */
    static void head(HttpExchange exchange, int status, Language language, String page, boolean close) throws IOException {
        headers(exchange.getResponseHeaders(), "text/html; charset=utf-8", language, close);
        exchange.getResponseHeaders().set("Content-Length", Integer.toString(page.getBytes(StandardCharsets.UTF_8).length));
        exchange.sendResponseHeaders(status, -1);
        exchange.getResponseBody().close();
    }

    /**
     * Streams a JSON answer (chunked: a long list of rejects is never one big array of bytes).
     *
     * @param exchange the exchange
     * @param outcome  what the request came to
     * @param close    whether to close the connection after the answer
     * @throws IOException when the client is gone
     */
    static void json(HttpExchange exchange, Outcome outcome, boolean close) throws IOException {
        headers(exchange.getResponseHeaders(), "application/json; charset=utf-8", null, close);
        exchange.sendResponseHeaders(outcome.status(), 0);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8), 32 * 1024)) {
            JsonAnswer.write(outcome, out);
        }
    }

    /**
     * @param accept a request's {@code Accept} header, or {@code null}
     * @return whether it asks for JSON before HTML ({@code application/json} with a weight at least that
     *         of {@code text/html}, when that is named)
     */
    static boolean wantsJson(String accept) {
        if (accept == null) {
            return false;
        }
        double json = -1;
        double html = -1;
        for (String range : accept.split(",")) {
            HeaderValue value = HeaderValue.parse(range);
            double weight = weight(value.parameter("q"));
            if (value.value().equals("application/json")) {
                json = Math.max(json, weight);
            } else if (value.value().equals("text/html")) {
                html = Math.max(html, weight);
            }
        }
        return json > 0 && json >= html;
    }

    private static double weight(String q) {
        if (q == null) {
            return 1;
        }
        try {
            return Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void headers(Headers headers, String contentType, Language language, boolean close) {
        headers.set("Content-Type", contentType);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("Referrer-Policy", "no-referrer");
        // A result names an agency's rows: no cache keeps it.
        headers.set("Cache-Control", "no-store");
        headers.set("Vary", "Accept");
        if (language != null) {
            headers.set("Content-Language", language.code().toLowerCase(Locale.ROOT));
        }
        if (close) {
            headers.set("Connection", "close");
        }
    }
}
