package id.go.pcm.samples.portal;

/**
 * Why an upload was not checked: each with its HTTP status and a stable code for the JSON answer. Its
 * page's title and sentence are the messages {@code problem.CODE.title} and {@code problem.CODE} of the
 * portal's bundle ({@code messages*.properties}).
 */
enum Problem {
    /** Past the upload limit; argument: the limit in MB. */
    TOO_LARGE(413),
    /** The file part's name is none of the five; arguments: the name, the five. */
    WRONG_NAME(400),
    /** No file part, or no file chosen. */
    NO_FILE(400),
    /** The sender is not an accepted agency; argument: the sender. */
    UNKNOWN_SENDER(400),
    /** The sender is longer than any field the form takes; argument: the most bytes it may hold. */
    SENDER_TOO_LONG(400),
    /** The sender came after the file, which was already checked without it. */
    SENDER_AFTER_FILE(400),
    /** More than one file part. */
    TWO_FILES(400),
    /** The body is not well-formed multipart, or was cut off. */
    BAD_UPLOAD(400),
    /** A request the portal cannot read at all (the server refused it before the portal saw it). */
    BAD_REQUEST(400),
    /** The request is not {@code multipart/form-data}. */
    NOT_MULTIPART(415),
    /** No page at that path. */
    NOT_FOUND(404),
    /** The path takes another method; argument: the methods it takes. */
    METHOD(405),
    /** The reference files have become unusable (the refusal is logged: it names the server's folders). */
    REFERENCE_UNUSABLE(503),
    /** Anything unexpected (logged). */
    FAILED(500);

    private final int status;

    Problem(int status) {
        this.status = status;
    }

    /** @return the HTTP status of the answer */
    int status() {
        return status;
    }

    /** @return the message key of the page's sentence; its heading is this key with {@code .title} */
    String messageKey() {
        return "problem." + name();
    }

    /**
     * @param status an HTTP status the server gave on its own (an error page)
     * @return the problem that tells it best
     */
    static Problem ofStatus(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 503 -> REFERENCE_UNUSABLE;
            default -> status >= 400 && status < 500 ? BAD_REQUEST : FAILED;
        };
    }
}
