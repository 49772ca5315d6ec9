package id.go.pcm.batch.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** The packaged jar run in its own process, as an operator runs it. */
final class OperatorRun {

    /** The three outputs of a September 2024 run. */
    static final List<String> SEPTEMBER_OUTPUTS = List.of("pcm-rejects-2024-09.csv", "pcm-figures-2024-09.json",
            "pcm-report-2024-09.pdf", "pcm-rapor-2024-09");
    /** The as-of the ITs evaluate September 2024 at, so that runs compare byte for byte. */
    static final String AS_OF = "--as-of=2024-10-10T00:00:00+07:00";

    /**
     * @param output a file, or a folder (the scorecards)
     * @return its bytes; for a folder, each file's name and SHA-256 in name order, so that two folders
     *         compare as their files do
     */
    static byte[] content(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return Files.readAllBytes(output);
        }
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try (java.util.stream.Stream<Path> files = Files.list(output)) {
            for (Path file : files.sorted().toList()) {
                all.write(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                all.write(0);
                try {
                    all.write(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return all.toByteArray();
    }

    /**
     * @param folder a folder, perhaps not there
     * @return the names of what it holds, sorted; none when it is not there
     */
    static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread pump;
    private final Path log;
    private long logRead;
    private final List<String> unread = new ArrayList<>();

    private OperatorRun(Process process, Path log, long logStart) {
        this.process = process;
        this.log = log;
        this.logRead = logStart;
        this.pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        });
        pump.start();
    }

    /**
     * Starts the job as an operator does, through the build's launcher with the JVM options it
     * chooses, with PCM_HOME pointing at a folder of the test's own. Without the class-data archive:
     * every test's home is new, so every run would be a first one and write it.
     *
     * @param home the job database and log folder
     * @param args the operator's arguments
     */
    static OperatorRun start(Path home, String... args) throws IOException {
        return startWith(Map.of(), home, args);
    }

    /**
     * Starts the job as {@link #start} does, with variables added to its environment
     * ({@code PCM_SIGN_PASSWORD}, {@code SOFTHSM2_CONF}).
     */
    static OperatorRun startWith(Map<String, String> environment, Path home, String... args) throws IOException {
        return start(List.of(launcher().toString()), withoutArchive(environment), home, List.of(args));
    }

    /**
     * Starts the job as {@link #start} does, with SIGINT's default action restored, so that it can be
     * interrupted as Ctrl-C does: a shell's background job ignores SIGINT, a build started from one
     * passes that on to every process it starts, and the JVM leaves an ignored signal ignored.
     */
    static OperatorRun startInterruptible(Path home, String... args) throws IOException {
        // env execs the launcher, which execs java: the same pid
        return start(List.of("env", "--default-signal=INT", launcher().toString()), withoutArchive(Map.of()), home,
                List.of(args));
    }

    /** Starts the packaged jar itself, {@code java -jar pcm-batch.jar}, as a launcher's reference. */
    static OperatorRun startJar(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar()));
        return start(command, Map.of(), home, List.of(args));
    }

    private static Map<String, String> withoutArchive(Map<String, String> environment) {
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.putIfAbsent("PCM_CDS", "off");
        return all;
    }

    /**
     * Starts the operator's launcher, {@code bin/pcm-batch} of the build or of an installation, as
     * {@link #start} starts the jar: with PCM_HOME pointing at a folder of the test's own, and the
     * JVM options the launcher chooses.
     *
     * @param launcher    the script (or a symlink to it)
     * @param environment variables added to its environment ({@code JAVA_HOME}, {@code JAVA_TOOL_OPTIONS})
     */
    static OperatorRun startLauncher(Path launcher, Map<String, String> environment, Path home, String... args)
            throws IOException {
        return start(List.of(launcher.toString()), environment, home, List.of(args));
    }

    /** The build's launcher, {@code target/bin/pcm-batch}, beside the jar. */
    static Path launcher() {
        return Path.of(jar()).resolveSibling("bin").resolve("pcm-batch");
    }

    private static OperatorRun start(List<String> head, Map<String, String> environment, Path home, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>(head);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("PCM_HOME", home.toString());
        Path log = home.resolve("logs/pcm-batch.log");
        long logStart = Files.exists(log) ? Files.size(log) : 0; // earlier runs of the same home logged before it
        return new OperatorRun(builder.start(), log, logStart);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jar() {
        String jar = System.getProperty("pcm.jar");
        if (jar == null) {
            throw new IllegalStateException("pcm.jar is not set: run the integration tests with mvn verify");
        }
        return jar;
    }

    /** Waits for a line of output, or fails after the timeout. */
    void awaitLine(Predicate<String> wanted, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (lines.stream().noneMatch(wanted)) {
            if (System.currentTimeMillis() > deadline || !process.isAlive() && lines.stream().noneMatch(wanted)) {
                if (!process.isAlive()) {
                    pump.join(1000);
                    if (lines.stream().anyMatch(wanted)) {
                        return;
                    }
                }
                throw new AssertionError("no such line within " + timeoutMillis + " ms; output: " + lines);
            }
            Thread.sleep(20);
        }
    }

    /**
     * Waits until this run writes a line to its log file ({@code PCM_HOME/logs/pcm-batch.log}), which
     * tells where the job is (Spring Batch's "Executing step: [publish]", PCM's "Writing …"), or fails
     * after the timeout. It reads the file every millisecond, so that a kill can follow within a few.
     *
     * @return the line
     */
    String awaitLogLine(Predicate<String> wanted, long timeoutMillis) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            List<String> gained = newLogLines();
            for (int i = 0; i < gained.size(); i++) {
                if (wanted.test(gained.get(i))) {
                    unread.addAll(gained.subList(i + 1, gained.size())); // for the next newLogLines()
                    return gained.get(i);
                }
            }
            if (System.currentTimeMillis() > deadline || !process.isAlive() && newLogLines().stream().noneMatch(wanted)) {
                throw new AssertionError("no such log line within " + timeoutMillis + " ms; output: " + lines);
            }
            Thread.sleep(1);
        }
    }

    /** The complete lines the log file gained since the last call; a line still being written waits for the next. */
    List<String> newLogLines() throws IOException {
        List<String> lines = new ArrayList<>(unread);
        unread.clear();
        lines.addAll(readLogLines());
        return lines;
    }

    private List<String> readLogLines() throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        byte[] gained;
        try (SeekableByteChannel channel = Files.newByteChannel(log)) {
            if (channel.size() <= logRead) {
                return List.of();
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) (channel.size() - logRead));
            channel.position(logRead);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // read what is there
            }
            gained = java.util.Arrays.copyOf(buffer.array(), buffer.position());
        }
        int end = gained.length - 1;
        while (end >= 0 && gained[end] != '\n') {
            end--;
        }
        logRead += end + 1;
        return end < 0 ? List.of() : new String(gained, 0, end, StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * Sends the process a signal, as {@code kill -NAME pid} does.
     *
     * @param name {@code INT}, {@code TERM}, …
     */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** Kills the process as {@code kill -9} does. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits for the process to end, or kills it and fails after the timeout: a run that does not end
     * by itself is a failure, not a hung build.
     */
    int await(long timeoutMillis) throws InterruptedException {
        if (!process.waitFor(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running " + timeoutMillis + " ms later; output: " + lines);
        }
        return await();
    }

    int await() throws InterruptedException {
        int exit = process.waitFor();
        pump.join(5000);
        return exit;
    }

    List<String> output() {
        return lines;
    }
}
