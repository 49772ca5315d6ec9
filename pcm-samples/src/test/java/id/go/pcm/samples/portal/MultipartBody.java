package id.go.pcm.samples.portal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test helper: a {@code multipart/form-data} body built byte by byte, as a browser would send it. */
final class MultipartBody {

    static final String BOUNDARY = "----PcmTestBoundary7MA4YWxkTrZu0gW";

    private final String boundary;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean ended;

    MultipartBody() {
        this(BOUNDARY);
    }

    MultipartBody(String boundary) {
        this.boundary = boundary;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    MultipartBody field(String name, String value) {
        ascii("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        ascii("\r\n");
        return this;
    }

    MultipartBody file(String name, String fileName, byte[] content) {
        ascii("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"");
        out.writeBytes(fileName.getBytes(StandardCharsets.UTF_8));
        ascii("\"\r\nContent-Type: text/csv\r\n\r\n");
        out.writeBytes(content);
        ascii("\r\n");
        return this;
    }

    MultipartBody raw(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** @return the body with its closing boundary */
    byte[] bytes() {
        if (!ended) {
            ascii("--" + boundary + "--\r\n");
            ended = true;
        }
        return out.toByteArray();
    }

    /** @return the body as written so far, without its closing boundary: an upload cut off */
    byte[] cutOff() {
        return out.toByteArray();
    }

    private void ascii(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
