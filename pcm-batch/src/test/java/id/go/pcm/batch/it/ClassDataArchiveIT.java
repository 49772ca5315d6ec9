package id.go.pcm.batch.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's class-data archive as it meets a careless world: a damaged archive, a disk without
 * room for it, a {@code PCM_HOME} with a space, a run killed while writing it, and a build tree and
 * an installation sharing one {@code PCM_HOME}. None of these may change a run's exit status.
 */
class ClassDataArchiveIT {

    private static final Path MONTH = Path.of("src", "test", "resources", "months", "2024-09").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void anArchiveIsWrittenUnderAHomeWithASpaceAndACutOneIsReplacedInsteadOfCrashingEveryRun() throws Exception {
        Path home = dir.resolve("pcm home"); // a space: the dump's diagnostic command once split the path there
        assertEquals(0, month(OperatorRun.launcher(), home, "first").await(180_000));
        Path archive = onlyArchive(home);
        assertTrue(log(home).stream().noneMatch(l -> l.contains("Unknown argument")), "the dump took the whole path");

        for (double cut : new double[] {0.10, 0.50, 0.99}) {
            truncate(archive, cut);
            OperatorRun check = OperatorRun.startLauncher(OperatorRun.launcher(), Map.of(), home, "--check",
                    "--period=2024-09", "--input=" + MONTH.resolve("reports.csv"), OperatorRun.AS_OF);
            // 4: the test month's reports.csv has a faulty row; a JVM that maps a cut archive dies of SIGBUS (134)
            assertEquals(4, check.await(60_000), "cut at " + cut + ": " + String.join("\n", check.output()));
            assertTrue(OperatorRun.names(home.resolve("cds")).isEmpty(), "the cut archive is removed");

            assertEquals(0, month(OperatorRun.launcher(), home, "after-" + cut).await(180_000), "cut at " + cut);
            archive = onlyArchive(home); // written again, whole: the next run starts from it
        }
        OperatorRun again = month(OperatorRun.launcher(), home, "again");
        FileTime made = Files.getLastModifiedTime(archive);
        assertEquals(0, again.await(180_000));
        assertEquals(made, Files.getLastModifiedTime(onlyArchive(home)), "the whole archive is used, not written again");
    }

    @Test
    void aNationalMonthsFirstRunStaysWithin512MiBWhileItWritesTheArchive() throws Exception {
        // The dump takes about 195 MiB of its own after the month: the run that writes it starts its heap
        // small and collects it first (513 MiB before, 453 after, on this month).
        Path home = dir.resolve("home");
        Path national = Path.of("../pcm-samples/months/2024-09").toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder(OperatorRun.launcher().toString(), "--period=2024-09",
                "--input=" + national, "--output=" + dir.resolve("out"), OperatorRun.AS_OF)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PCM_HOME", home.toString());
        builder.environment().remove("PCM_JAVA_OPTS");
        builder.environment().remove("JAVA_OPTS");
        Process run = builder.start();
        // The launcher execs java, so its process is the JVM; the kernel keeps its peak (VmHWM) until it ends.
        Path status = Path.of("/proc", Long.toString(run.pid()), "status");
        long peakKiB = 0;
        while (!run.waitFor(50, TimeUnit.MILLISECONDS)) {
            peakKiB = Math.max(peakKiB, highWaterMarkKiB(status));
        }
        assertEquals(0, run.exitValue());
        onlyArchive(home); // this run wrote it
        assertTrue(peakKiB > 0, "no VmHWM read from " + status);
        assertTrue(peakKiB <= 512 * 1024, "the first run peaked at " + peakKiB / 1024 + " MiB");
    }

    private static long highWaterMarkKiB(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the process ended between two readings
        }
        return 0;
    }

    @Test
    void aDiskWithoutRoomForTheArchiveLeavesTheRunsExitStatusAlone() throws Exception {
        // The real error path: the cds folder is a 40 MiB file system, and the archive takes 56 MiB. unshare
        // gives the run a mount of its own (as root, or as a user through a user namespace).
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("cds"));
        Path small = Files.writeString(dir.resolve("on-a-small-disk"), "#!/bin/sh\n"
                + "exec unshare --map-root-user --mount sh -c 'mount -t tmpfs -o size=40m tmpfs \"$PCM_HOME/cds\" && exec \"$0\" \"$@\"' "
                + "'" + OperatorRun.launcher() + "' \"$@\"\n");
        assertTrue(small.toFile().setExecutable(true));

        OperatorRun run = month(small, home, "out");
        assertEquals(0, run.await(180_000), "the month is published: " + String.join("\n", run.output()));
        assertEquals("PCM: outputs in " + dir.resolve("out"), run.output().get(run.output().size() - 1), "the run's last line");
        List<String> said = log(home).stream().filter(l -> l.contains("class-data archive")).toList();
        assertEquals(1, said.size(), "said once in the log: " + said);
        assertTrue(said.get(0).contains(" INFO ") && said.get(0).contains("MiB are free"), said.get(0));
    }

    @Test
    void aBuildTreeAndAnInstallationSharingAHomeKeepTheirArchivesAndWhatIsStaleGoes() throws Exception {
        Path home = dir.resolve("home");
        Path cds = Files.createDirectories(home.resolve("cds"));
        // Left by runs killed while writing: one of a process that is gone, one of a process still running (this one).
        Process gone = new ProcessBuilder("true").start();
        assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
        Path deadPart = Files.writeString(cds.resolve("pcm-1-2.jsa.part-" + gone.pid() + ".temp"), "half an archive");
        Path livePart = Files.writeString(cds.resolve("pcm-1-2.jsa.part-" + ProcessHandle.current().pid()), "being written");
        // An archive of an installation since deleted, and one of a PCM before records.
        Path ofGone = Files.writeString(cds.resolve("pcm-3-4.jsa"), "an archive");
        Files.writeString(cds.resolve("pcm-3-4.jsa.cksum"), "1 10\n" + dir.resolve("deleted-installation") + "\n");
        Path unrecorded = Files.writeString(cds.resolve("pcm-5.jsa"), "an archive");

        Path installed = unpack().resolve("bin/pcm-batch");
        assertEquals(0, month(OperatorRun.launcher(), home, "built").await(180_000));
        assertTrue(Files.notExists(deadPart), "a gone process's partial archive is removed");
        assertTrue(Files.exists(livePart), "a running process's partial archive is left alone");
        Files.delete(livePart);
        assertTrue(Files.notExists(ofGone) && Files.notExists(unrecorded), "stale archives are removed: "
                + OperatorRun.names(cds));
        Path ofBuild = onlyArchive(home);
        FileTime made = Files.getLastModifiedTime(ofBuild);

        assertEquals(0, month(installed, home, "installed").await(180_000));
        List<String> archives = OperatorRun.names(cds).stream().filter(n -> n.endsWith(".jsa")).toList();
        assertEquals(2, archives.size(), "the build tree's and the installation's: " + archives);
        assertEquals(0, month(OperatorRun.launcher(), home, "built-again").await(180_000));
        assertEquals(made, Files.getLastModifiedTime(ofBuild), "the build tree's archive is still there and used");
        assertEquals(archives, OperatorRun.names(cds).stream().filter(n -> n.endsWith(".jsa")).toList());
    }

    private OperatorRun month(Path launcher, Path home, String output) throws Exception {
        return OperatorRun.startLauncher(launcher, Map.of(), home, "--period=2024-09", "--input=" + MONTH,
                "--output=" + dir.resolve(output), OperatorRun.AS_OF, "--max-reject-ratio=1");
    }

    private static void truncate(Path archive, double cut) throws Exception {
        assertTrue(archive.toFile().setWritable(true)); // the JVM writes it read-only
        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
            file.setLength((long) (file.length() * cut));
        }
    }

    private static List<String> log(Path home) throws Exception {
        return Files.readAllLines(home.resolve("logs/pcm-batch.log"));
    }

    /** The one archive in the home, with its record, which says what {@code cksum} says of it. */
    private static Path onlyArchive(Path home) throws Exception {
        List<String> names = OperatorRun.names(home.resolve("cds"));
        assertEquals(2, names.size(), "one archive and its record: " + names);
        Path archive = home.resolve("cds").resolve(names.get(0));
        assertTrue(names.get(0).matches("pcm-\\d+-\\d+\\.jsa"), names.get(0));
        assertEquals(names.get(0) + ".cksum", names.get(1));
        Process cksum = new ProcessBuilder("cksum").redirectInput(archive.toFile()).start();
        String whole = new String(cksum.getInputStream().readAllBytes()).strip();
        assertEquals(whole, Files.readAllLines(archive.resolveSibling(names.get(1))).get(0));
        assertFalse(whole.isEmpty());
        return archive;
    }

    private Path unpack() throws Exception {
        Path jar = Path.of(System.getProperty("pcm.jar"));
        List<String> tarballs = OperatorRun.names(jar.getParent()).stream().filter(n -> n.matches("pcm-batch-.+\\.tar\\.gz")).toList();
        Path into = Files.createDirectories(dir.resolve("opt"));
        Process tar = new ProcessBuilder("tar", "-xzf", jar.resolveSibling(tarballs.get(0)).toString(), "-C", into.toString())
                .inheritIO().start();
        assertEquals(0, tar.waitFor());
        return into.resolve(tarballs.get(0).replaceFirst("\\.tar\\.gz$", ""));
    }
}
