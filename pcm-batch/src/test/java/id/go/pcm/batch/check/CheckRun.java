package id.go.pcm.batch.check;

import id.go.pcm.batch.PcmBatchApplication;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: the command line run in this JVM as the operator runs it, with a home of the test's own.
 *
 * @param exit the exit status
 * @param out  what it printed on standard output
 * @param err  what it printed on standard error
 */
record CheckRun(int exit, String out, String err) {

    /**
     * @param home the test's own folder for {@code --pcm.home}
     * @param args the command line
     * @return what the run came to
     */
    static CheckRun of(Path home, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--pcm.home=" + home);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PcmBatchApplication.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CheckRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
