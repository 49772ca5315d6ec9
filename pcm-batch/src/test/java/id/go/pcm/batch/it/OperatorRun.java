package id.go.pcm.batch.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** The packaged jar run in its own process, as an operator runs it. */
final class OperatorRun {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread pump;

    private OperatorRun(Process process) {
        this.process = process;
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
     * Starts the jar with PCM_HOME pointing at a folder of the test's own.
     *
     * @param home the job database and log folder
     * @param args the operator's arguments
     */
    static OperatorRun start(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PCM_HOME", home.toString());
        return new OperatorRun(builder.start());
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

    /** Kills the process as {@code kill -9} does. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
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
