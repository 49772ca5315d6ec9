package id.go.pcm.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.management.ObjectName;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The class-data-sharing archive that lets later runs start sooner (Java 17's dynamic
 * CDS archive): the launcher {@code bin/pcm-batch} asks for it, by starting the JVM with
 * {@code -XX:+RecordDynamicDumpInfo} and {@link #PROPERTY} naming the file, when it has none for
 * this PCM and this Java, and starts later runs with {@code -XX:SharedArchiveFile}.
 *
 * <p>The archive is written here, at the end of a month run that ended with exit 0, rather than by
 * {@code -XX:ArchiveClassesAtExit}, which writes at any exit: a first run refused for a mistyped
 * argument would leave an archive of the few classes it loaded, and every later run would start
 * from it. It is written under a name of this process's own and renamed into place, so that two
 * first runs at once each leave a whole archive, and a run killed while writing leaves no file the
 * launcher would use. It is a help, never a condition: any failure is logged and the run's status
 * stays what it was.
 */
final class StartupArchive {

    /** The system property naming the archive to write: set by the launcher, never by operators. */
    static final String PROPERTY = "pcm.cds.archive";

    private static final Logger LOG = LoggerFactory.getLogger(StartupArchive.class);

    private StartupArchive() {
    }

    /**
     * Writes the archive the launcher asked for, if it asked.
     *
     * @param archive the file to write, from {@link #PROPERTY}; nothing is done when {@code null} or blank
     */
    static void writeIfAsked(String archive) {
        if (archive == null || archive.isBlank()) {
            return;
        }
        Path target = Path.of(archive);
        Path partial = target.resolveSibling(target.getFileName() + ".part-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(target.getParent());
            long start = System.nanoTime();
            int linked = linkLoaded(StartupArchive.class.getClassLoader());
            Object answer = dump(partial);
            if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
                LOG.warn("No class-data archive was written to {}: {}", partial, String.valueOf(answer).strip());
                return;
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Class-data archive {} written in {} ms ({} classes linked for it): later runs start from it", target,
                    (System.nanoTime() - start) / 1_000_000, linked);
            removeOthers(target);
        } catch (Exception | Error e) {
            // Even an OutOfMemoryError here: the month is published, and its exit status stands.
            LOG.warn("The class-data archive {} could not be written ({}); runs start without it", target, e.toString());
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (Exception e) {
                LOG.debug("Could not remove {}", partial, e);
            }
        }
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
            return command("vmCds", "dynamic_dump", file.toString());
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
     * Removes the archives of earlier PCM or Java versions beside the new one: the launcher names each
     * archive for the jars and the Java it was made with, so that they would otherwise pile up at each
     * upgrade, tens of MiB each.
     */
    private static void removeOthers(Path kept) {
        try (var archives = Files.newDirectoryStream(kept.getParent(), "pcm-*.jsa")) {
            for (Path archive : archives) {
                if (!archive.getFileName().equals(kept.getFileName())) {
                    Files.deleteIfExists(archive);
                    LOG.info("Removed the outdated class-data archive {}", archive);
                }
            }
        } catch (Exception e) {
            LOG.debug("Could not remove outdated class-data archives beside {}", kept, e);
        }
    }
}
