package id.go.pcm.batch.sign;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.security.auth.x500.X500Principal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/**
 * Keys made in the test, never committed: a test CA and a signing certificate it issued (RSA 2048, or EC),
 * stored as operators hold them (PKCS#12 with one password for the store and its key).
 */
public final class TestKeys {

    /** The test stores' password: distinctive, so that finding it in a log or a database means it leaked. */
    public static final String PASSWORD = "Rahasia-Uji-7319-xq";
    /** The signing key's alias in the stores made here. */
    public static final String ALIAS = "pcm";
    /** The signing certificate's subject. */
    public static final String SUBJECT = "CN=Kementerian Komunikasi dan Digital (uji), O=Kementerian Komunikasi dan Digital, C=ID";

    /** The validity the good test certificates have: years around the test month (2024) and now. */
    public static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
    /** The end of that validity. */
    public static final Instant UNTIL = Instant.now().plus(3650, ChronoUnit.DAYS);

    private final X509Certificate ca;
    private final KeyPair signerKeys;
    private final X509Certificate signer;

    private TestKeys(X509Certificate ca, KeyPair signerKeys, X509Certificate signer) {
        this.ca = ca;
        this.signerKeys = signerKeys;
        this.signer = signer;
    }

    /** @return a test CA and a signing certificate valid from 2020 to ten years from now */
    public static TestKeys create() {
        return create(FROM, UNTIL);
    }

    /**
     * @param from  when the signing certificate becomes valid
     * @param until when it expires
     * @return a test CA (valid from 2020 to ten years from now) and a signing certificate it issued
     */
    public static TestKeys create(Instant from, Instant until) {
        return create(from, until, "RSA");
    }

    /** @return a test CA and a signing certificate with an EC (P-256) key, valid from 2020 to ten years from now */
    public static TestKeys createEc() {
        return create(FROM, UNTIL, "EC");
    }

    private static TestKeys create(Instant from, Instant until, String signerAlgorithm) {
        try {
            KeyPair caKeys = rsa();
            X500Principal caName = new X500Principal("CN=PCM Test CA,O=PCM test,C=ID");
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder caBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.ONE,
                    Date.from(FROM), Date.from(UNTIL), caName, caKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
            X509Certificate ca = certificate(caBuilder, caKeys);
            KeyPair signerKeys = signerAlgorithm.equals("EC") ? ec() : rsa();
            X509v3CertificateBuilder signerBuilder = new JcaX509v3CertificateBuilder(ca, BigInteger.TWO,
                    Date.from(from), Date.from(until), new X500Principal(SUBJECT), signerKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(signerKeys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca));
            return new TestKeys(ca, signerKeys, certificate(signerBuilder, caKeys));
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(X509v3CertificateBuilder builder, KeyPair issuer)
            throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate())));
    }

    /** @return the signing certificate */
    public X509Certificate signer() {
        return signer;
    }

    /** @return the test CA's certificate */
    public X509Certificate ca() {
        return ca;
    }

    /**
     * Writes the signing key with its chain (signer, CA) as a PKCS#12 file, under {@link #ALIAS}.
     *
     * @param file where
     * @return the file
     */
    public Path pkcs12(Path file) {
        return store(file, Map.of(ALIAS, this));
    }

    /**
     * Writes several keys into one PKCS#12 file.
     *
     * @param file where
     * @param keys the keys by alias
     * @return the file
     */
    public static Path store(Path file, Map<String, TestKeys> keys) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (Map.Entry<String, TestKeys> key : keys.entrySet()) {
                store.setKeyEntry(key.getKey(), key.getValue().signerKeys.getPrivate(), PASSWORD.toCharArray(),
                        new X509Certificate[]{key.getValue().signer, key.getValue().ca});
            }
            return write(file, store);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a PKCS#12 file that holds the certificates and no private key.
     *
     * @param file where
     * @return the file
     */
    public Path certificatesOnly(Path file) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry(ALIAS, signer);
            store.setCertificateEntry("ca", ca);
            return write(file, store);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, KeyStore store) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    /**
     * Writes the CA's certificate in PEM, for {@code openssl -CAfile}.
     *
     * @param file where
     * @return the file
     */
    public Path caPem(Path file) {
        try {
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(ca.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the environment of a run that signs with a test store */
    public static Map<String, String> environment() {
        return Map.of(KeySource.PASSWORD_VARIABLE, PASSWORD);
    }
}
