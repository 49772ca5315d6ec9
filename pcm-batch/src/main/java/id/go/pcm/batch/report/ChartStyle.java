package id.go.pcm.batch.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;

/**
 * The one look of every chart: the embedded font at print sizes (7.5–8.5 pt, drawn 1:1), white
 * ground, light grid, labelled axes, flat opaque fills (no gradients, shadows or transparency, which
 * PDF/A-1 forbids).
 */
final class ChartStyle {

    /* The style's measures, named once: JFreeChart's charts are set with them here, and a scorecard's
       score chart, drawn without JFreeChart (ScoreChart, ScoreChartDrawing), is laid out with them. */
    /** Tick and category labels' size, in points. */
    static final float TICK_SIZE = 7.5f;
    /** Axis labels' size (bold), in points. */
    static final float LABEL_SIZE = 8f;
    /** Value labels' size, in points. */
    static final float ITEM_SIZE = 7f;
    /** Room around a chart; on the right for the last tick label (100%) and value labels past the longest bar. */
    static final RectangleInsets PADDING = new RectangleInsets(2, 2, 2, 14);
    /** Room between a plot's edge and its data. */
    static final RectangleInsets PLOT_INSETS = new RectangleInsets(2, 2, 2, 2);
    /** A category axis's margin before its first and after its last category, a share of its length. */
    static final double CATEGORY_OUTER_MARGIN = 0.02;
    /** A category axis's gaps between categories together, a share of its length. */
    static final double CATEGORY_MARGIN = 0.25;
    /** A category label's lines at most. */
    static final int CATEGORY_LABEL_LINES = 2;
    /** A category label's width at most beside horizontal bars, a share of the plot's width. */
    static final float CATEGORY_LABEL_WIDTH_RATIO = 0.5f;

    private final Font tickFont;
    private final Font labelFont;
    private final Font legendFont;
    private final Font itemFont;
    private final Formats formats;

    ChartStyle(PdfFonts fonts, Formats formats) {
        this.formats = formats;
        this.tickFont = fonts.chartFont(false, TICK_SIZE);
        this.labelFont = fonts.chartFont(true, LABEL_SIZE);
        this.legendFont = fonts.chartFont(false, 8f);
        this.itemFont = fonts.chartFont(false, ITEM_SIZE);
    }

    /** @return the font of value labels drawn on bars */
    Font itemFont() {
        return itemFont;
    }

    /**
     * @param plot   the plot
     * @param legend whether to show a legend (above the plot)
     * @return the chart, without a title: the caption under it is text of the page
     */
    JFreeChart chart(Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, labelFont, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(PADDING);
        if (legend) {
            LegendTitle title = chart.getLegend();
            title.setItemFont(legendFont);
            title.setItemPaint(Palette.INK);
            title.setFrame(BlockBorder.NONE);
            title.setBackgroundPaint(Color.WHITE);
            title.setPosition(RectangleEdge.TOP);
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setMargin(new RectangleInsets(0, 0, 6, 0));
        }
        return chart;
    }

    /**
     * @return a category plot on a white ground with a light value grid
     */
    CategoryPlot plot(CategoryDataset data, CategoryAxis categories, NumberAxis values, BarRenderer renderer,
                      PlotOrientation orientation) {
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        style(plot);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        if (orientation == PlotOrientation.VERTICAL) {
            // Labels under vertical bars may use their whole category's width.
            categories.setMaximumCategoryLabelWidthRatio(1f);
        }
        return plot;
    }

    /** Applies the ground, grid and outline to a plot. */
    void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(PLOT_INSETS);
    }

    /**
     * @param label the axis label, or {@code null}
     * @return an axis of categories with labels up to two lines
     */
    CategoryAxis categoryAxis(String label) {
        CategoryAxis axis = new CategoryAxis(label);
        axis.setLabelFont(labelFont);
        axis.setLabelPaint(Palette.INK);
        axis.setTickLabelFont(tickFont);
        axis.setTickLabelPaint(Palette.INK);
        axis.setAxisLinePaint(Palette.RULE);
        axis.setTickMarksVisible(false);
        axis.setLowerMargin(CATEGORY_OUTER_MARGIN);
        axis.setUpperMargin(CATEGORY_OUTER_MARGIN);
        axis.setCategoryMargin(CATEGORY_MARGIN);
        axis.setMaximumCategoryLabelLines(CATEGORY_LABEL_LINES);
        axis.setMaximumCategoryLabelWidthRatio(CATEGORY_LABEL_WIDTH_RATIO);
        return axis;
    }

    /**
     * @param label the axis label, with its unit
     * @return an axis of whole counts from zero, in the edition's number format
     */
    NumberAxis countAxis(String label) {
        NumberAxis axis = valueAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(formatsLocale()));
        axis.setNumberFormatOverride(formats.integerFormat());
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.12);
        return axis;
    }

    /**
     * @param label the axis label
     * @param max   the top of the axis: 100 for percentages of 0–100, 1 for shares of 0–1
     * @return an axis from 0 to {@code max} in steps of a fifth, labelled in per cent
     */
    NumberAxis percentAxis(String label, double max) {
        NumberAxis axis = valueAxis(label);
        axis.setRange(0, max);
        axis.setTickUnit(new NumberTickUnit(max / 5));
        axis.setNumberFormatOverride(max == 1 ? percentOfOne() : formats.percentAxisFormat());
        return axis;
    }

    /**
     * @param label the axis label
     * @param lower the bottom of the axis
     * @param upper the top of the axis
     * @param step  the tick step
     * @param format the tick format
     * @return an axis over a fixed range
     */
    NumberAxis fixedAxis(String label, double lower, double upper, double step, NumberFormat format) {
        NumberAxis axis = valueAxis(label);
        axis.setRange(lower, upper);
        axis.setTickUnit(new NumberTickUnit(step));
        axis.setNumberFormatOverride(format);
        return axis;
    }

    private NumberFormat percentOfOne() {
        NumberFormat format = NumberFormat.getPercentInstance(formatsLocale());
        format.setMaximumFractionDigits(0);
        return format;
    }

    private java.util.Locale formatsLocale() {
        return formats.locale();
    }

    private NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(labelFont);
        axis.setLabelPaint(Palette.INK);
        axis.setTickLabelFont(tickFont);
        axis.setTickLabelPaint(Palette.INK);
        axis.setAxisLinePaint(Palette.RULE);
        axis.setTickMarkPaint(Palette.RULE);
        return axis;
    }

    /**
     * Makes a bar renderer flat and opaque, with series colours in order.
     *
     * @param renderer the renderer
     * @param colours  one per series
     * @return the renderer
     */
    <R extends BarRenderer> R flat(R renderer, Color... colours) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        renderer.setDefaultItemLabelFont(itemFont);
        renderer.setDefaultItemLabelPaint(Palette.INK);
        return renderer;
    }

    /** @return the position of a value label just past the end of a bar */
    static ItemLabelPosition pastTheEnd(PlotOrientation orientation) {
        return orientation == PlotOrientation.HORIZONTAL
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
    }
}
