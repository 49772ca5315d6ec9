package id.go.pcm.batch.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar on the hand-checked month of pcm-core's end-to-end test (11 active agencies, 4
 * narratives, 41 faulty rows, BOM, semicolons, CRLF, quoted line breaks): the JSON carries the
 * figures worked out by hand there (see pcm-core's MonthFolderEndToEndTest for the arithmetic).
 */
class HandCheckedMonthIT {

    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    @Test
    void theJarsFiguresAreTheHandCheckedOnes() throws Exception {
        Path month = Path.of("..", "pcm-core", "src", "test", "resources", "months", "2024-09").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(month), month.toString());
        Path out = dir.resolve("out");
        OperatorRun run = OperatorRun.start(dir.resolve("home"), "--period=2024-09", "--input=" + month, "--output=" + out,
                "--as-of=2024-10-10T00:00:00+07:00", "--max-reject-ratio=1"); // faults of every kind on purpose
        assertEquals(0, run.await(), String.join("\n", run.output()));

        JsonNode json = JsonMapper.builder().build().readTree(out.resolve("pcm-figures-2024-09.json").toFile());
        JsonNode n = json.get("national");
        assertEquals(11, n.get("active_agencies").asInt());
        assertEquals(6, n.at("/reports/ON_TIME").asInt());
        assertEquals(3, n.at("/reports/LATE").asInt());
        assertEquals(2, n.at("/reports/MISSING").asInt());
        assertEquals(4, n.get("narratives").asInt());
        assertEquals(23, n.get("targeted_pairs").asInt());
        assertEquals(18, n.get("covered_pairs").asInt());
        assertEquals(13, n.get("on_time_pairs").asInt());
        assertEquals(100.0 * 18 / 23, n.get("coverage_pct").asDouble(), EPS);
        assertEquals(100.0 * 13 / 23, n.get("timeliness_pct").asDouble(), EPS);
        assertEquals(727.5 / 11, n.get("mean_score").asDouble(), EPS);
        assertEquals(81.25, n.at("/mean_score_by_type/KABUPATEN").asDouble(), EPS);
        assertEquals(2, n.at("/categories/SANGAT_BAIK").asInt());
        assertEquals(2, n.at("/categories/BAIK").asInt());
        assertEquals(3, n.at("/categories/CUKUP").asInt());
        assertEquals(3, n.at("/categories/KURANG").asInt());
        assertEquals(1, n.at("/categories/SANGAT_KURANG").asInt());
        JsonNode media = json.get("media");
        assertEquals(14, media.get("items").asInt());
        assertEquals(4.0 / 14, media.get("net_sentiment").asDouble(), EPS);

        long rejectRows = Files.readAllLines(out.resolve("pcm-rejects-2024-09.csv")).size() - 1;
        long rejected = 0;
        for (JsonNode input : json.get("inputs")) {
            rejected += input.get("rejected").asLong();
            assertEquals(input.get("rows").asLong(), input.get("accepted").asLong() + input.get("rejected").asLong());
        }
        assertEquals(41, rejected, "the month's faulty rows");
        assertEquals(rejected, rejectRows, "one line per rejected row (no reject message spans lines)");
    }
}
