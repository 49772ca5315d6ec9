package id.go.pcm.batch.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How charts cut long lists and long labels. */
class ChartLabelsTest {

    @Test
    void splitsLongListsIntoNearlyEqualParts() {
        List<Integer> forty = IntStream.range(0, 41).boxed().toList();
        List<List<Integer>> parts = Charts.split(forty, 24);
        assertEquals(List.of(21, 20), parts.stream().map(List::size).toList());
        assertEquals(forty, parts.stream().flatMap(List::stream).toList(), "in order, nothing lost");
        assertEquals(List.of(24), Charts.split(forty.subList(0, 24), 24).stream().map(List::size).toList());
        assertEquals(List.of(17, 17, 17), Charts.split(IntStream.range(0, 51).boxed().toList(), 24).stream()
                .map(List::size).toList());
    }

    @Test
    void shortensLongLabelsAtAWordWithAnEllipsis() {
        assertEquals("Makan Bergizi Gratis", Charts.shorten("Makan Bergizi Gratis", 44));
        String shortened = Charts.shorten("Makan Bergizi Gratis untuk anak sekolah dan ibu hamil di seluruh Indonesia", 44);
        assertTrue(shortened.endsWith("\u2026") && shortened.codePointCount(0, shortened.length()) <= 44, shortened);
        assertEquals("Makan Bergizi Gratis untuk anak sekolah dan\u2026", shortened);
    }
}
