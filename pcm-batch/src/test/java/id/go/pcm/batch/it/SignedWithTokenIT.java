package id.go.pcm.batch.it;

import id.go.pcm.batch.sign.TestKeys;
import id.go.pcm.batch.sign.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing with a key on a PKCS#12 token (SPEC 8), as an operator with an HSM does: SoftHSM2 holds a
 * token of the test's own ({@code SOFTHSM2_CONF}), the test's key is imported into it with the JDK's
 * keytool through SunPKCS11, and the packaged jar signs with {@code --sign-pkcs11}. The month verifies
 * in {@code pdfsig} and {@code openssl cms}, two runs give the same bytes (RSA), and a wrong PIN is
 * exit 2 with one line, before anything is read or written.
 */
class SignedWithTokenIT {

    private static final String PIN = "Pin-Uji-246813";
    private static final String SO_PIN = "So-Pin-Uji-975310";
    private static final List<String> LIBRARIES = List.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so", "/usr/lib/softhsm/libsofthsm2.so");

    @TempDir
    static Path dir;
    private static Path softhsmConf;
    private static Path providerConfig;
    private static Path ca;

    @BeforeAll
    static void makeToken() throws IOException {
        Path softhsm = Tools.require("softhsm2-util", "softhsm2");
        String library = LIBRARIES.stream().filter(l -> Files.isRegularFile(Path.of(l))).findFirst()
                .orElseThrow(() -> new AssertionError("SoftHSM2's PKCS#11 library is not installed (looked in " + LIBRARIES
                        + "); install it with: apt-get install -y softhsm2"));
        Path tokens = Files.createDirectories(dir.resolve("tokens"));
        softhsmConf = Files.writeString(dir.resolve("softhsm2.conf"), "directories.tokendir = " + tokens + "\n"
                + "objectstore.backend = file\nlog.level = ERROR\n");
        Map<String, String> token = Map.of("SOFTHSM2_CONF", softhsmConf.toString());
        Tools.Ran init = Tools.run(token, List.of(softhsm.toString(), "--init-token", "--free", "--label", "pcm",
                "--pin", PIN, "--so-pin", SO_PIN));
        assertEquals(0, init.exit(), init.output());
        providerConfig = Files.writeString(dir.resolve("pkcs11.cfg"), "name = PCM-SoftHSM\nlibrary = " + library
                + "\nslotListIndex = 0\n");

        TestKeys keys = TestKeys.create();
        Path store = keys.pkcs12(dir.resolve("pcm.p12"));
        ca = keys.caPem(dir.resolve("ca.pem"));
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Tools.Ran imported = Tools.run(token, List.of(keytool, "-importkeystore", "-noprompt",
                "-srckeystore", store.toString(), "-srcstoretype", "PKCS12", "-srcstorepass", TestKeys.PASSWORD,
                "-destkeystore", "NONE", "-deststoretype", "PKCS11", "-providerClass", "sun.security.pkcs11.SunPKCS11",
                "-providerArg", providerConfig.toString(), "-deststorepass", PIN));
        assertEquals(0, imported.exit(), imported.output());
    }

    private static OperatorRun september(Path home, Path out, String pin) throws IOException {
        return OperatorRun.startWith(Map.of("SOFTHSM2_CONF", softhsmConf.toString(), "PCM_SIGN_PASSWORD", pin), home,
                "--period=2024-09", "--input=" + month(), "--output=" + out, OperatorRun.AS_OF,
                "--sign-pkcs11=" + providerConfig);
    }

    private static Path month() {
        try {
            return Path.of(SignedWithTokenIT.class.getResource("/months/2024-09").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMonthSignedOnTheTokenVerifiesAndTwoRunsGiveTheSameBytes() throws Exception {
        Path home = dir.resolve("home");
        Path out = dir.resolve("out");
        OperatorRun first = september(home, out, PIN);
        assertEquals(0, first.await(120_000), String.join("\n", first.output()));

        Path report = out.resolve("pcm-report-2024-09.pdf");
        assertTrue(Tools.pdfsig(out.resolve("pcm-rapor-2024-09/JABAR.pdf")).output().contains("Signature is Valid"),
                "the scorecards are signed on the token too");
        Tools.Ran pdfsig = Tools.pdfsig(report);
        assertTrue(pdfsig.output().contains("Signature Validation: Signature is Valid."), pdfsig.output());
        assertTrue(pdfsig.output().contains("Signer Certificate Common Name: Kementerian Komunikasi dan Digital (uji)"),
                pdfsig.output());
        for (String data : List.of("pcm-figures-2024-09.json", "pcm-rejects-2024-09.csv")) {
            Tools.Ran verified = Tools.opensslVerify(out.resolve(data), out.resolve(data + ".p7s"), ca);
            assertEquals(0, verified.exit(), data + ": " + verified.output());
        }
        List<byte[]> before = bytes(out);

        OperatorRun second = september(home, out, PIN);
        assertEquals(0, second.await(120_000), String.join("\n", second.output()));
        List<byte[]> after = bytes(out);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertArrayEquals(before.get(i), after.get(i), "file " + i + " of " + OperatorRun.names(out));
        }
        assertFalse(Files.readString(home.resolve("logs/pcm-batch.log")).contains(PIN), "the log holds the PIN");
        assertFalse(String.join("\n", first.output()).contains(PIN));
    }

    @Test
    void aWrongPinIsExit2WithOneLineAndNothingReadOrWritten() throws Exception {
        Path home = dir.resolve("home-wrong-pin");
        Path out = dir.resolve("out-wrong-pin");
        OperatorRun run = september(home, out, "Salah-999999");

        assertEquals(2, run.await(60_000), String.join("\n", run.output()));
        assertEquals(1, run.output().size(), run.output().toString());
        String line = run.output().get(0);
        assertTrue(line.startsWith("pcm: --sign-pkcs11=" + providerConfig + ": the token refused the PIN in PCM_SIGN_PASSWORD"),
                line);
        assertFalse(line.contains("Salah-999999"), line);
        assertFalse(Files.exists(out), "nothing written");
        assertFalse(Files.exists(home.resolve("db")), "no job database: nothing started, nothing read");
    }

    /** Every output, the scorecards' folder as its files (OperatorRun.content). */
    private static List<byte[]> bytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().map(f -> {
                try {
                    return OperatorRun.content(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
