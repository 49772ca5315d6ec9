package id.go.pcm.dissemination;

import id.go.pcm.internal.Values;

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
     * A link read: the link, or why the text is not one.
     *
     * @param url     the link with its normal form, or {@code null}
     * @param problem why the text is not an acceptable link, or {@code null}
     */
    public record Reading(EvidenceUrl url, Problem problem) {
    }

    /**
     * Reads a link, deciding the plain shape most evidence has without a {@link URI}.
     *
     * @param text the trimmed text
     * @return the link, or its problem
     */
    public static Reading read(String text) {
        if (text.length() <= MAX_LENGTH) {
            String plain = plainNormalised(text);
            if (plain != null) {
                return new Reading(new EvidenceUrl(text, plain), null);
            }
        }
        URI uri = Values.length(text) > MAX_LENGTH ? null : parse(text);
        Problem problem = problem(text, uri);
        return problem == null ? new Reading(normalised(text, uri), null) : new Reading(null, problem);
    }

    /**
     * The normal form of a link of the plain shape most evidence has, {@code http(s)://host.name/path?query}
     * in lower-case scheme, a dotted host name and only common URL characters, without building a
     * {@link URI}: parsing one is the costliest check of a row. Every link this accepts, {@code URI}
     * accepts with the same normal form (a property test holds it to that); anything else, including
     * every link it cannot decide, gives {@code null} and goes through {@code URI}. It does not check
     * the length: the caller does ({@link #MAX_LENGTH}).
     */
    static String plainNormalised(String text) {
        int hostStart = text.startsWith("https://") ? 8 : text.startsWith("http://") ? 7 : -1;
        if (hostStart < 0) {
            return null;
        }
        int hostEnd = plainHostEnd(text, hostStart);
        if (hostEnd < 0) {
            return null;
        }
        for (int i = hostEnd; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                    return null;
                }
                i += 2;
            } else if (!isPlainPathChar(c)) {
                return null;
            }
        }
        if (hostEnd < text.length() && text.charAt(hostEnd) != '/' && text.charAt(hostEnd) != '?') {
            return null;
        }
        int end = text.charAt(text.length() - 1) == '/' ? text.length() - 1 : text.length();
        for (int i = 0; i < hostEnd; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return text.substring(0, hostEnd).toLowerCase(Locale.ROOT) + text.substring(hostEnd, end);
            }
        }
        return text.substring(0, end); // most links are in normal form already: the text itself serves
    }

    /**
     * Where a host name of at least two labels ends ({@code /}, {@code ?} or the end), or -1. Labels
     * are ASCII letters and digits with inner hyphens, the last starting with a letter: the host names
     * {@code URI} takes as a server, never an IPv4 address or a registry name.
     */
    private static int plainHostEnd(String text, int start) {
        int i = start;
        int labels = 0;
        int lastLabel = start;
        while (true) {
            int labelStart = i;
            while (i < text.length() && (isAsciiLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (i == labelStart || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
                return -1;
            }
            labels++;
            lastLabel = labelStart;
            if (i < text.length() && text.charAt(i) == '.') {
                i++;
                continue;
            }
            break;
        }
        char first = text.charAt(lastLabel);
        boolean letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
        return labels >= 2 && letter ? i : -1;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Characters {@code URI} takes as they are in both a path and a query. */
    private static boolean isPlainPathChar(char c) {
        return isAsciiLetterOrDigit(c) || "-_.~/?=&+:,;@!*'()$".indexOf(c) >= 0;
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
