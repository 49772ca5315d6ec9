package id.go.pcm.samples.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.go.pcm.csv.UnusableFileException;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;

/**
 * The portal's two addresses: {@code GET /} (and {@code HEAD /}), the form, and {@code POST /check}, a check.
 * A request body that sends nothing for the read timeout ends its request ({@link ReadDeadline}).
 *
 * <p>Before any answer to an upload, what is left of its body is read and thrown away, up to four times
 * the upload limit, so that a client that reads no answer before it has sent its whole upload receives
 * the page and its status rather than a connection reset (the JDK's own client is one). Past that the
 * answer is sent at once and the connection closed: browsers read such an early answer and show it
 * (Chromium does, tested), other clients may see the reset.
 */
final class PortalHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(PortalHandler.class.getName());

    private final PortalPage page;
    private final Reference reference;
    private final UploadCheck check;
    private final long discardMax;
    private final ReadDeadline deadline;

    /**
     * @param page           the pages
     * @param reference      the month's reference data
     * @param check          the check of an upload
     * @param maxUploadBytes the upload limit
     * @param deadline       what ends a request whose body stalls
     */
    PortalHandler(PortalPage page, Reference reference, UploadCheck check, long maxUploadBytes, ReadDeadline deadline) {
        this.page = page;
        this.reference = reference;
        this.check = check;
        this.discardMax = 4 * maxUploadBytes;
        this.deadline = deadline;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Language language = Language.ofQuery(exchange.getRequestURI().getRawQuery());
        boolean json = Answer.wantsJson(exchange.getRequestHeaders().getFirst("Accept"));
        // Closing the exchange from the deadline's thread closes the connection: the blocked read then fails.
        try (exchange; ReadDeadline.Watched body = deadline.watch(exchange.getRequestBody(), exchange::close)) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/check")) {
                if (method.equals("POST")) {
                    check(exchange, body, language, json);
                } else {
                    refuseMethod(exchange, body, language, json, "POST");
                }
            } else if (path.equals("/")) {
                if (method.equals("GET") || method.equals("HEAD")) {
                    form(exchange, body, language, method.equals("HEAD"));
                } else {
                    refuseMethod(exchange, body, language, json, "GET, HEAD");
                }
            } else {
                answer(exchange, language, json, Outcome.Failed.of(Problem.NOT_FOUND), !discardRest(body));
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "the client went away", e);
        } catch (RuntimeException e) {
            // Headers may already be out; the exchange is closed either way.
            LOG.log(System.Logger.Level.ERROR, "unexpected failure on " + exchange.getRequestURI(), e);
        }
    }

    private void check(HttpExchange exchange, InputStream body, Language language, boolean json) throws IOException {
        long declared = declaredLength(exchange);
        Outcome outcome;
        try {
            outcome = check.check(exchange.getRequestHeaders().getFirst("Content-Type"), declared, body,
                    json ? UploadCheck.JSON_REJECTS : UploadCheck.PAGE_REJECTS);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "a check failed", e);
            outcome = Outcome.Failed.of(Problem.FAILED);
        }
        boolean whole = declared <= discardMax && discardRest(body);
        answer(exchange, language, json, outcome, !whole);
    }

    private void form(HttpExchange exchange, InputStream body, Language language, boolean head) throws IOException {
        String html;
        int status = 200;
        try {
            html = page.form(language, reference.at(OffsetDateTime.now()), reference.isFixed());
        } catch (UnusableFileException e) {
            LOG.log(System.Logger.Level.ERROR, "the reference data cannot be read: " + e.getMessage(), e);
            Outcome.Failed failed = Outcome.Failed.of(Problem.REFERENCE_UNUSABLE);
            html = page.answer(language, failed);
            status = failed.status();
        }
        boolean close = !discardRest(body);
        if (head) {
            Answer.head(exchange, status, language, html, close);
        } else {
            Answer.html(exchange, status, language, html, close);
        }
    }

    private void refuseMethod(HttpExchange exchange, InputStream body, Language language, boolean json, String allowed)
            throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        answer(exchange, language, json, Outcome.Failed.of(Problem.METHOD, allowed), !discardRest(body));
    }

    private void answer(HttpExchange exchange, Language language, boolean json, Outcome outcome, boolean close)
            throws IOException {
        if (json) {
            Answer.json(exchange, outcome, close);
        } else {
            Answer.html(exchange, outcome.status(), language, page.answer(language, outcome), close);
        }
    }

    /** @return whether the request body was read to its end, within {@link #discardMax} bytes */
    private boolean discardRest(InputStream body) {
        byte[] scratch = new byte[64 * 1024];
        long discarded = 0;
        try {
            for (int n; (n = body.read(scratch)) >= 0; ) {
                discarded += n;
                if (discarded > discardMax) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false; // the client is gone, or sent a broken chunked body
        }
    }

    private static long declaredLength(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
