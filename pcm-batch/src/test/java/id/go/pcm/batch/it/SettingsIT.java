package id.go.pcm.batch.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Settings the operator got wrong, through the launcher of an installation with its
 * {@code conf/application.properties}: exit 2 and exactly one line on the console, no stack trace,
 * and nothing started (no log, no job database, no output).
 */
class SettingsIT {

    private static final Path MONTH = Path.of("src", "test", "resources", "months", "2024-09").toAbsolutePath();
    private static final Path SHIPPED_CONF = Path.of("src", "main", "dist", "conf", "application.properties");

    @TempDir
    Path dir;

    /**
     * An installation as the tarball lays it out (bin/, conf/, lib/) around the build's jar and
     * libraries, its conf/ the shipped file with lines added at its end.
     *
     * @return the launcher and the conf file's line of the first line added
     */
    private Installation installation(String... added) throws IOException {
        Path build = OperatorRun.launcher().getParent().getParent();
        Path top = Files.createDirectories(dir.resolve("opt/pcm-batch"));
        Files.createDirectories(top.resolve("bin"));
        Path launcher = Files.copy(OperatorRun.launcher(), top.resolve("bin/pcm-batch"));
        Files.createSymbolicLink(top.resolve("pcm-batch.jar"), build.resolve("pcm-batch.jar"));
        Files.createSymbolicLink(top.resolve("lib"), build.resolve("lib"));
        List<String> lines = new ArrayList<>(Files.readAllLines(SHIPPED_CONF));
        int first = lines.size() + 1;
        lines.addAll(List.of(added));
        Path conf = Files.write(Files.createDirectories(top.resolve("conf")).resolve("application.properties"), lines);
        return new Installation(launcher, conf.toRealPath(), first);
    }

    private record Installation(Path launcher, Path conf, int firstAdded) {
    }

    /** Runs the month through the launcher and returns its one line, checked to be all it printed. */
    private String refused(Installation installation, Path home, Map<String, String> environment, String... args)
            throws Exception {
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.put("PCM_CDS", "off");
        List<String> arguments = new ArrayList<>(List.of("--period=2024-09", "--input=" + MONTH,
                "--output=" + dir.resolve("out"), OperatorRun.AS_OF));
        arguments.addAll(List.of(args));
        OperatorRun run = OperatorRun.startLauncher(installation.launcher(), all, home, arguments.toArray(String[]::new));
        assertEquals(2, run.await(60_000), String.join("\n", run.output()));
        assertEquals(1, run.output().size(), "one line, no stack trace: " + String.join("\n", run.output()));
        assertFalse(Files.exists(dir.resolve("out")), "no output folder");
        if (Files.isDirectory(home)) {
            assertEquals(List.of(), OperatorRun.names(home), "nothing started in PCM_HOME");
        }
        return run.output().get(0);
    }

    @Test
    void aMisspeltKeyInTheConfFileIsOneLineNamingTheLineAndTheNearestKey() throws Exception {
        Installation installation = installation("pcm.weigths.report=0.5");
        assertEquals("pcm: pcm.weigths.report (" + installation.conf() + ", baris " + installation.firstAdded()
                        + ") bukan pengaturan PCM; maksud Anda pcm.weights.report? Perbaiki atau hapus.",
                refused(installation, dir.resolve("home"), Map.of()));
    }

    @Test
    void theCheckRefusesItToo() throws Exception {
        Installation installation = installation("", "pcm.report.isuer=Unit");
        OperatorRun check = OperatorRun.startLauncher(installation.launcher(), Map.of("PCM_CDS", "off"), dir.resolve("home"),
                "--check", "--period=2024-09", "--input=" + MONTH.resolve("reports.csv"), "--lang=en", OperatorRun.AS_OF);
        assertEquals(2, check.await(60_000), String.join("\n", check.output()));
        assertEquals(List.of("pcm: pcm.report.isuer (" + installation.conf() + ", line " + (installation.firstAdded() + 1)
                + ") is not a PCM setting; did you mean pcm.report.issuer? Correct it or remove it."), check.output());
    }

    @Test
    void aDecimalCommaIsOneLineNamingTheKeyTheValueAndTheFormWanted() throws Exception {
        Installation installation = installation("pcm.weights.report=0,3");
        assertEquals("pcm: pcm.weights.report=0,3 (" + installation.conf() + ", line " + installation.firstAdded()
                        + ") is not valid: write a decimal number with a point, from 0 to 1, e.g. 0.3.",
                refused(installation, dir.resolve("home"), Map.of(), "--lang=en"));
    }

    @Test
    void anAgenciesWordWithNoRegularPluralIsOneLineNamingTheKeyAndTheFormWanted() throws Exception {
        Installation installation = installation("pcm.report.agencies-word=perangkat daerah",
                "pcm.report.agencies-word-en=staff");
        assertEquals("pcm: pcm.report.agencies-word-en=staff (" + installation.conf() + ", line " + (installation.firstAdded() + 1)
                        + ") is not valid: write an English plural on one line of at most 150 characters, its last word ending"
                        + " in s, e.g. regional units (PCM makes the singular by dropping the s, the es after ch, sh, ss, x or z,"
                        + " or by writing y for ies).",
                refused(installation, dir.resolve("home"), Map.of(), "--lang=en"));
    }

    @Test
    void aStrayUnicodeEscapeIsOneLineNamingTheFileAndLine() throws Exception {
        Installation installation = installation("pcm.report.issuer=Dinas \\uZZZZ");
        assertEquals("pcm: " + installation.conf() + ", line " + installation.firstAdded() + ", cannot be read: \\uZZZZ is"
                        + " not a Unicode escape (\\u and four hexadecimal digits); correct it, or write a backslash as \\\\.",
                refused(installation, dir.resolve("home"), Map.of(), "--lang=en"));
    }

    @Test
    void aHomeThatIsAPlainFileIsOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("home"), "not a folder");
        assertEquals("pcm: PCM_HOME=" + file + " cannot be used as PCM's home (" + file + " is a file); set PCM_HOME to a"
                + " folder the user running PCM may write to.", refused(installation(), file, Map.of(), "--lang=en"));
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void theSigningPasswordOnTheCommandLineIsRefusedPointingAtItsVariable() throws Exception {
        String line = refused(installation(), dir.resolve("home"), Map.of(), "--lang=en", "--pcm.sign.password=Rahasia-77");
        assertEquals("pcm: pcm.sign.password (on the command line) is not taken: the signing key is named on the command line"
                + " (--sign-keystore, --sign-pkcs11, --sign-alias) and its password or PIN is read from the environment"
                + " variable PCM_SIGN_PASSWORD only; remove it.", line);
    }
}
