package id.go.pcm.batch.it;

import id.go.pcm.samples.MonthGenerator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's installation, {@code target/pcm-batch-VERSION.tar.gz}, unpacked as an operator
 * unpacks it: its tree, its launcher checking a file and running a month with the settings of its
 * {@code conf/application.properties}, and its systemd units.
 */
class InstallationIT {

    private static final Path MONTH = Path.of("src", "test", "resources", "months", "2024-09").toAbsolutePath();
    private static final String ISSUER = "Unit Uji Instalasi PCM";

    @TempDir
    Path dir;

    @Test
    void theTarballUnpacksIntoAnInstallationThatChecksAndRunsWithItsConf() throws Exception {
        Path top = unpack();
        assertTrue(Files.isExecutable(top.resolve("bin/pcm-batch")));
        assertTrue(Files.isRegularFile(top.resolve("lib/pcm-batch.jar")));
        List<String> libraries = new ArrayList<>(OperatorRun.names(Path.of(System.getProperty("pcm.jar")).resolveSibling("lib")));
        libraries.add("pcm-batch.jar");
        assertEquals(libraries.stream().sorted().toList(), OperatorRun.names(top.resolve("lib")), "the jar and its libraries");
        assertEquals(List.of("application.properties"), OperatorRun.names(top.resolve("conf")));
        assertEquals(List.of("pcm-batch.service", "pcm-batch.timer"), OperatorRun.names(top.resolve("systemd")));

        // --check: a clean generated file is accepted whole (0), the test month's has a faulty row (4).
        Path clean = dir.resolve("clean");
        new MonthGenerator(YearMonth.of(2024, 9), 0.01, 11, 0).writeTo(clean);
        Path home = dir.resolve("home");
        assertEquals(0, check(top, home, clean.resolve("reports.csv")));
        assertEquals(4, check(top, home, MONTH.resolve("reports.csv")));
        assertTrue(Files.notExists(home.resolve("cds")), "a --check run makes no archive");

        // The job, with the issuing unit set in conf/ only, and an archive folder that cannot be made.
        Path conf = top.resolve("conf/application.properties");
        Files.writeString(conf, Files.readString(conf) + "\npcm.report.issuer=" + ISSUER + "\n");
        Files.createDirectories(home);
        Files.writeString(home.resolve("cds"), "a file where the archive folder would go");
        Path out = dir.resolve("out");
        OperatorRun run = OperatorRun.startLauncher(top.resolve("bin/pcm-batch"), Map.of(), home, "--period=2024-09",
                "--input=" + MONTH, "--output=" + out, OperatorRun.AS_OF, "--max-reject-ratio=1");
        assertEquals(0, run.await(180_000), "no archive is no failure: " + String.join("\n", run.output()));
        try (PDDocument report = Loader.loadPDF(out.resolve("pcm-report-2024-09.pdf").toFile())) {
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertTrue(cover.getText(report).contains(ISSUER.toUpperCase(Locale.ROOT)), "the cover names conf/'s issuing unit");
        }
    }

    @Test
    void theSystemdUnitsAreValidAndTheServiceRunsThePreviousMonth() throws Exception {
        Path top = unpack();
        Path service = top.resolve("systemd/pcm-batch.service");
        Map<String, String> keys = unitKeys(service);
        assertEquals("pcm", keys.get("User"));
        assertEquals("SIGTERM", keys.get("KillSignal"));
        assertTrue(Integer.parseInt(keys.get("TimeoutStopSec")) >= 90, "time for a publication under way to finish");
        assertEquals("*-*-11 01:00:00 Asia/Jakarta", unitKeys(top.resolve("systemd/pcm-batch.timer")).get("OnCalendar"));

        // The service's own command, with the launcher replaced by echo, in the zone the unit sets.
        String command = keys.get("ExecStart").replace("%%", "%").replace("/opt/pcm-batch/bin/pcm-batch", "echo");
        assertTrue(command.startsWith("/bin/sh -c '") && command.endsWith("'"), command);
        String zone = keys.get("Environment").lines().filter(e -> e.startsWith("TZ=")).findFirst().orElseThrow().substring(3);
        Result echoed = run(Map.of("TZ", zone), "/bin/sh", "-c", command.substring("/bin/sh -c '".length(), command.length() - 1));
        String previous = YearMonth.now(ZoneId.of(zone)).minusMonths(1).toString();
        assertEquals("--period=" + previous + " --input=/srv/pcm/in/" + previous + " --output=/srv/pcm/out/" + previous,
                echoed.output().strip());

        // systemd's own reading of the units (Debian: the systemd package).
        assertTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")),
                "systemd-analyze is not installed: apt-get install -y systemd (./verify does)");
        Result verify = run(Map.of(), "systemd-analyze", "verify", "--man=no", service.toString(),
                top.resolve("systemd/pcm-batch.timer").toString());
        assertEquals(0, verify.exit(), verify.output());
        assertEquals("", verify.output().strip(), "systemd finds nothing to warn about");
        Result calendar = run(Map.of("TZ", "UTC"), "systemd-analyze", "calendar", "--iterations=2", "*-*-11 01:00:00 Asia/Jakarta");
        assertTrue(calendar.output().matches("(?s).*Next elapse: \\w+ \\d{4}-\\d{2}-10 18:00:00 UTC.*"), calendar.output());
    }

    private Path unpack() throws Exception {
        Path jar = Path.of(System.getProperty("pcm.jar"));
        List<String> tarballs = OperatorRun.names(jar.getParent()).stream().filter(n -> n.matches("pcm-batch-.+\\.tar\\.gz")).toList();
        assertEquals(1, tarballs.size(), "one tarball beside the jar: " + tarballs);
        Path into = Files.createDirectories(dir.resolve("opt"));
        Result tar = run(Map.of(), "tar", "-xzf", jar.resolveSibling(tarballs.get(0)).toString(), "-C", into.toString());
        assertEquals(0, tar.exit(), tar.output());
        String top = tarballs.get(0).replaceFirst("\\.tar\\.gz$", "");
        assertEquals(List.of(top), OperatorRun.names(into), "one top folder");
        assertEquals(List.of("LICENSE", "NOTICE", "bin", "conf", "lib", "systemd"), OperatorRun.names(into.resolve(top)));
        return into.resolve(top);
    }

    private int check(Path top, Path home, Path file) throws Exception {
        OperatorRun check = OperatorRun.startLauncher(top.resolve("bin/pcm-batch"), Map.of(), home, "--check",
                "--period=2024-09", "--input=" + file, OperatorRun.AS_OF); // against the file's folder's agencies and narratives
        return check.await(60_000);
    }

    /** The keys of a unit file (INI: sections do not matter here), a repeated key's values one a line. */
    private static Map<String, String> unitKeys(Path unit) throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(unit)) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("[") && line.contains("=")) {
                keys.merge(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1), (a, b) -> a + "\n" + b);
            }
        }
        return keys;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        return new Result(process.exitValue(), output);
    }
}
