package id.go.pcm.batch.report;

import org.jfree.chart.axis.Axis;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.geom.Rectangle2D;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * A scorecard's chart of the agency's score beside the mean of its type and the national mean, as
 * geometry: where each bar, line and label goes on a chart of a given size (issue 24). It is the
 * layout JFreeChart gave this chart in the report's chart style (the same margins, insets, category
 * spacing, bar width, wrapped labels and value axis from 0 to 105 in steps of 20), worked out here
 * directly, so that each of a month's scorecards draws three bars without a chart library's
 * per-document machinery and looks as before. {@link ScoreChartDrawing} puts it on the page.
 *
 * <p>Coordinates are the chart's own, in points from its top left corner (y grows downwards, as in
 * JFreeChart). Text is placed by its baseline's start. Floating-point steps follow JFreeChart's (some
 * in {@code float}), so that every position is the one it computed.
 */
final class ScoreChart {

    /** The top of the value axis: room past 100 for the value label of a full score. */
    static final double AXIS_TOP = 105;
    /** The step between the value axis's ticks and gridlines. */
    static final double STEP = 20;

    /* The report's chart style (ChartStyle) and the JFreeChart defaults it keeps, in points. */
    private static final RectangleInsets PADDING = ChartStyle.PADDING;
    private static final RectangleInsets PLOT_INSETS = ChartStyle.PLOT_INSETS;
    private static final double TICK_LABEL_INSET_TOP_BOTTOM = Axis.DEFAULT_TICK_LABEL_INSETS.getTop();
    private static final double TICK_LABEL_INSET_LEFT_RIGHT = Axis.DEFAULT_TICK_LABEL_INSETS.getLeft();
    private static final double AXIS_LABEL_INSET = Axis.DEFAULT_AXIS_LABEL_INSETS.getTop();
    private static final double TICK_MARK = Axis.DEFAULT_TICK_MARK_OUTSIDE_LENGTH;
    /** CategoryAxis's default gap between its labels and the plot (no public constant). */
    private static final double CATEGORY_LABEL_OFFSET = 4;
    private static final double CATEGORY_MARGIN = ChartStyle.CATEGORY_MARGIN;
    private static final double OUTER_MARGIN = ChartStyle.CATEGORY_OUTER_MARGIN;
    /** This chart's own: a bar at most 22% of the category axis. */
    private static final double MAX_BAR_WIDTH = 0.22;
    private static final float LABEL_WIDTH_RATIO = ChartStyle.CATEGORY_LABEL_WIDTH_RATIO;
    private static final int LABEL_LINES = ChartStyle.CATEGORY_LABEL_LINES;
    /** A renderer's default gap between a bar's end and its value label (no public constant). */
    private static final double VALUE_LABEL_OFFSET = 2;

    private ScoreChart() {
    }

    /** The fonts of the chart's text, each in the report's chart style. */
    enum Role {
        /** Category and tick labels: regular, {@link ChartStyle#TICK_SIZE}. */
        TICK,
        /** The value axis's label: bold, {@link ChartStyle#LABEL_SIZE}. */
        AXIS,
        /** The value past each bar: regular, {@link ChartStyle#ITEM_SIZE}. */
        VALUE
    }

    /**
     * One bar, top to bottom.
     *
     * @param label     its category label
     * @param value     its value on the 0–100 scale
     * @param valueText the value as printed past the bar's end
     * @param own       whether it is the agency's own score (dark) rather than a mean (muted)
     */
    record Bar(String label, double value, String valueText, boolean own) {
    }

    /**
     * How a font measures, as JFreeChart measured it through the chart's Graphics2D.
     *
     * @param height     the font's whole-point line height (ascent + descent + leading, each rounded)
     * @param ascent     the exact ascent
     * @param descent    the exact descent
     * @param leading    the exact leading
     * @param lineHeight the exact line height
     */
    record FontMetrics(int height, float ascent, float descent, float leading, float lineHeight) {
    }

    /** Measures the chart's text. */
    interface Measure {
        /** @return the width of a text in a role's font, in points, as it is drawn */
        double width(Role role, String text);

        /** @return the metrics of a role's font */
        FontMetrics metrics(Role role);
    }

    /**
     * A text placed on the chart.
     *
     * @param text its text
     * @param role its font
     * @param x    its baseline's start
     * @param y    its baseline
     */
    record Text(String text, Role role, float x, float y) {
    }

    /**
     * A vertical line across the data area, at a tick of the value axis, with the tick's label.
     *
     * @param x     where
     * @param label the tick's label under the axis
     */
    record Tick(double x, Text label) {
    }

    /**
     * A bar as drawn.
     *
     * @param shape its rectangle, from the value axis's zero
     * @param own   whether it is the agency's own score
     * @param value its value label
     */
    record BarShape(Rectangle2D shape, boolean own, Text value) {
    }

    /**
     * Where everything goes.
     *
     * @param width      the chart's width
     * @param height     the chart's height
     * @param data       the data area: the value axis along its bottom, the categories along its left
     * @param ticks      the value axis's ticks, 0 to 100
     * @param axisLabel  the value axis's label
     * @param categories the category labels' lines, bar by bar
     * @param bars       the bars, top to bottom
     */
    record Geometry(double width, double height, Rectangle2D data, List<Tick> ticks, Text axisLabel,
                    List<Text> categories, List<BarShape> bars) {

        /** @return the value axis's bottom, where its tick marks start */
        double axisY() {
            return data.getMaxY();
        }

        /** @return how long a tick mark is, below the axis */
        static double tickMark() {
            return TICK_MARK;
        }
    }

    /**
     * Lays the chart out.
     *
     * @param bars       the bars, top to bottom (one to three)
     * @param tickLabels the labels of the ticks 0, 20, ..., 100
     * @param axisLabel  the value axis's label
     * @param measure    how the chart's text measures
     * @param width      the chart's width in points
     * @param height     the chart's height in points
     * @return the geometry
     */
    static Geometry layout(List<Bar> bars, List<String> tickLabels, String axisLabel, Measure measure, double width,
                           double height) {
        FontMetrics tick = measure.metrics(Role.TICK);
        FontMetrics axis = measure.metrics(Role.AXIS);
        FontMetrics value = measure.metrics(Role.VALUE);
        // The plot's area: the chart less its padding and the plot's insets.
        double plotX = PADDING.getLeft() + PLOT_INSETS.getLeft();
        double plotY = PADDING.getTop() + PLOT_INSETS.getTop();
        double plotW = width - PADDING.getLeft() - PADDING.getRight() - (PLOT_INSETS.getLeft() + PLOT_INSETS.getRight());
        double plotH = height - PADDING.getTop() - PADDING.getBottom() - (PLOT_INSETS.getTop() + PLOT_INSETS.getBottom());
        // The value axis below: its tick labels and its label with their insets.
        double tickLabelHeight = tick.lineHeight() + 2 * TICK_LABEL_INSET_TOP_BOTTOM;
        double below = axis.height() + 2 * AXIS_LABEL_INSET + tickLabelHeight;
        // The category axis on the left: its widest wrapped label with its insets.
        float wrapWidth = (float) plotW * LABEL_WIDTH_RATIO;
        List<List<String>> blocks = new ArrayList<>();
        double widest = 0;
        for (Bar bar : bars) {
            List<String> lines = wrap(bar.label(), wrapWidth, measure);
            blocks.add(lines);
            widest = Math.max(widest, blockWidth(lines, measure) + 2 * TICK_LABEL_INSET_LEFT_RIGHT);
        }
        double left = widest + CATEGORY_LABEL_OFFSET;
        // JFreeChart puts the data area on whole points.
        int x0 = (int) Math.ceil(plotX + left);
        int y0 = (int) Math.ceil(plotY);
        int x1 = (int) Math.floor(plotX + plotW);
        int y1 = (int) Math.floor(plotY + plotH - below);
        Rectangle2D data = new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);

        List<Tick> ticks = new ArrayList<>();
        float tickTop = (float) (data.getMaxY() + TICK_LABEL_INSET_TOP_BOTTOM + 2.0);
        for (int i = 0; i < tickLabels.size(); i++) {
            double x = toX(i * STEP, data);
            String text = tickLabels.get(i);
            float dx = (float) -stringWidth(measure, Role.TICK, text) / 2.0f;
            float dy = -tick.descent() - tick.leading() + (float) tick.height();
            ticks.add(new Tick(x, new Text(text, Role.TICK, (float) x + dx, tickTop + dy)));
        }
        double cursor = data.getMaxY() + tickLabelHeight;
        float labelX = (float) data.getCenterX();
        float labelY = (float) (cursor + AXIS_LABEL_INSET + axis.height() / 2.0);
        Text label = new Text(axisLabel, Role.AXIS, labelX + (float) -stringWidth(measure, Role.AXIS, axisLabel) / 2.0f,
                labelY + (-axis.descent() - axis.leading() + (float) (axis.height() / 2.0)));

        int n = bars.size();
        double categorySize = data.getHeight() * (1 - 2 * OUTER_MARGIN - (n > 1 ? CATEGORY_MARGIN : 0)) / (n > 1 ? n : 1);
        double gap = n > 1 ? data.getHeight() * CATEGORY_MARGIN / (n - 1) : 0;
        double barWidth = Math.min(data.getHeight() * (1 - 2 * OUTER_MARGIN - (n > 1 ? CATEGORY_MARGIN : 0)) / n,
                data.getHeight() * MAX_BAR_WIDTH);
        List<Text> categories = new ArrayList<>();
        List<BarShape> shapes = new ArrayList<>();
        float labelRight = (float) (data.getMinX() - CATEGORY_LABEL_OFFSET);
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            double start = data.getMinY() + data.getHeight() * OUTER_MARGIN + i * (categorySize + gap);
            double middle = start + categorySize / 2;
            categories.addAll(block(blocks.get(i), labelRight, (float) (start + (start + categorySize - start) / 2),
                    tick, measure));
            double zero = toX(0, data);
            double end = toX(Math.min(bar.value(), AXIS_TOP), data);
            Rectangle2D shape = new Rectangle2D.Double(Math.min(zero, end), middle - barWidth / 2.0, Math.abs(end - zero),
                    barWidth);
            float vx = (float) (shape.getMaxX() + VALUE_LABEL_OFFSET);
            float vy = (float) shape.getCenterY();
            shapes.add(new BarShape(shape, bar.own(), new Text(bar.valueText(), Role.VALUE, vx,
                    vy + (-value.descent() - value.leading() + (float) (value.height() / 2.0)))));
        }
        return new Geometry(width, height, data, List.copyOf(ticks), label, List.copyOf(categories), List.copyOf(shapes));
    }

    /** @return where a value lies on the value axis */
    static double toX(double value, Rectangle2D data) {
        return data.getMinX() + value / AXIS_TOP * (data.getMaxX() - data.getMinX());
    }

    /** The lines of one category label, right-aligned to the axis, centred on each other and on the bar. */
    private static List<Text> block(List<String> lines, float right, float middle, FontMetrics tick, Measure measure) {
        double blockWidth = blockWidth(lines, measure);
        double blockHeight = (double) lines.size() * tick.height();
        float dx = (float) -blockWidth;
        float dy = (float) -blockHeight / 2.0f;
        List<Text> texts = new ArrayList<>();
        float cursor = 0;
        for (String line : lines) {
            float offset = (float) (blockWidth - stringWidth(measure, Role.TICK, line)) / 2.0f;
            texts.add(new Text(line, Role.TICK, right + dx + offset, middle + dy + cursor + tick.ascent()));
            cursor += (float) tick.height();
        }
        return texts;
    }

    private static double blockWidth(List<String> lines, Measure measure) {
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, stringWidth(measure, Role.TICK, line));
        }
        return width;
    }

    /** JFreeChart measures labels in whole points, rounded up. */
    private static int stringWidth(Measure measure, Role role, String text) {
        return (int) Math.ceil(measure.width(role, text));
    }

    /**
     * Breaks a category label into at most two lines no wider than {@code width} where the text allows
     * a break, the last line ending in "..." when the label does not fit (JFreeChart's text blocks).
     */
    static List<String> wrap(String text, float width, Measure measure) {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        int current = 0;
        while (current < text.length() && lines.size() < LABEL_LINES) {
            int next = nextBreak(text, current, width, breaks, measure);
            if (next == BreakIterator.DONE) {
                lines.add(text.substring(current));
                return lines;
            } else if (next == current) {
                next++;
            }
            lines.add(text.substring(current, next));
            current = next;
            while (current < text.length() && text.charAt(current) == '\n') {
                current++;
            }
        }
        if (current < text.length()) {
            String last = lines.remove(lines.size() - 1);
            lines.add(last.length() > 3 ? last.substring(0, last.length() - 3) + "..." : "...");
        }
        return lines;
    }

    private static int nextBreak(String text, int start, float width, BreakIterator breaks, Measure measure) {
        int current = start;
        int end;
        float x = 0.0f;
        boolean firstWord = true;
        int newline = text.indexOf('\n', start);
        if (newline < 0) {
            newline = Integer.MAX_VALUE;
        }
        while ((end = breaks.following(current)) != BreakIterator.DONE) {
            x += (float) stringWidth(measure, Role.TICK, text.substring(current, end));
            if (x > width) {
                if (firstWord) {
                    while ((float) stringWidth(measure, Role.TICK, text.substring(start, end)) > width) {
                        end--;
                        if (end <= start) {
                            return end;
                        }
                    }
                    return end;
                }
                return breaks.previous();
            } else if (end > newline) {
                return newline;
            }
            firstWord = false;
            current = end;
        }
        return BreakIterator.DONE;
    }
}
