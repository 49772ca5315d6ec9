package id.go.pcm.batch.job;

import id.go.pcm.Language;
import id.go.pcm.batch.cli.RunRequest;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** What the Spring tests of the job share: a home of their own and the bundled month to run. */
public final class JobTests {

    private JobTests() {
    }

    /**
     * Gives a Spring test's context a PCM home of its own, with its embedded job database in it.
     *
     * @param registry the test's dynamic properties
     * @param home     the home, a temporary folder
     */
    public static void embeddedHome(DynamicPropertyRegistry registry, Path home) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + home.resolve("db/pcm"));
        registry.add("pcm.home", () -> home.toString());
    }

    /**
     * @param output the output folder
     * @return the bundled September 2024 as of 10 October, in Indonesian, at the default reject ratio
     */
    public static RunRequest september(Path output) {
        try {
            Path month = Path.of(JobTests.class.getResource("/months/2024-09").toURI());
            return new RunRequest(YearMonth.of(2024, 9), month, output, OffsetDateTime.parse("2024-10-10T00:00:00+07:00"),
                    Language.ID, 0.5);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
