package id.go.pcm.batch.sign;

import javax.security.auth.login.LoginException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.UnrecoverableKeyException;

/**
 * Opens the key store a {@link KeySource} names: a PKCS#12 file read with its password, or a PKCS#11
 * token logged in to with its PIN (once: the provider stays logged in until {@link Opened#close()}).
 * Every failure is a {@link SigningKeyException} whose message names the option and never the secret.
 */
final class KeyStores {

    private KeyStores() {
    }

    /**
     * An open store.
     *
     * @param store    the store
     * @param provider the token's provider, which signs with its keys; {@code null} for a PKCS#12
     *                 file, whose keys the JDK's default providers use
     */
    record Opened(KeyStore store, Provider provider) implements AutoCloseable {

        /** Logs out of the token; nothing for a file. */
        @Override
        public void close() {
            if (provider instanceof AuthProvider token) {
                try {
                    token.logout();
                } catch (LoginException e) {
                    // the session ends with the process anyway
                }
            }
        }
    }

    static Opened open(KeySource source, char[] password) {
        if (!Files.isRegularFile(source.file())) {
            throw new SigningKeyException(source.option() + ": no such file; give the "
                    + (source.kind() == KeySource.Kind.PKCS12 ? "PKCS#12 file that holds the signing key"
                    : "JDK's PKCS#11 provider configuration for the token") + ".");
        }
        return source.kind() == KeySource.Kind.PKCS12 ? pkcs12(source, password) : pkcs11(source, password);
    }

    private static Opened pkcs12(KeySource source, char[] password) {
        try (InputStream in = Files.newInputStream(source.file())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return new Opened(store, null);
        } catch (IOException e) {
            if (causedBy(e, UnrecoverableKeyException.class)) {
                throw new SigningKeyException(source.option() + ": the password in " + KeySource.PASSWORD_VARIABLE
                        + " is not this key store's; set the right one.");
            }
            throw new SigningKeyException(source.option() + " is not a PKCS#12 key store that can be read ("
                    + reason(e) + "); give the .p12 or .pfx file of the signing key.");
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException(source.option() + " cannot be read as a PKCS#12 key store (" + reason(e)
                    + "); give the .p12 or .pfx file of the signing key.");
        }
    }

    private static Opened pkcs11(KeySource source, char[] pin) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new SigningKeyException(source.option() + ": this Java has no SunPKCS11 provider; run PCM with a JDK"
                    + " that has it (OpenJDK does), or sign with --sign-keystore.");
        }
        Provider token;
        try {
            token = base.configure(source.file().toString());
        } catch (ProviderException | IllegalArgumentException e) {
            throw new SigningKeyException(source.option() + ": the PKCS#11 configuration cannot be used (" + reason(e)
                    + "); check its library and slot.");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", token);
            store.load(null, pin); // the one login of the run
            return new Opened(store, token);
        } catch (IOException e) {
            if (causedBy(e, LoginException.class)) {
                throw new SigningKeyException(source.option() + ": the token refused the PIN in "
                        + KeySource.PASSWORD_VARIABLE + " (" + reason(e) + "); set the right one.");
            }
            throw new SigningKeyException(source.option() + ": the token cannot be opened (" + reason(e)
                    + "); check that it is present and its configuration names its slot.");
        } catch (GeneralSecurityException | ProviderException e) {
            throw new SigningKeyException(source.option() + ": the token cannot be opened (" + reason(e)
                    + "); check that it is present and its configuration names its slot.");
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause's message on one line: a provider's words, never the password, which none is given to print. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
