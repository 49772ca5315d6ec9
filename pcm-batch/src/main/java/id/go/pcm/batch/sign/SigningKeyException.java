package id.go.pcm.batch.sign;

/**
 * The signing key the operator named cannot be used (SPEC 8): no such file, no password, a wrong
 * password or PIN, no private key, several keys and no alias, a certificate not valid at the as-of time
 * or now. A bad-configuration refusal (exit 2); the message is one line saying what to fix and never
 * holds the password.
 */
public final class SigningKeyException extends RuntimeException {

    /**
     * @param message what is wrong with the key and how to fix it, one line
     */
    public SigningKeyException(String message) {
        super(message);
    }
}
