package id.go.pcm.batch.report;

import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

/** The score chart's layout as a pure function of its bars and how its text measures (issue 24). */
class ScoreChartTest {

    private static final List<String> TICKS = List.of("0", "20", "40", "60", "80", "100");
    /** Every character 4 pt wide; heights as Liberation Sans has them at the chart's sizes. */
    private static final ScoreChart.Measure MEASURE = new ScoreChart.Measure() {
        @Override
        public double width(ScoreChart.Role role, String text) {
            return 4.0 * text.length();
        }

        @Override
        public ScoreChart.FontMetrics metrics(ScoreChart.Role role) {
            return new ScoreChart.FontMetrics(9, 6.8f, 1.6f, 0.2f, 8.6f);
        }
    };

    private static ScoreChart.Geometry layout(List<ScoreChart.Bar> bars) {
        return ScoreChart.layout(bars, TICKS, "Nilai (0\u2013100)", MEASURE, 495, 96);
    }

    private static ScoreChart.Bar bar(String label, double value) {
        return new ScoreChart.Bar(label, value, Double.toString(value), label.startsWith("Own"));
    }

    @Test
    void barsRunFromZeroWithLengthsProportionalToTheirValuesOnTheAxisTo105() {
        qt().forAll(integers().between(1, 3), doubles().between(0, 100), doubles().between(0, 100), doubles().between(0, 100))
                .checkAssert((n, a, b, c) -> {
                    List<Double> values = List.of(a, b, c).subList(0, n);
                    List<ScoreChart.Bar> bars = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        bars.add(bar(i == 0 ? "Own agency" : "Mean " + i, values.get(i)));
                    }
                    ScoreChart.Geometry g = layout(bars);
                    assertEquals(n, g.bars().size());
                    for (int i = 0; i < n; i++) {
                        Rectangle2D shape = g.bars().get(i).shape();
                        assertEquals(g.data().getMinX(), shape.getMinX(), 1e-9, "starts at zero");
                        assertEquals(values.get(i) / 105 * g.data().getWidth(), shape.getWidth(), 1e-9, "proportional");
                        assertEquals(shape.getMaxX() + 2, g.bars().get(i).value().x(), 1e-3, "value label past the end");
                    }
                });
    }

    @Test
    void barsKeepTheirOrderTopToBottomTheOwnFirstAndAMissingMeanLeavesNoGap() {
        ScoreChart.Geometry three = layout(List.of(bar("Own agency", 85.2), bar("Type mean", 66.7), bar("National mean", 69.0)));
        ScoreChart.Geometry two = layout(List.of(bar("Own agency", 85.2), bar("National mean", 69.0)));
        for (ScoreChart.Geometry g : List.of(three, two)) {
            assertTrue(g.bars().get(0).own());
            for (int i = 1; i < g.bars().size(); i++) {
                assertTrue(!g.bars().get(i).own());
                assertTrue(g.bars().get(i).shape().getMinY() > g.bars().get(i - 1).shape().getMaxY(), "below the one before");
            }
            ScoreChart.BarShape last = g.bars().get(g.bars().size() - 1);
            Rectangle2D data = g.data();
            // the bars share the data area evenly: the same air above the first and below the last
            assertEquals(g.bars().get(0).shape().getMinY() - data.getMinY(), data.getMaxY() - last.shape().getMaxY(), 1e-9);
        }
        assertEquals(List.of("Own agency", "National mean"), two.categories().stream().map(ScoreChart.Text::text).toList());
        assertEquals(List.of("85.2", "69.0"), two.bars().stream().map(b -> b.value().text()).toList());
    }

    @Test
    void theAxisHasItsTicksEveryTwentyAndTheDataAreaOnWholePointsRightOfTheWidestLabel() {
        ScoreChart.Geometry g = layout(List.of(bar("Own agency with a longer name", 50), bar("Mean", 40)));
        assertEquals(TICKS, g.ticks().stream().map(t -> t.label().text()).toList());
        for (int i = 0; i < TICKS.size(); i++) {
            assertEquals(g.data().getMinX() + 20.0 * i / 105 * g.data().getWidth(), g.ticks().get(i).x(), 1e-9);
        }
        Rectangle2D data = g.data();
        assertEquals(Math.rint(data.getMinX()), data.getMinX());
        assertEquals(Math.rint(data.getMaxY()), data.getMaxY());
        // 4 pt per character, 4 pt insets each side, 4 pt offset, from the plot's left at 4 pt
        assertEquals(4 + 29 * 4 + 8 + 4, data.getMinX());
        assertEquals(479, data.getMaxX(), "the chart's right padding and the plot's inset");
        for (ScoreChart.Text label : g.categories()) {
            assertEquals(data.getMinX() - 4, label.x() + MEASURE.width(ScoreChart.Role.TICK, label.text()), 1e-3,
                    "right-aligned to the axis");
        }
    }

    @Test
    void aLabelTooWideForHalfThePlotBreaksIntoTwoCentredLinesAndOneTooLongForTwoEndsInDots() {
        String name = "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan"; // 65 chars = 260 pt
        ScoreChart.Geometry g = layout(List.of(bar("Own " + name, 50), bar("Mean", 40)));
        List<String> lines = g.categories().stream().map(ScoreChart.Text::text).toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(MEASURE.width(ScoreChart.Role.TICK, lines.get(0)) <= 237.5, lines.get(0));
        assertEquals("Own " + name, lines.get(0) + lines.get(1));
        assertEquals(9, g.categories().get(1).y() - g.categories().get(0).y(), 1e-3, "one line below the other");

        List<String> cut = ScoreChart.wrap("a".repeat(70) + " " + "b".repeat(70) + " " + "c".repeat(10), 237.5f, MEASURE);
        assertEquals(2, cut.size());
        assertTrue(cut.get(1).endsWith("..."), cut.toString());
    }
}
