package id.go.pcm.batch.sign;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening the operator's key (SPEC 8): what is accepted, and each refusal as one line without the password. */
class SigningKeyTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-10-10T00:00:00+07:00");
    private static final Instant NOW = Instant.now();

    @TempDir
    static Path dir;
    private static TestKeys keys;
    private static Path store;

    @BeforeAll
    static void makeKeys() {
        keys = TestKeys.create();
        store = keys.pkcs12(dir.resolve("pcm.p12"));
    }

    private static KeySource pkcs12(Path file, String alias) {
        return new KeySource(KeySource.Kind.PKCS12, file, alias);
    }

    /** Opens a key that must be refused and returns the refusal's line, checked to be one line without the password. */
    private static String refusal(KeySource source, Map<String, String> environment, OffsetDateTime asOf) {
        SigningKeyException e = assertThrows(SigningKeyException.class, () -> SigningKey.open(source, environment, asOf, NOW));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertFalse(e.getMessage().contains(TestKeys.PASSWORD), e.getMessage());
        return e.getMessage();
    }

    @Test
    void opensTheStoresOnlyKeyWithItsChainAndNamesTheSigner() {
        try (SigningKey key = SigningKey.open(pkcs12(store, null), TestKeys.environment(), AS_OF, NOW)) {
            assertEquals(TestKeys.SUBJECT, key.subject());
            assertEquals(2, key.chain().size());
            assertEquals(keys.signer(), key.chain().get(0));
            assertEquals(keys.ca(), key.chain().get(1));
            assertTrue(key.identity().startsWith("PKCS12 " + store + " alias=pcm certificate-sha256="), key.identity());
            assertFalse(key.toString().contains(TestKeys.PASSWORD), key.toString());
        }
    }

    @Test
    void aWrongPasswordIsRefusedNamingTheVariable() {
        String line = refusal(pkcs12(store, null), Map.of(KeySource.PASSWORD_VARIABLE, "salah"), AS_OF);
        assertTrue(line.contains("--sign-keystore=" + store) && line.contains("PCM_SIGN_PASSWORD") && line.contains("password"), line);
        assertFalse(line.contains("salah"), line);
    }

    @Test
    void anUnsetPasswordIsRefusedBeforeTheFileIsOpened() {
        String line = refusal(pkcs12(dir.resolve("not-there.p12"), null), Map.of(), AS_OF);
        assertTrue(line.startsWith("PCM_SIGN_PASSWORD is not set"), line);
    }

    @Test
    void anEmptyPasswordIsRefusedAsEmptyNotAsWrong() {
        String line = refusal(pkcs12(store, null), Map.of(KeySource.PASSWORD_VARIABLE, ""), AS_OF);
        assertEquals("PCM_SIGN_PASSWORD is set but empty: set it to the password of --sign-keystore=" + store
                + " (a key store without a password cannot be used).", line);
    }

    @Test
    void aMissingFileIsRefused() {
        String line = refusal(pkcs12(dir.resolve("not-there.p12"), null), TestKeys.environment(), AS_OF);
        assertTrue(line.contains("not-there.p12: no such file"), line);
    }

    @Test
    void aFileThatIsNoKeyStoreIsRefused() throws Exception {
        Path garbage = Files.writeString(dir.resolve("notes.p12"), "not a key store");
        String line = refusal(pkcs12(garbage, null), TestKeys.environment(), AS_OF);
        assertTrue(line.contains("is not a PKCS#12 key store"), line);
    }

    @Test
    void aStoreWithCertificatesAndNoPrivateKeyIsRefused() {
        Path certificates = keys.certificatesOnly(dir.resolve("certificates.p12"));
        String line = refusal(pkcs12(certificates, null), TestKeys.environment(), AS_OF);
        assertTrue(line.contains("holds no private key"), line);
    }

    @Test
    void severalKeysNeedAnAliasAndTheAliasChoosesOne() {
        TestKeys other = TestKeys.create();
        Path two = TestKeys.store(dir.resolve("two.p12"), Map.of("lama", other, "baru", keys));
        String line = refusal(pkcs12(two, null), TestKeys.environment(), AS_OF);
        assertTrue(line.contains("holds 2 keys (baru, lama); choose one with --sign-alias"), line);
        assertTrue(refusal(pkcs12(two, "tidak-ada"), TestKeys.environment(), AS_OF).contains("no private key named \"tidak-ada\""));
        try (SigningKey key = SigningKey.open(pkcs12(two, "baru"), TestKeys.environment(), AS_OF, NOW)) {
            assertEquals(keys.signer(), key.chain().get(0));
        }
    }

    @Test
    void aPkcs11ConfigurationWhoseLibraryIsMissingIsRefused() throws Exception {
        Path config = Files.writeString(dir.resolve("broken-pkcs11.cfg"), "name = Broken\nlibrary = "
                + dir.resolve("no-such-library.so") + "\nslotListIndex = 0\n");
        String line = refusal(new KeySource(KeySource.Kind.PKCS11, config, null), TestKeys.environment(), AS_OF);
        assertTrue(line.startsWith("--sign-pkcs11=" + config + ": the PKCS#11 configuration cannot be used ("), line);
    }

    @Test
    void aCertificateExpiredAtTheAsOfIsRefused() {
        Path expired = TestKeys.create(Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2024-06-30T00:00:00Z"))
                .pkcs12(dir.resolve("expired.p12"));
        String line = refusal(pkcs12(expired, null), TestKeys.environment(), AS_OF);
        assertTrue(line.contains("the signing certificate") && line.contains("not at the as-of time 2024-10-10T00:00+07:00"), line);
    }

    @Test
    void aCertificateNotYetValidAtTheAsOfIsRefused() {
        Path later = TestKeys.create(Instant.parse("2025-01-01T00:00:00Z"), TestKeys.UNTIL).pkcs12(dir.resolve("later.p12"));
        String line = refusal(pkcs12(later, null), TestKeys.environment(), AS_OF);
        assertTrue(line.contains("valid from 2025-01-01T00:00:00Z") && line.contains("not at the as-of time"), line);
    }

    @Test
    void aCertificateValidAtTheAsOfButExpiredNowIsRefused() {
        Path past = TestKeys.create(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"))
                .pkcs12(dir.resolve("past.p12"));
        String line = refusal(pkcs12(past, null), TestKeys.environment(), AS_OF);
        assertTrue(line.contains("not at now ("), line);
    }

    @Test
    void aResumedAttemptsAsOfIsCheckedToo() {
        try (SigningKey key = SigningKey.open(pkcs12(store, null), TestKeys.environment(), AS_OF, NOW)) {
            SigningKeyException e = assertThrows(SigningKeyException.class,
                    () -> key.requireValidAt(OffsetDateTime.parse("2019-06-01T00:00:00+07:00")));
            assertTrue(e.getMessage().contains("not at the as-of time 2019-06-01T00:00+07:00"), e.getMessage());
        }
    }
}
