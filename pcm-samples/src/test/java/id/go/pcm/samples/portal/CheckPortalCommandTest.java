package id.go.pcm.samples.portal;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal as the README starts it: its heap is bounded, as the job's launcher bounds the job's. */
class CheckPortalCommandTest {

    /** The most heap the documented command may give (the job's launcher gives 320 MiB). */
    private static final long MOST_HEAP_MIB = 512;

    @Test
    void theReadmesCommandBoundsThePortalsHeapAndChoosesTheSerialCollector() throws IOException, InterruptedException {
        String command = Files.readAllLines(Path.of("..", "README.md")).stream()
                .filter(line -> line.startsWith("java ") && line.contains(CheckPortal.class.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("the README documents no command that starts the portal"));
        List<String> words = Arrays.asList(command.split("\\s+"));
        List<String> jvmOptions = words.subList(1, words.indexOf("-cp"));
        assertTrue(jvmOptions.contains("-XX:+UseSerialGC"), "the job launcher's collector: " + command);

        // the documented JVM options, on this build's classes (the jar is made after the tests)
        List<String> child = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        child.addAll(jvmOptions);
        child.addAll(List.of("-cp", System.getProperty("java.class.path"), CheckPortal.class.getName(), "--period=2024-09",
                "--reference=" + PortalTestData.REFERENCE, "--port=0"));
        Process portal = new ProcessBuilder(child).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8))) {
            out.readLine(); // where it listens
            String said = out.readLine();
            assertNotNull(said, "the portal says how it runs");
            Matcher heap = Pattern.compile("heap up to (\\d+) MiB").matcher(said);
            assertTrue(heap.find(), said);
            assertTrue(Long.parseLong(heap.group(1)) <= MOST_HEAP_MIB, "the heap is bounded: " + said);
        } finally {
            portal.destroy();
            portal.waitFor();
        }
    }
}
