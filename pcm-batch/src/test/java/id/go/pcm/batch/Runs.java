package id.go.pcm.batch;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs the batch in this JVM as the operator's command line would, against a job database of the test's own. */
final class Runs {

    /** The exit status and what the operator saw. */
    record Result(int exit, String out, String err) {
    }

    private final Path home;
    private final List<String> database;

    /** @param home a folder of the test's own for the embedded job database and the log */
    Runs(Path home) {
        this(home, List.of("--spring.datasource.url=jdbc:h2:file:" + home.resolve("db/pcm")));
    }

    /**
     * @param home     a folder of the test's own for the log
     * @param database the {@code --spring.datasource.*} arguments of the job database
     */
    Runs(Path home, List<String> database) {
        this.home = home;
        this.database = List.copyOf(database);
    }

    Result run(String... args) {
        return runIn(System.getenv(), args);
    }

    /** Runs in the environment given instead of this process's: how a test sets {@code PCM_SIGN_PASSWORD}. */
    Result runIn(Map<String, String> environment, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(database);
        all.add("--pcm.home=" + home);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PcmBatchApplication.run(all.toArray(String[]::new), environment,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path month(String period) {
        try {
            return Path.of(Runs.class.getResource("/months/" + period).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a bundled month into a folder the test may change. */
    static Path copyOf(String period, Path into) {
        try (Stream<Path> files = Files.list(month(period))) {
            Files.createDirectories(into);
            for (Path file : files.toList()) {
                Files.copy(file, into.resolve(file.getFileName()));
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(Path file) {
        return JsonMapper.builder().build().readTree(file.toFile());
    }
}
