package id.go.pcm.batch.report;

import id.go.pcm.batch.Texts;
import id.go.pcm.agency.AgencyType;
import id.go.pcm.dissemination.Channel;
import id.go.pcm.evaluation.Category;
import id.go.pcm.evaluation.CategoryBounds;
import id.go.pcm.evaluation.ChannelFigures;
import id.go.pcm.evaluation.HourBand;
import id.go.pcm.evaluation.NationalFigures;
import id.go.pcm.evaluation.NarrativeFigures;
import id.go.pcm.evaluation.ProgramFigures;
import id.go.pcm.media.Sentiment;
import id.go.pcm.report.ReportStatus;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's charts, one method per question, each the kind that answers it best: stacked bars
 * for shares of a whole (report status by agency type, sentiment by program), bars sorted by size for
 * comparisons (channels), bars of time bands for a distribution ({@link TrendChart} draws the trend).
 * Bars run horizontally wherever labels are long, so labels never overlap; callers give such charts a
 * height that grows with their number of bars and split long lists over several charts.
 */
final class Charts {

    /** Points per bar row in horizontal bar charts: room for a 7.5 pt label with air around it. */
    static final float ROW = 17;
    /** Points for the legend and the value axis of a horizontal bar chart. */
    static final float FRAME = 64;

    private final ChartStyle style;
    private final Texts texts;
    private final Formats formats;
    private final TypeNames typeNames;

    Charts(ChartStyle style, Texts texts, Formats formats, TypeNames typeNames) {
        this.style = style;
        this.texts = texts;
        this.formats = formats;
        this.typeNames = typeNames;
    }

    /** Report status by agency type, as shares of each type's agencies. */
    JFreeChart reportsByType(NationalFigures national) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<AgencyType> types = List.copyOf(national.reportsByType().keySet());
        for (Map.Entry<AgencyType, Map<ReportStatus, Long>> type : national.reportsByType().entrySet()) {
            for (ReportStatus status : ReportStatus.values()) {
                data.addValue(type.getValue().getOrDefault(status, 0L), texts.name("status", status),
                        typeNames.many(type.getKey()));
            }
        }
        StackedBarRenderer renderer = style.flat(new StackedBarRenderer(true),
                Palette.of(ReportStatus.ON_TIME), Palette.of(ReportStatus.LATE), Palette.of(ReportStatus.MISSING));
        renderer.setDefaultItemLabelGenerator(shareLabels(0.06,
                (row, column) -> national.reportsPct(types.get(column), ReportStatus.values()[row])));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        renderer.setMaximumBarWidth(0.7);
        CategoryPlot plot = style.plot(data, style.categoryAxis(null),
                style.percentAxis(texts.get("reports.chart.axis"), 1), renderer, PlotOrientation.HORIZONTAL);
        return style.chart(plot, true);
    }

    /**
     * Coverage of each narrative, split into the part disseminated on time and the part late: the bar's
     * length is the coverage, its dark part the timeliness.
     */
    JFreeChart narrativeCoverage(List<NarrativeFigures> narratives) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String onTime = texts.get("narratives.chart.on_time");
        String late = texts.get("narratives.chart.late");
        for (NarrativeFigures n : narratives) {
            String label = n.narrativeId() + "  " + shorten(n.title(), 44);
            data.addValue(n.timelinessPct(), onTime, label);
            data.addValue(n.latePct(), late, label);
        }
        StackedBarRenderer renderer = style.flat(new StackedBarRenderer(), Palette.GOOD, Palette.GOOD_LIGHT);
        // The coverage, once per bar, past the end of its last segment that has a length.
        renderer.setDefaultItemLabelGenerator(itemLabels((dataset, row, column) -> {
            NarrativeFigures n = narratives.get(column);
            boolean lateShown = n.coveragePct() > n.timelinessPct() || n.coveragePct() == 0;
            return (row == 1) == lateShown ? formats.percent(n.coveragePct()) : null;
        }));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(ChartStyle.pastTheEnd(PlotOrientation.HORIZONTAL));
        renderer.setDefaultNegativeItemLabelPosition(ChartStyle.pastTheEnd(PlotOrientation.HORIZONTAL));
        renderer.setMaximumBarWidth(0.8);
        CategoryAxis axis = style.categoryAxis(null);
        axis.setMaximumCategoryLabelLines(1);
        axis.setCategoryMargin(0.3);
        NumberAxis values = style.fixedAxis(texts.get("narratives.chart.axis"), 0, 108, 20, formats.percentAxisFormat());
        CategoryPlot plot = style.plot(data, axis, values, renderer, PlotOrientation.HORIZONTAL);
        return style.chart(plot, true);
    }

    /** @return the channels, most used first, ties in the order of the enumeration */
    static List<Map.Entry<Channel, ChannelFigures>> byUse(Map<Channel, ChannelFigures> channels) {
        return channels.entrySet().stream()
                .sorted((a, b) -> a.getValue().evidence() != b.getValue().evidence()
                        ? Long.compare(b.getValue().evidence(), a.getValue().evidence())
                        : Integer.compare(a.getKey().ordinal(), b.getKey().ordinal()))
                .toList();
    }

    /** Accepted evidence per channel, most used first, online and offline channels told apart. */
    JFreeChart channels(Map<Channel, ChannelFigures> channels) {
        List<Map.Entry<Channel, ChannelFigures>> sorted = byUse(channels);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<Channel, ChannelFigures> e : sorted) {
            data.addValue(e.getValue().evidence(), texts.get("narratives.channels.series"), texts.name("channel", e.getKey()));
        }
        BarRenderer renderer = style.flat(new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return sorted.get(column).getKey().isOnline() ? Palette.GOOD : Palette.OFFLINE;
            }
        });
        countLabels(renderer, PlotOrientation.HORIZONTAL);
        CategoryPlot plot = style.plot(data, style.categoryAxis(null),
                style.countAxis(texts.get("narratives.channels.axis")), renderer, PlotOrientation.HORIZONTAL);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(legendItem(texts.get("channel.online"), Palette.GOOD));
        legend.add(legendItem(texts.get("channel.offline"), Palette.OFFLINE));
        plot.setFixedLegendItems(legend);
        return style.chart(plot, true);
    }

    /** Covered pairs by hours from the narrative's issue to the agency's first evidence. */
    JFreeChart firstEvidenceHours(List<HourBand> bands) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (HourBand band : bands) {
            data.addValue(band.pairs(), texts.get("narratives.hours.series"), bandLabel(band));
        }
        BarRenderer renderer = style.flat(new BarRenderer(), Palette.GOOD);
        renderer.setMaximumBarWidth(0.12);
        countLabels(renderer, PlotOrientation.VERTICAL);
        CategoryPlot plot = style.plot(data, style.categoryAxis(texts.get("narratives.hours.axis.x")),
                style.countAxis(texts.get("narratives.hours.axis.y")), renderer, PlotOrientation.VERTICAL);
        return style.chart(plot, false);
    }

    /** The tone of each program's coverage, as shares of its items, most positive first. */
    JFreeChart sentimentByProgram(List<Map.Entry<String, ProgramFigures>> programs) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, ProgramFigures> e : programs) {
            ProgramFigures p = e.getValue();
            data.addValue(p.positive(), texts.name("sentiment", Sentiment.POSITIVE), e.getKey());
            data.addValue(p.neutral(), texts.name("sentiment", Sentiment.NEUTRAL), e.getKey());
            data.addValue(p.negative(), texts.name("sentiment", Sentiment.NEGATIVE), e.getKey());
        }
        StackedBarRenderer renderer = style.flat(new StackedBarRenderer(true), Palette.of(Sentiment.POSITIVE),
                Palette.of(Sentiment.NEUTRAL), Palette.of(Sentiment.NEGATIVE));
        renderer.setDefaultItemLabelGenerator(shareLabels(0.07,
                (row, column) -> programs.get(column).getValue().sentimentPct(Sentiment.values()[row])));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setSeriesItemLabelPaint(0, Color.WHITE);
        renderer.setSeriesItemLabelPaint(1, Palette.INK);
        renderer.setSeriesItemLabelPaint(2, Color.WHITE);
        renderer.setMaximumBarWidth(0.8);
        CategoryAxis axis = style.categoryAxis(null);
        axis.setMaximumCategoryLabelLines(1);
        CategoryPlot plot = style.plot(data, axis, style.percentAxis(texts.get("media.sentiment.axis"), 1), renderer,
                PlotOrientation.HORIZONTAL);
        return style.chart(plot, true);
    }

    /** Media items per day of the month. */
    JFreeChart daily(Map<LocalDate, Long> daily, YearMonth month) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<LocalDate, Long> day : daily.entrySet()) {
            data.addValue(day.getValue(), texts.get("media.daily.series"), Integer.toString(day.getKey().getDayOfMonth()));
        }
        BarRenderer renderer = style.flat(new BarRenderer(), Palette.GOOD);
        CategoryAxis axis = style.categoryAxis(texts.format("media.daily.axis.x", formats.month(month)));
        axis.setCategoryMargin(0.2);
        axis.setMaximumCategoryLabelLines(1);
        CategoryPlot plot = style.plot(data, axis, style.countAxis(texts.get("media.daily.axis.y")), renderer,
                PlotOrientation.VERTICAL);
        return style.chart(plot, false);
    }

    /** Active agencies per performance band, bands in their colours. */
    JFreeChart categories(Map<Category, Long> categories, CategoryBounds bounds) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Category> order = List.copyOf(categories.keySet());
        for (Map.Entry<Category, Long> e : categories.entrySet()) {
            data.addValue(e.getValue(), texts.get("performance.categories.series"), categoryLabel(e.getKey(), bounds));
        }
        BarRenderer renderer = style.flat(new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return Palette.of(order.get(column));
            }
        });
        renderer.setMaximumBarWidth(0.14);
        countLabels(renderer, PlotOrientation.VERTICAL);
        CategoryPlot plot = style.plot(data, style.categoryAxis(null),
                style.countAxis(texts.get("performance.categories.axis")), renderer, PlotOrientation.VERTICAL);
        return style.chart(plot, false);
    }

    private void countLabels(BarRenderer renderer, PlotOrientation orientation) {
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}",
                formats.integerFormat()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(ChartStyle.pastTheEnd(orientation));
    }

    /**
     * Labels each segment of a stacked bar with its share of the bar as the figures have it, leaving out
     * slivers too thin to hold one (below {@code smallest} of the bar).
     */
    private CategoryItemLabelGenerator shareLabels(double smallest, ItemShare share) {
        return itemLabels((dataset, row, column) -> {
            Double pct = share.of(row, column);
            return pct == null || pct < 100 * smallest ? null : formats.decimalFormat(0).format(pct) + "%";
        });
    }

    /** The share, in percent, that one segment of a stacked bar stands for; {@code null} for none. */
    @FunctionalInterface
    private interface ItemShare {
        Double of(int row, int column);
    }

    /** What labels one item of a category chart; {@code null} for no label. */
    @FunctionalInterface
    private interface ItemLabel {
        String of(CategoryDataset dataset, int row, int column);
    }

    /** A label generator that labels items only (JFreeChart's interface also asks for row and column labels). */
    private static CategoryItemLabelGenerator itemLabels(ItemLabel label) {
        return new CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(CategoryDataset dataset, int row) {
                return null;
            }

            @Override
            public String generateColumnLabel(CategoryDataset dataset, int column) {
                return null;
            }

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return label.of(dataset, row, column);
            }
        };
    }

    private static LegendItem legendItem(String label, Color colour) {
        return new LegendItem(label, colour);
    }

    private String bandLabel(HourBand band) {
        return band.toHours() == null ? "\u2265 " + band.fromHours() : band.fromHours() + "\u2013" + band.toHours();
    }

    private String categoryLabel(Category category, CategoryBounds bounds) {
        String range = switch (category) {
            case SANGAT_BAIK -> "\u2265 " + formats.plain(bounds.sangatBaik());
            case BAIK -> "\u2265 " + formats.plain(bounds.baik());
            case CUKUP -> "\u2265 " + formats.plain(bounds.cukup());
            case KURANG -> "\u2265 " + formats.plain(bounds.kurang());
            case SANGAT_KURANG -> "< " + formats.plain(bounds.kurang());
        };
        return texts.name("category", category) + " (" + range + ")";
    }

    /**
     * @param text  a text
     * @param limit the most characters to keep
     * @return the text, cut at a word with an ellipsis when longer than {@code limit}
     */
    static String shorten(String text, int limit) {
        if (text.codePointCount(0, text.length()) <= limit) {
            return text;
        }
        int end = text.offsetByCodePoints(0, limit - 1);
        String cut = text.substring(0, end);
        int space = cut.lastIndexOf(' ');
        if (!Character.isWhitespace(text.charAt(end)) && space > limit / 2) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + "\u2026";
    }

    /**
     * @param list a list
     * @param size the most items in each part
     * @return the list cut into parts of nearly equal size, none larger than {@code size}
     */
    static <T> List<List<T>> split(List<T> list, int size) {
        int parts = Math.max(1, (list.size() + size - 1) / size);
        List<List<T>> result = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < parts; p++) {
            int to = from + (list.size() - from + (parts - p) - 1) / (parts - p);
            result.add(list.subList(from, to));
            from = to;
        }
        return result;
    }
}
