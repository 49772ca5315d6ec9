package id.go.pcm.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.management.ObjectName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The class-data-sharing archive that lets later runs start sooner (Java 17's dynamic
 * CDS archive): the launcher {@code bin/pcm-batch} asks for it, by starting the JVM with
 * {@code -XX:+RecordDynamicDumpInfo} and {@link #PROPERTY} naming the file, when it has no whole one
 * for this installation, this PCM, this Java and these JVM options, and starts later runs with
 * {@code -XX:SharedArchiveFile} once it has checked the archive against its {@link ArchiveRecord}.
 *
 * <p>The archive is written here, at the end of a month run that ended with exit 0, rather than by
 * {@code -XX:ArchiveClassesAtExit}, which writes at any exit: a first run refused for a mistyped
 * argument would leave an archive of the few classes it loaded, and every later run would start
 * from it. It is written under a name of this process's own, flushed, recorded and renamed into
 * place, so that two first runs at once each leave a whole archive, and a run killed while writing
 * leaves no file the launcher would use (the launcher removes what a gone process left). It is a
 * help, never a condition: the JVM ends the process with status 1 when it cannot create or fill the
 * file, so the folder and its room are checked first, and any other failure is logged; the run's
 * status stays what it was.
 */
final class StartupArchive {

    /** The system property naming the archive to write: set by the launcher, never by operators. */
    static final String PROPERTY = "pcm.cds.archive";
    /** The system property naming the installation (the launcher's top folder) the archive is for. */
    static final String INSTALLATION = "pcm.cds.installation";

    /**
     * The archive's size against the metaspace the run uses, with room to spare: the dump copies the
     * classes' metadata (the test month: 56 MiB of archive for 58 MiB of metaspace and class space).
     */
    private static final double SIZE_PER_METASPACE_BYTE = 1.5;
    /** Room left over besides the archive, for the log and the job database that follow it. */
    private static final long MARGIN = 16L << 20;

    private static final Logger LOG = LoggerFactory.getLogger(StartupArchive.class);

    private StartupArchive() {
    }

    /**
     * Writes the archive the launcher asked for, if it asked.
     *
     * @param archive      the file to write, from {@link #PROPERTY}; nothing is done when {@code null} or blank
     * @param installation the installation it is for, from {@link #INSTALLATION}
     */
    static void writeIfAsked(String archive, String installation) {
        if (archive == null || archive.isBlank()) {
            return;
        }
        Path target = Path.of(archive);
        Path partial = target.resolveSibling(target.getFileName() + ".part-" + ProcessHandle.current().pid());
        Path partialRecord = target.resolveSibling(target.getFileName() + ArchiveRecord.SUFFIX + ".part-"
                + ProcessHandle.current().pid());
        try {
            if (archive.indexOf('"') >= 0) {
                // A diagnostic command's argument is quoted to keep its spaces; a quote in it cannot be.
                LOG.info("No class-data archive is written to {}: its path holds a double quote; runs start without it", target);
                return;
            }
            Files.createDirectories(target.getParent());
            long start = System.nanoTime();
            int linked = linkLoaded(StartupArchive.class.getClassLoader());
            if (!roomFor(target)) {
                return;
            }
            Files.deleteIfExists(partial);
            Files.createFile(partial); // the folder takes files: the JVM would end the process if it did not
            // The month's data is garbage now: collected, the heap (started small by the launcher for
            // this run) gives its memory back before the dump takes about 195 MiB of its own.
            System.gc();
            Object answer = dump(partial);
            if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
                LOG.warn("No class-data archive was written to {}: {}", partial, String.valueOf(answer).strip());
                return;
            }
            try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                written.force(true); // on the disk before its name says it is whole
            }
            ArchiveRecord.describe(partial, String.valueOf(installation)).writeTo(ArchiveRecord.of(target), partialRecord);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Class-data archive {} written in {} ms ({} classes linked for it): later runs start from it", target,
                    (System.nanoTime() - start) / 1_000_000, linked);
            removeStale(target, String.valueOf(installation));
        } catch (Exception | Error e) {
            // Even an OutOfMemoryError here: the month is published, and its exit status stands.
            LOG.warn("The class-data archive {} could not be written ({}); runs start without it", target, e.toString());
        } finally {
            try {
                Files.deleteIfExists(partial);
                Files.deleteIfExists(partialRecord);
            } catch (Exception e) {
                LOG.debug("Could not remove {}", partial, e);
            }
        }
    }

    /**
     * Whether the archive's folder has room for it. The JVM's dump ends the process with status 1
     * when the disk fills under it ("Unable to write to shared archive file"), after the month was
     * published: the size is estimated from the metaspace in use, generously, and the archive is not
     * written when it might not fit.
     */
    private static boolean roomFor(Path target) throws IOException {
        long metaspace = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getName().equals("Metaspace") || pool.getName().equals("Compressed Class Space"))
                .mapToLong(pool -> pool.getUsage().getUsed()).sum();
        long needed = (long) (metaspace * SIZE_PER_METASPACE_BYTE) + MARGIN;
        long usable = Files.getFileStore(target.getParent()).getUsableSpace();
        if (usable >= needed) {
            return true;
        }
        LOG.info("No class-data archive is written to {}: {} MiB are free there and it needs about {} MiB; runs start"
                + " without it (a second or so slower) until there is room", target, usable >> 20, needed >> 20);
        return false;
    }

    /**
     * Links every class loaded so far that can be found by its name. Java 17's dynamic dump leaves out
     * the classes a run loaded but never linked (read for annotations, found by reflection: a seventh
     * of what a month run loads), and every later run would then read and verify them from the jars
     * again. Linking verifies a class without running its static initialiser.
     *
     * @return the classes found and linked
     */
    private static int linkLoaded(ClassLoader loader) throws Exception {
        // Verifying a class may load others, unlinked: a few rounds until a round finds none new.
        Set<String> tried = new HashSet<>();
        int linked = 0;
        for (int round = 0; round < 5; round++) {
            int before = tried.size();
            for (String name : loadedClassNames()) {
                if (tried.add(name)) {
                    try {
                        Class.forName(name, false, loader).getDeclaredFields(); // links it
                        linked++;
                    } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                        // not linkable from here: it stays out of the archive, as it would have anyway
                    }
                }
            }
            if (tried.size() == before) {
                break;
            }
        }
        return linked;
    }

    /** The names of the classes loaded so far, from jcmd's {@code VM.class_hierarchy}; hidden classes left out. */
    private static List<String> loadedClassNames() throws Exception {
        List<String> names = new ArrayList<>();
        for (String line : String.valueOf(command("vmClassHierarchy")).split("\n")) {
            // "|  |--org.h2.value.ValueGeometry/0x00007f…": a name and its loader (null: the boot loader);
            // a hidden class or a generated accessor has a second '/'
            int branch = line.lastIndexOf("|--");
            String entry = (branch < 0 ? line : line.substring(branch + 3)).replace(" (intf)", "").strip();
            int slash = entry.indexOf('/');
            if (slash > 0 && entry.indexOf('/', slash + 1) < 0) {
                names.add(entry.substring(0, slash));
            }
        }
        return names;
    }

    /**
     * The jcmd command {@code VM.cds dynamic_dump}, through the JVM's own diagnostic MBean (no jcmd
     * process needed). The JDK prints "Dynamic dump to file …" on {@code System.out}, which is the
     * operator's console: it is silenced while the archive is written.
     */
    private static Object dump(Path file) throws Exception {
        PrintStream console = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            // The command line is split at spaces again: the quotes keep a path with spaces whole.
            return command("vmCds", "dynamic_dump", "\"" + file + "\"");
        } finally {
            System.setOut(console);
        }
    }

    /** A jcmd command through the JVM's own diagnostic MBean. */
    private static Object command(String operation, String... arguments) throws Exception {
        return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                operation, new Object[] {arguments}, new String[] {String[].class.getName()});
    }

    /**
     * Removes the archives known to be stale beside the new one, so that the folder stays bounded:
     * those without a whole record (damaged, or of a PCM before records), those of an installation
     * that is gone, and those of this installation but the newest other one (an older PCM, Java or
     * option set: a second one is kept for an installation run both with and without
     * {@code PCM_JAVA_OPTS}). Other installations' archives stay: a build tree and an installation may
     * share a {@code PCM_HOME}.
     */
    private static void removeStale(Path kept, String installation) {
        try (var found = Files.list(kept.getParent())) {
            List<Path> ours = new ArrayList<>();
            for (Path archive : found.filter(StartupArchive::isArchive).filter(a -> !a.equals(kept)).toList()) {
                ArchiveRecord record = ArchiveRecord.read(ArchiveRecord.of(archive)).orElse(null);
                if (record == null || !Files.isDirectory(Path.of(record.installation()))) {
                    remove(archive, record == null ? "it has no whole record" : "its installation is gone");
                } else if (record.installation().equals(installation)) {
                    ours.add(archive);
                }
            }
            ours.sort(Comparator.comparing(StartupArchive::modified).reversed());
            for (Path older : ours.subList(Math.min(1, ours.size()), ours.size())) {
                remove(older, "an older one of this installation");
            }
        } catch (Exception e) {
            LOG.debug("Could not remove outdated class-data archives beside {}", kept, e);
        }
    }

    private static boolean isArchive(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("pcm-") && name.endsWith(".jsa");
    }

    private static FileTime modified(Path archive) {
        try {
            return Files.getLastModifiedTime(archive);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void remove(Path archive, String why) throws IOException {
        Files.deleteIfExists(archive);
        Files.deleteIfExists(ArchiveRecord.of(archive));
        LOG.info("Removed the class-data archive {}: {}", archive, why);
    }
}
