package id.go.pcm.samples.portal;

/**
 * Why an upload was not checked: each with its HTTP status, a stable code for the JSON answer, and the
 * page's title and sentence.
 */
enum Problem {
    /** Past the upload limit; argument: the limit in MB. */
    TOO_LARGE(413, Text.TOO_LARGE_TITLE, Text.TOO_LARGE),
    /** The file part's name is none of the five; arguments: the name, the five. */
    WRONG_NAME(400, Text.WRONG_NAME_TITLE, Text.WRONG_NAME),
    /** No file part, or no file chosen. */
    NO_FILE(400, Text.NO_FILE_TITLE, Text.NO_FILE),
    /** The sender is not an accepted agency; argument: the sender. */
    UNKNOWN_SENDER(400, Text.UNKNOWN_SENDER_TITLE, Text.UNKNOWN_SENDER),
    /** The sender is longer than any field the form takes; argument: the most bytes it may hold. */
    SENDER_TOO_LONG(400, Text.SENDER_TOO_LONG_TITLE, Text.SENDER_TOO_LONG),
    /** The sender came after the file, which was already checked without it. */
    SENDER_AFTER_FILE(400, Text.SENDER_AFTER_FILE_TITLE, Text.SENDER_AFTER_FILE),
    /** More than one file part. */
    TWO_FILES(400, Text.TWO_FILES_TITLE, Text.TWO_FILES),
    /** The body is not well-formed multipart, or was cut off. */
    BAD_UPLOAD(400, Text.BAD_UPLOAD_TITLE, Text.BAD_UPLOAD),
    /** The request is not {@code multipart/form-data}. */
    NOT_MULTIPART(415, Text.NOT_MULTIPART_TITLE, Text.NOT_MULTIPART),
    /** No page at that path. */
    NOT_FOUND(404, Text.NOT_FOUND_TITLE, Text.NOT_FOUND),
    /** The path takes another method; argument: the method it takes. */
    METHOD(405, Text.METHOD_TITLE, Text.METHOD),
    /** The reference files have become unusable (the refusal is logged: it names the server's folders). */
    REFERENCE_UNUSABLE(503, Text.REFERENCE_TITLE, Text.REFERENCE),
    /** Anything unexpected (logged). */
    FAILED(500, Text.FAILED_TITLE, Text.FAILED);

    private final int status;
    private final Text title;
    private final Text sentence;

    Problem(int status, Text title, Text sentence) {
        this.status = status;
        this.title = title;
        this.sentence = sentence;
    }

    /** @return the HTTP status of the answer */
    int status() {
        return status;
    }

    /** @return the page's heading */
    Text title() {
        return title;
    }

    /** @return the page's sentence */
    Text sentence() {
        return sentence;
    }
}
