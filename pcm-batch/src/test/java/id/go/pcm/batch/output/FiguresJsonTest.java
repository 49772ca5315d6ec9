package id.go.pcm.batch.output;

import id.go.pcm.batch.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON twin as data binding writes it: the contract's keys in the document's order, nulls kept, the same bytes. */
class FiguresJsonTest {

    private static byte[] written(FiguresDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FiguresJson().write(document, out);
        return out.toByteArray();
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    void theKeysComeInTheDocumentsOrderNotSorted() {
        JsonNode json = JsonMapper.builder().build().readTree(written(ReportFixtures.small()));
        assertEquals(List.of("schema", "period", "as_of", "zone", "inputs", "types", "national", "media", "agencies", "narratives", "history",
                "previous_period", "undrawable_text", "rejects", "headline", "findings", "settings", "submissions_refused"), keys(json));
        assertEquals(List.of("this_month", "previous", "change"), keys(json.get("headline").get("mean_score")));
        assertEquals(List.of("R", "C", "T"), keys(json.get("settings").get("weights")));
    }

    @Test
    void aProvinceCarriesItsChildrenBeforeItsScorecardAndOtherAgenciesDoNot() {
        JsonNode json = JsonMapper.builder().build().readTree(written(ReportFixtures.small()));
        for (JsonNode agency : json.get("agencies")) {
            List<String> keys = keys(agency);
            List<String> tail = keys.subList(keys.indexOf("rejected_first") + 1, keys.size());
            if (agency.get("type").stringValue().equals("PROVINSI")) {
                assertEquals(List.of("children", "children_mean_score", "scorecard"), tail, agency.get("agency_id").stringValue());
            } else {
                assertEquals(List.of("scorecard"), tail, agency.get("agency_id").stringValue());
            }
        }
        assertTrue(json.get("agencies").valueStream().anyMatch(a -> a.get("type").stringValue().equals("PROVINSI")));
    }

    @Test
    void aFigureWithNoValueIsWrittenAsNull() {
        String text = new String(written(ReportFixtures.small()), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"previous_period\" : null"), "no earlier month stored");
        assertTrue(text.contains("\"movers\" : null"));
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        assertArrayEquals(written(ReportFixtures.small()), written(ReportFixtures.small()));
    }
}
