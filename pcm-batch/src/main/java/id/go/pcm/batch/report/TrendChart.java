package id.go.pcm.batch.report;

import id.go.pcm.batch.Texts;
import id.go.pcm.evaluation.MonthHistory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The trend chart: one line per measure over the stored months and this one, with a distinct colour,
 * marker and (for reports on time) dash, so that lines stay apart in grey print. Two panels on one
 * month axis, because net sentiment (−100 to 100 %) and the other measures (0–100) do not share a scale.
 */
final class TrendChart {

    private final ChartStyle style;
    private final Texts texts;
    private final Formats formats;

    TrendChart(ChartStyle style, Texts texts, Formats formats) {
        this.style = style;
        this.texts = texts;
        this.formats = formats;
    }

    /**
     * The last months: the four measures of 0–100 above, net sentiment (−100 to 100 %) below, on one
     * month axis.
     */
    JFreeChart draw(List<MonthHistory> months) {
        DefaultCategoryDataset upper = new DefaultCategoryDataset();
        DefaultCategoryDataset lower = new DefaultCategoryDataset();
        for (MonthHistory m : months) {
            String month = formats.monthShort(m.period());
            upper.addValue(m.meanScore(), texts.get("trend.mean_score"), month);
            upper.addValue(m.coveragePct(), texts.get("trend.coverage"), month);
            upper.addValue(m.timelinessPct(), texts.get("trend.timeliness"), month);
            upper.addValue(m.reportsOnTimePct(), texts.get("trend.reports_on_time"), month);
            lower.addValue(m.netSentiment() == null ? null : 100 * m.netSentiment(), texts.get("trend.net_sentiment"), month);
        }
        double[] upperRange = upperRange(months);
        double[] lowerRange = range(lower, -100, 100, 10);
        CategoryPlot top = new CategoryPlot(upper, null,
                style.fixedAxis(texts.get("trend.axis.upper"), upperRange[0], upperRange[1], step(upperRange),
                        formats.integerFormat()),
                lines(Palette.TREND[0], Palette.TREND[1], Palette.TREND[2], Palette.TREND[3]));
        CategoryPlot bottom = new CategoryPlot(lower, null,
                style.fixedAxis(texts.get("trend.axis.lower"), lowerRange[0], lowerRange[1], step(lowerRange),
                        formats.percentAxisFormat()),
                lines(Palette.TREND[4]));
        top.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        bottom.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        style.style(top);
        style.style(bottom);
        CategoryAxis monthAxis = style.categoryAxis(null);
        monthAxis.setMaximumCategoryLabelWidthRatio(1f);
        monthAxis.setMaximumCategoryLabelLines(1);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(monthAxis);
        plot.setGap(14);
        plot.add(top, 3);
        plot.add(bottom, 2);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        return style.chart(plot, true);
    }

    /** @return the range of the trend's upper panel (score and percentages) */
    static double[] upperRange(List<MonthHistory> months) {
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        for (MonthHistory m : months) {
            values.addValue(m.meanScore(), "mean", m.period());
            values.addValue(m.coveragePct(), "coverage", m.period());
            values.addValue(m.timelinessPct(), "timeliness", m.period());
            values.addValue(m.reportsOnTimePct(), "reports", m.period());
        }
        return range(values, 0, 100, 10);
    }

    /**
     * The range a trend panel shows: from a round number below the lowest value to one above the
     * highest, within the measure's bounds, and always including zero for a measure that can be
     * negative, so that small monthly movements are visible and the axis says where it starts.
     */
    static double[] range(CategoryDataset data, double floor, double ceiling, double unit) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number v = data.getValue(r, c);
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        if (min > max) {
            return new double[]{floor < 0 ? -unit : floor, ceiling};
        }
        double lower = Math.max(floor, Math.floor(min / unit) * unit - unit);
        double upper = Math.min(ceiling, Math.ceil(max / unit) * unit + unit);
        if (floor < 0) {
            lower = Math.min(lower, -unit);
            upper = Math.max(upper, unit);
        }
        return new double[]{lower, upper};
    }

    private static double step(double[] range) {
        double span = range[1] - range[0];
        return span <= 40 ? 5 : span <= 80 ? 10 : 20;
    }

    private LineAndShapeRenderer lines(Color... colours) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        Shape[] shapes = {new Rectangle2D.Double(-3, -3, 6, 6), new Ellipse2D.Double(-3.5, -3.5, 7, 7),
                ShapeUtils.createUpTriangle(3.8f), ShapeUtils.createDiamond(4f)};
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
            renderer.setSeriesShape(i, colours.length == 1 ? new Ellipse2D.Double(-3.5, -3.5, 7, 7) : shapes[i]);
            renderer.setSeriesStroke(i, i == 3
                    ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{5f, 3f}, 0f)
                    : new BasicStroke(1.6f));
        }
        renderer.setDefaultItemLabelFont(style.itemFont());
        return renderer;
    }
}
