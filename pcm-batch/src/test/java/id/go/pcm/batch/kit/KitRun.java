package id.go.pcm.batch.kit;

import id.go.pcm.batch.PcmBatchApplication;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: {@code --kits} run in this JVM as the operator runs it, with a home of the test's own.
 *
 * @param exit the exit status
 * @param out  what it printed on standard output
 * @param err  what it printed on standard error
 */
record KitRun(int exit, String out, String err) {

    static final Path NATIONAL = Path.of("../pcm-samples/months/2024-09").toAbsolutePath().normalize();
    static final Path KUTAI_TIMUR = Path.of("../pcm-samples/months/kutai-timur-2024-09").toAbsolutePath().normalize();

    static KitRun of(Path home, String... args) {
        List<String> all = new ArrayList<>(List.of("--kits"));
        all.addAll(List.of(args));
        all.add("--pcm.home=" + home);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PcmBatchApplication.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new KitRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
