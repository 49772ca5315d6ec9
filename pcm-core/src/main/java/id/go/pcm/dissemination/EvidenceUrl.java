package id.go.pcm.dissemination;

import id.go.pcm.validation.Fields;
import id.go.pcm.validation.RejectCode;
import id.go.pcm.validation.Values;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A link given as evidence or cited by a media item (SPEC 1.5): absolute {@code http} or
 * {@code https}, without user name or password, at most 2,000 characters.
 *
 * @param text       the link as given
 * @param normalised the link with scheme and host in lower case, without fragment and without one
 *                   trailing {@code /}, for recognising the same evidence sent twice
 */
public record EvidenceUrl(String text, String normalised) {

    /** The longest link accepted, in characters. */
    public static final int MAX_LENGTH = 2000;

    /** Why a text is not an acceptable link. */
    public enum Problem {
        /** Longer than {@link #MAX_LENGTH}. */
        TOO_LONG,
        /** Not an absolute {@code http}/{@code https} link with a host. */
        NOT_HTTP,
        /** Holds a user name or password. */
        USER_INFO
    }

    /**
     * Checks a link.
     *
     * @param text the trimmed text
     * @return the problem, or empty when the link is acceptable
     */
    public static Optional<Problem> problem(String text) {
        return Optional.ofNullable(problem(text, parse(text)));
    }

    /** Checks a link already parsed; {@code null} when acceptable. The text is parsed once per row: it is the costliest check. */
    private static Problem problem(String text, URI uri) {
        if (Values.length(text) > MAX_LENGTH) {
            return Problem.TOO_LONG;
        }
        if (uri == null || uri.getScheme() == null || uri.getRawAuthority() == null || uri.getHost() == null
                || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
            return Problem.NOT_HTTP;
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
            return Problem.USER_INFO;
        }
        return null;
    }

    /**
     * Reads a link that {@link #problem(String)} accepts.
     *
     * @param text the trimmed text
     * @return the link with its normalised form
     * @throws IllegalArgumentException when the link is not acceptable
     */
    public static EvidenceUrl of(String text) {
        URI uri = parse(text);
        Problem problem = problem(text, uri);
        if (problem != null) {
            throw new IllegalArgumentException("not an acceptable link (" + problem + "): " + text);
        }
        return normalised(text, uri);
    }

    private static EvidenceUrl normalised(String text, URI uri) {
        StringBuilder normal = new StringBuilder(text.length())
                .append(uri.getScheme().toLowerCase(Locale.ROOT)).append("://")
                .append(uri.getRawAuthority().toLowerCase(Locale.ROOT));
        if (uri.getRawPath() != null) {
            normal.append(uri.getRawPath());
        }
        if (uri.getRawQuery() != null) {
            normal.append('?').append(uri.getRawQuery());
        }
        if (normal.charAt(normal.length() - 1) == '/') {
            normal.setLength(normal.length() - 1);
        }
        return new EvidenceUrl(text, normal.toString());
    }

    /**
     * Reads an optional link column of a row, recording a {@code BAD_VALUE} fault when the link is
     * not acceptable. Evidence and media items take links of the same form.
     *
     * @param f      the row being read
     * @param column the link column
     * @return the link, or {@code null} when empty or faulty
     */
    public static EvidenceUrl read(Fields f, String column) {
        String text = f.optionalText(column, Integer.MAX_VALUE);
        if (text == null) {
            return null;
        }
        URI uri = Values.length(text) > MAX_LENGTH ? null : parse(text);
        Problem problem = problem(text, uri);
        if (problem == null) {
            return normalised(text, uri);
        }
        return switch (problem) {
            case TOO_LONG -> f.fail(RejectCode.BAD_VALUE, column, "bad.length", column, Values.length(text), MAX_LENGTH);
            case NOT_HTTP -> f.fail(RejectCode.BAD_VALUE, column, "bad.url", column, text);
            case USER_INFO -> f.fail(RejectCode.BAD_VALUE, column, "bad.url.user_info", column);
        };
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
