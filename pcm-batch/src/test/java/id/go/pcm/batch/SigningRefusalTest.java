package id.go.pcm.batch;

import id.go.pcm.batch.sign.KeySource;
import id.go.pcm.batch.sign.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A key that cannot be used refuses the run while the arguments are checked (SPEC 8): exit 2, one
 * line, and nothing read or written. The input folder given is empty, so a run that went on to read
 * would end with exit 3; no job database, log or output folder appears, so Spring never started.
 */
class SigningRefusalTest {

    @TempDir
    static Path keys;
    private static TestKeys test;
    private static Path store;

    @TempDir
    Path dir;
    private Path home;
    private Path input;
    private Path out;

    @BeforeAll
    static void makeKeys() {
        test = TestKeys.create();
        store = test.pkcs12(keys.resolve("pcm.p12"));
    }

    @BeforeEach
    void setUp() throws IOException {
        home = dir.resolve("home");
        input = Files.createDirectories(dir.resolve("empty-month"));
        out = dir.resolve("out");
    }

    /** Runs September with the arguments and the environment, and returns the refusal's one line. */
    private String refused(Map<String, String> environment, String... signing) throws IOException {
        List<String> args = new ArrayList<>(List.of("--period=2024-09", "--input=" + input, "--output=" + out,
                "--as-of=2024-10-10T00:00:00+07:00"));
        args.addAll(List.of(signing));
        Runs.Result result = new Runs(home).runIn(environment, args.toArray(String[]::new));

        assertEquals(2, result.exit(), result.out() + result.err());
        assertEquals("", result.out(), "nothing started");
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("pcm: "), result.err());
        assertFalse(result.err().contains(TestKeys.PASSWORD), result.err());
        assertFalse(Files.exists(out), "nothing written");
        assertFalse(Files.exists(home.resolve("db")), "no job database: Spring did not start, no input was read");
        if (Files.exists(home.resolve("logs/pcm-batch.log"))) {
            assertFalse(Files.readString(home.resolve("logs/pcm-batch.log")).contains(TestKeys.PASSWORD));
        }
        return result.err().strip();
    }

    @Test
    void aKeyStoreThatIsNotThereIsRefused() throws IOException {
        String line = refused(TestKeys.environment(), "--sign-keystore=" + keys.resolve("missing.p12"));
        assertTrue(line.contains("missing.p12: no such file"), line);
    }

    @Test
    void aWrongPasswordIsRefused() throws IOException {
        String line = refused(Map.of(KeySource.PASSWORD_VARIABLE, "Salah-Sandi-4242"), "--sign-keystore=" + store);
        assertTrue(line.contains("the password in PCM_SIGN_PASSWORD is not this key store's"), line);
        assertFalse(line.contains("Salah-Sandi-4242"), line);
    }

    @Test
    void anUnsetPasswordIsRefused() throws IOException {
        String line = refused(Map.of(), "--sign-keystore=" + store);
        assertTrue(line.startsWith("pcm: PCM_SIGN_PASSWORD is not set"), line);
    }

    @Test
    void aStoreWithoutAPrivateKeyIsRefused() throws IOException {
        String line = refused(TestKeys.environment(), "--sign-keystore=" + test.certificatesOnly(keys.resolve("certs.p12")));
        assertTrue(line.contains("holds no private key"), line);
    }

    @Test
    void aCertificateExpiredAtTheAsOfIsRefused() throws IOException {
        Path expired = TestKeys.create(Instant.parse("2022-01-01T00:00:00Z"), Instant.parse("2024-09-30T00:00:00Z"))
                .pkcs12(keys.resolve("expired.p12"));
        String line = refused(TestKeys.environment(), "--sign-keystore=" + expired);
        assertTrue(line.contains("to 2024-09-30T00:00:00Z, not at the as-of time 2024-10-10T00:00+07:00"), line);
    }

    @Test
    void aCertificateNotYetValidAtTheAsOfIsRefused() throws IOException {
        Path later = TestKeys.create(Instant.parse("2024-11-01T00:00:00Z"), TestKeys.UNTIL).pkcs12(keys.resolve("later.p12"));
        String line = refused(TestKeys.environment(), "--sign-keystore=" + later);
        assertTrue(line.contains("valid from 2024-11-01T00:00:00Z"), line);
    }

    @Test
    void severalKeysWithoutAnAliasAreRefused() throws IOException {
        Path two = TestKeys.store(keys.resolve("two.p12"), Map.of("a", test, "b", TestKeys.create()));
        String line = refused(TestKeys.environment(), "--sign-keystore=" + two);
        assertTrue(line.contains("holds 2 keys (a, b); choose one with --sign-alias=NAME"), line);
    }

    @Test
    void signingOptionsThatContradictAreRefused() throws IOException {
        assertTrue(refused(TestKeys.environment(), "--sign-keystore=" + store, "--sign-pkcs11=" + store)
                .contains("both given"));
        assertTrue(refused(TestKeys.environment(), "--sign-alias=pcm").contains("--sign-alias needs --sign-keystore"));
        String line = refused(TestKeys.environment(), "--sign-keystore=" + store, "--sign-password=" + TestKeys.PASSWORD);
        assertTrue(line.contains("read from the environment variable PCM_SIGN_PASSWORD only"), line);
    }

    @Test
    void theCheckTakesNoSigningOption() {
        Runs.Result result = new Runs(home).runIn(TestKeys.environment(), "--check", "--period=2024-09",
                "--input=" + Runs.month("2024-09"), "--sign-keystore=" + store);
        assertEquals(2, result.exit(), result.err());
        assertEquals("pcm: --sign-keystore is not used with --check: a check writes nothing to sign; remove it.",
                result.err().strip());
    }
}
