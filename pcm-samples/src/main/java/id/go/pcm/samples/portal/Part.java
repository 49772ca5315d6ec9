package id.go.pcm.samples.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One part of a {@code multipart/form-data} body, read as it streams: a form field or an uploaded file.
 *
 * @param name        the form field's name ({@code file}, {@code sender})
 * @param fileName    the uploaded file's name as the browser sent it, or {@code null} for a plain field
 * @param contentType the part's declared content type, or {@code null}
 * @param body        the part's bytes, up to the next boundary; closing it leaves the rest to be skipped
 */
record Part(String name, String fileName, String contentType, InputStream body) {

    /**
     * Reads a plain field's value.
     *
     * @param maxBytes the most bytes the field may hold
     * @return its value as UTF-8, trimmed
     * @throws MalformedUploadException when it holds more than {@code maxBytes}
     * @throws IOException when the body cannot be read
     */
    String text(int maxBytes) throws IOException {
        return textWithin(maxBytes).orElseThrow(
                () -> new MalformedUploadException("the field " + name + " is longer than " + maxBytes + " bytes"));
    }

    /**
     * Reads a plain field's value when it is short enough; a longer one is left for the reader to skip
     * with the rest of its part, never held whole.
     *
     * @param maxBytes the most bytes the field may hold
     * @return its value as UTF-8, trimmed, or empty when it holds more than {@code maxBytes}
     * @throws IOException when the body cannot be read
     */
    Optional<String> textWithin(int maxBytes) throws IOException {
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            return Optional.empty();
        }
        return Optional.of(new String(bytes, StandardCharsets.UTF_8).strip());
    }

    /** @return whether this part is an uploaded file (a file input sends a file name, empty when none was chosen) */
    boolean isFile() {
        return fileName != null;
    }
}
