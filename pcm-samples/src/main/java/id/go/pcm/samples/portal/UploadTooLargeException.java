package id.go.pcm.samples.portal;

import java.io.IOException;

/** The request body went past the portal's upload limit: reading stops, the answer is 413. */
final class UploadTooLargeException extends IOException {

    /** @param limit the limit in bytes */
    UploadTooLargeException(long limit) {
        super("the upload is larger than " + limit + " bytes");
    }
}
