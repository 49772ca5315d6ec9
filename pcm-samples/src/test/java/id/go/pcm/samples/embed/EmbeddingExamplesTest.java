package id.go.pcm.samples.embed;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedding examples run and say what they should, so they cannot drift from the library. */
class EmbeddingExamplesTest {

    private static String run(Runnable program) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            program.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void feedingRecordsFromADatabaseGivesTheirScores() {
        String out = run(() -> FeedFromDatabase.main(new String[0]));
        // Bandung: on time, complete, covered within the window: 0.3·100 + 0.5·100 + 0.2·100
        assertTrue(out.contains("KOTA-32.73   report ON_TIME  score 100.00 SANGAT_BAIK"), out);
        assertTrue(out.contains("PROV-JABAR   report MISSING  score   0.00 SANGAT_KURANG"), out);
    }

    @Test
    void evaluatingTheBundledMonthPrintsItsFigures() {
        Path month = Path.of("months", "2024-09");
        String out = run(() -> EvaluateFolder.main(new String[]{month.toString(), "2024-09", "2024-10-10T00:00:00+07:00"}));
        assertTrue(out.startsWith("Active agencies: 596,"), out);
        assertTrue(out.contains("dissemination.csv"), out);
    }
}
