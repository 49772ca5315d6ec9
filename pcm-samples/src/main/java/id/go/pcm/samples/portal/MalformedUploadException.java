package id.go.pcm.samples.portal;

import java.io.IOException;

/** A request body that is not the {@code multipart/form-data} it says it is: the client's fault, answered 400. */
final class MalformedUploadException extends IOException {

    /** @param message what is wrong with the body, in English, for the log */
    MalformedUploadException(String message) {
        super(message);
    }
}
