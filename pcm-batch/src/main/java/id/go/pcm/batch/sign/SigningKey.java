package id.go.pcm.batch.sign;

import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The run's signing key, opened and checked (SPEC 8): a private key that signs, the certificate
 * chain stored with it, every certificate of it valid at the as-of time and now. Opened once per run,
 * while the arguments are checked and before any input is read; a token stays logged in until
 * {@link #close()}. It keeps no password, and {@link #toString()} shows none.
 */
public final class SigningKey implements AutoCloseable {

    /** Key usage bits 0 and 1: digitalSignature, nonRepudiation (contentCommitment). */
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final KeySource source;
    private final String alias;
    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final KeyStores.Opened store;
    private final String signatureAlgorithm;
    private boolean closed;

    private SigningKey(KeySource source, String alias, PrivateKey privateKey, List<X509Certificate> chain,
                       KeyStores.Opened store, String signatureAlgorithm) {
        this.source = source;
        this.alias = alias;
        this.privateKey = privateKey;
        this.chain = chain;
        this.store = store;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /**
     * Opens the key the operator named and checks that it can sign this run's outputs.
     *
     * @param source      the key store and alias from the command line
     * @param environment the process's environment, where {@value KeySource#PASSWORD_VARIABLE} is read
     * @param asOf        the run's evaluation time, which the signatures state as their signing time
     * @param now         the time of the run
     * @return the opened key; close it when the run ends
     * @throws SigningKeyException when the key cannot be used, with one line saying why
     */
    public static SigningKey open(KeySource source, Map<String, String> environment, OffsetDateTime asOf, Instant now) {
        String password = environment.get(KeySource.PASSWORD_VARIABLE);
        if (password == null) {
            throw new SigningKeyException(KeySource.PASSWORD_VARIABLE + " is not set: set it to the "
                    + (source.kind() == KeySource.Kind.PKCS12 ? "password of " : "PIN of the token of ") + source.option()
                    + " (it is read from that variable only).");
        }
        if (password.isEmpty()) {
            // Said as such: tried as a password, it would be reported as the wrong one.
            throw new SigningKeyException(KeySource.PASSWORD_VARIABLE + " is set but empty: set it to the "
                    + (source.kind() == KeySource.Kind.PKCS12 ? "password of " : "PIN of the token of ") + source.option()
                    + " (a key store without a password cannot be used).");
        }
        char[] secret = password.toCharArray();
        KeyStores.Opened store;
        try {
            store = KeyStores.open(source, secret);
        } catch (SigningKeyException e) {
            Arrays.fill(secret, '\0');
            throw e;
        } catch (RuntimeException e) {
            // a provider's unchecked failure is still one line for the operator, never a stack trace
            Arrays.fill(secret, '\0');
            throw new SigningKeyException(source.option() + ": the key store cannot be opened (" + KeyStores.reason(e) + ").");
        }
        try {
            SigningKey key = entry(source, store, secret);
            key.requireValidAt(asOf, "the as-of time " + asOf);
            OffsetDateTime runTime = now.truncatedTo(ChronoUnit.SECONDS).atOffset(asOf.getOffset());
            key.requireValidAt(runTime, "now (" + runTime + ")");
            key.requireSigningUse();
            key.requireMatchingPair();
            return key;
        } catch (SigningKeyException e) {
            store.close();
            throw e;
        } catch (RuntimeException e) {
            store.close();
            throw new SigningKeyException(source.option() + ": the key cannot be used (" + KeyStores.reason(e) + ").");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static SigningKey entry(KeySource source, KeyStores.Opened opened, char[] password) {
        KeyStore store = opened.store();
        try {
            List<String> keys = new ArrayList<>();
            for (String name : Collections.list(store.aliases())) {
                if (store.entryInstanceOf(name, KeyStore.PrivateKeyEntry.class)) {
                    keys.add(name);
                }
            }
            Collections.sort(keys);
            String alias = chooseAlias(source, keys);
            Key key = store.getKey(alias, source.kind() == KeySource.Kind.PKCS12 ? password : null);
            Certificate[] certificates = store.getCertificateChain(alias);
            if (!(key instanceof PrivateKey privateKey) || certificates == null || certificates.length == 0) {
                throw new SigningKeyException(source.option() + ": the key \"" + alias + "\" has no certificate chain stored"
                        + " with it; store the key with its certificate and the issuers' certificates.");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : certificates) {
                chain.add((X509Certificate) certificate);
            }
            String algorithm = switch (privateKey.getAlgorithm()) {
                case "RSA" -> "SHA256withRSA";
                case "EC" -> "SHA256withECDSA";
                default -> throw new SigningKeyException(source.option() + ": the key \"" + alias + "\" is a "
                        + privateKey.getAlgorithm() + " key; PCM signs with RSA or EC keys.");
            };
            return new SigningKey(source, alias, privateKey, List.copyOf(chain), opened, algorithm);
        } catch (java.security.UnrecoverableKeyException e) {
            throw new SigningKeyException(source.option() + ": the private key cannot be opened with the password in "
                    + KeySource.PASSWORD_VARIABLE + "; the store and its key must have the same password.");
        } catch (GeneralSecurityException | ProviderException e) {
            throw new SigningKeyException(source.option() + ": the key cannot be read (" + KeyStores.reason(e) + ").");
        }
    }

    private static String chooseAlias(KeySource source, List<String> keys) throws KeyStoreException {
        if (source.alias() != null) {
            if (!keys.contains(source.alias())) {
                throw new SigningKeyException(source.option() + " holds no private key named \"" + source.alias() + "\""
                        + (keys.isEmpty() ? "" : " (its keys: " + String.join(", ", keys) + ")") + "; check --sign-alias.");
            }
            return source.alias();
        }
        if (keys.isEmpty()) {
            throw new SigningKeyException(source.option() + " holds no private key, only certificates or nothing;"
                    + " give the store that holds the signing key with its certificate.");
        }
        if (keys.size() > 1) {
            throw new SigningKeyException(source.option() + " holds " + keys.size() + " keys (" + String.join(", ", keys)
                    + "); choose one with --sign-alias=NAME.");
        }
        return keys.get(0);
    }

    /**
     * Checks that every certificate of the chain is valid at a time: a reader would refuse a signature
     * whose certificate was not valid when it says it signed.
     *
     * @param time the time, the as-of time of a run
     * @throws SigningKeyException when one is not
     */
    public void requireValidAt(OffsetDateTime time) {
        requireValidAt(time, "the as-of time " + time);
    }

    private void requireValidAt(OffsetDateTime time, String when) {
        Date date = Date.from(time.toInstant());
        for (X509Certificate certificate : chain) {
            String which = certificate == chain.get(0) ? "the signing certificate" : "the issuer certificate";
            try {
                certificate.checkValidity(date);
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                throw new SigningKeyException(source.option() + ": " + which + " " + name(certificate) + " is valid from "
                        + certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant()
                        + ", not at " + when + "; sign with a certificate valid both at the as-of time and now.");
            }
        }
    }

    /** A certificate whose key usage is given must allow signatures. */
    private void requireSigningUse() {
        boolean[] usage = chain.get(0).getKeyUsage();
        if (usage != null && !usage[DIGITAL_SIGNATURE] && !(usage.length > NON_REPUDIATION && usage[NON_REPUDIATION])) {
            throw new SigningKeyException(source.option() + ": the signing certificate " + name(chain.get(0))
                    + " does not allow digital signatures (its key usage); sign with a document-signing certificate.");
        }
    }

    /**
     * Signs a probe and verifies it with the certificate: the key signs (the token lets it) and it is
     * the certificate's, so that no run signs outputs that no reader can verify.
     */
    private void requireMatchingPair() {
        byte[] probe = ("PCM key check " + source.option()).getBytes(StandardCharsets.UTF_8);
        try {
            Signature signing = store.provider() == null ? Signature.getInstance(signatureAlgorithm)
                    : Signature.getInstance(signatureAlgorithm, store.provider());
            signing.initSign(privateKey);
            signing.update(probe);
            byte[] signature = signing.sign();
            Signature verifying = Signature.getInstance(signatureAlgorithm);
            verifying.initVerify(chain.get(0).getPublicKey());
            verifying.update(probe);
            if (!verifying.verify(signature)) {
                throw new SigningKeyException(source.option() + ": the private key \"" + alias + "\" does not belong to"
                        + " its certificate " + name(chain.get(0)) + "; store the key with its own certificate.");
            }
        } catch (GeneralSecurityException | ProviderException e) {
            throw new SigningKeyException(source.option() + ": the key \"" + alias + "\" cannot sign ("
                    + KeyStores.reason(e) + ").");
        }
    }

    private static String name(X509Certificate certificate) {
        return "\"" + certificate.getSubjectX500Principal().getName(X500Principal.RFC2253) + "\"";
    }

    /**
     * @return the signing certificate's subject name as the report's cover names the signer: RFC 2253,
     *         its parts separated by ", " for the reader, e.g. {@code CN=Biro Humas, O=Kementerian …, C=ID}
     */
    public String subject() {
        String rfc2253 = chain.get(0).getSubjectX500Principal().getName(X500Principal.RFC2253);
        try {
            List<Rdn> parts = new ArrayList<>(new LdapName(rfc2253).getRdns());
            Collections.reverse(parts); // LdapName lists the most significant part first
            return parts.stream().map(Rdn::toString).collect(Collectors.joining(", "));
        } catch (InvalidNameException e) {
            return rfc2253; // what the JDK wrote it parses; kept as it is should it not
        }
    }

    /** @return the signing certificate first, then its issuers, as stored with the key */
    public List<X509Certificate> chain() {
        return chain;
    }

    /**
     * What a run records of its key in the job repository (never a secret): the store, the alias and
     * the signing certificate's SHA-256, so that a restart resumes only with the key it started with.
     *
     * @return e.g. {@code PKCS12 /keys/pcm.p12 alias=pcm certificate-sha256=ab12…}
     */
    public String identity() {
        try {
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(chain.get(0).getEncoded());
            return source.kind() + " " + source.file() + " alias=" + alias + " certificate-sha256="
                    + HexFormat.of().formatHex(sha256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return a signer of this key for BouncyCastle's CMS generators, on the token's provider for a
     *         token's key
     */
    ContentSigner contentSigner() {
        try {
            JcaContentSignerBuilder builder = new JcaContentSignerBuilder(signatureAlgorithm);
            Provider provider = store.provider();
            if (provider != null) {
                builder.setProvider(provider);
            }
            return builder.build(privateKey);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("the signing key " + this + " cannot sign: " + e.getMessage(), e);
        }
    }

    /** @return the certificate chain encoded, for an estimate of a signature's size */
    int chainSize() {
        int size = 0;
        for (X509Certificate certificate : chain) {
            try {
                size += certificate.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return size;
    }

    /** Logs out of the token; nothing for a file. Closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            store.close();
        }
    }

    /** @return the store, alias and signer: never the password, which is not kept */
    @Override
    public String toString() {
        return "SigningKey[" + source.option() + ", alias " + alias + ", " + subject() + "]";
    }
}
