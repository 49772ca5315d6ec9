package id.go.pcm.batch.sign;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The signing key as the operator names it on the command line: a PKCS#12 file
 * ({@code --sign-keystore=FILE}) or a PKCS#11 token reached through the JDK's provider configuration
 * ({@code --sign-pkcs11=FILE}), and the alias of the key when the store holds several
 * ({@code --sign-alias=NAME}). It holds no secret: the password comes from {@code PCM_SIGN_PASSWORD}
 * only, when the key is opened ({@link SigningKey#open}).
 *
 * @param kind  the kind of store
 * @param file  the PKCS#12 file, or the PKCS#11 provider configuration
 * @param alias the key's alias, or {@code null} to take the store's only key
 */
public record KeySource(Kind kind, Path file, String alias) {

    /** The environment variable the password or PIN is read from, and from nowhere else. */
    public static final String PASSWORD_VARIABLE = "PCM_SIGN_PASSWORD";

    /** Checks the parts. */
    public KeySource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
    }

    /** The kinds of key store an operator may sign with. */
    public enum Kind {
        /** A PKCS#12 file ({@code .p12}, {@code .pfx}). */
        PKCS12("--sign-keystore"),
        /** A hardware token or HSM through the JDK's SunPKCS11 provider. */
        PKCS11("--sign-pkcs11");

        private final String option;

        Kind(String option) {
            this.option = option;
        }

        /** @return the command-line option that names a store of this kind */
        public String option() {
            return option;
        }
    }

    /** @return the option as the operator gave it, {@code --sign-keystore=/path/key.p12}, for messages */
    public String option() {
        return kind.option() + "=" + file;
    }
}
