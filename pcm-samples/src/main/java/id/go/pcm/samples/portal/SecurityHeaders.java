package id.go.pcm.samples.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;

/**
 * Puts the same protective headers on every answer of the portal, its error pages included, and gives
 * {@code HEAD} the length that {@code GET} would have.
 */
@Component
final class SecurityHeaders extends OncePerRequestFilter {

    /**
     * No script, no frames, no images, no outside anything: only the page's own inline style, and forms
     * posting back to the portal. An upload's text that escaped its escaping still could not run.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";

    /**
     * A page up to this size is sent whole, with its length (the form with its 500-odd agencies is some
     * 80 KB): {@code HEAD /} then gives the same {@code Content-Length} as {@code GET /}.
     */
    static final int RESPONSE_BUFFER = 256 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.isCommitted()) {
            response.setBufferSize(RESPONSE_BUFFER);
        }
        protect(response);
        if (request.getMethod().equals("HEAD")) {
            // HEAD is answered as GET: the page is made and counted, its length sent, its body not.
            ContentCachingResponseWrapper counted = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, counted);
            counted.copyBodyToResponse();
        } else {
            chain.doFilter(request, response);
        }
    }

    /** @param response an answer, before it is sent: gets the headers */
    static void protect(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        // A result names an agency's rows: no cache keeps it.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Vary", "Accept");
    }

    /** An error page is an answer too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
