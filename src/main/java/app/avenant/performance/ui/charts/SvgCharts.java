package app.avenant.performance.ui.charts;

import app.avenant.shared.RecentlyUsed;
import app.avenant.shared.i18n.Translations;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link ChartModel} as an SVG document with JFreeChart: months along the bottom (named in the reader's
 * language), values up the side (numbers of the reader's locale), measured series solid, references dashed or
 * dotted, a legend below. A month without a value leaves a gap: nothing is drawn for it, never a NaN. The SVG
 * carries a {@code <title>} and scales to its container (view box, no fixed size).
 */
public final class SvgCharts {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 320;

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color TEXT = new Color(0x1F, 0x29, 0x33);

    /** Measured series first, references after; colours told apart without red/green alone. */
    private static final Color[] MEASURED = {new Color(0x1A, 0x5F, 0xB4), new Color(0x2E, 0x7D, 0x32)};

    private static final Color[] REFERENCE = {
        new Color(0xB0, 0x3A, 0x2E), new Color(0x6B, 0x4C, 0x9A), new Color(0x8A, 0x6D, 0x00)
    };

    /** Ids inside an SVG (clip paths) must differ between the charts of one page. */
    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** The ids' prefix in a drawing kept: each chart shown replaces it with one of its own. */
    private static final String DRAWN_PREFIX = "avc0-";

    static {
        // JFreeChart draws rotated text (the value axis' label) as glyph outlines by default, a workaround for old
        // JDKs: in an SVG that makes the label unreadable to screen readers, search and copy. Draw it as text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /**
     * Charts recently drawn, by what they show: drawing one costs several milliseconds of CPU (most of the
     * indicators screen), and everyone looking at a contract's indicators this month sees the same charts. A
     * chart is a value (its figures, labels and language): the same value draws the same SVG.
     */
    private static final int KEPT = 64;

    private static final Map<Drawn, String> RECENT = RecentlyUsed.map(KEPT);

    private record Drawn(ChartModel model, Locale locale, int width, int height) {}

    private SvgCharts() {}

    public static String render(ChartModel model, Locale locale) {
        return render(model, locale, WIDTH, HEIGHT);
    }

    public static String render(ChartModel model, Locale locale, int width, int height) {
        Drawn drawn = new Drawn(model, locale, width, height);
        String svg = RECENT.get(drawn);
        if (svg == null) {
            svg = draw(model, locale, width, height);
            RECENT.put(drawn, svg);
        }
        // each chart of a page gets ids of its own, even the same chart drawn twice
        String prefix = "avc" + SEQUENCE.incrementAndGet() + "-";
        return svg.replace("id='" + DRAWN_PREFIX, "id='" + prefix).replace("url(#" + DRAWN_PREFIX, "url(#" + prefix);
    }

    private static String draw(ChartModel model, Locale locale, int width, int height) {
        JFreeChart chart = chart(model, locale);
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setDefsKeyPrefix(DRAWN_PREFIX);
        chart.draw(svg, new Rectangle(0, 0, width, height));
        String element = svg.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
        return withTitle(element, model.title());
    }

    static JFreeChart chart(ChartModel model, Locale locale) {
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset lines = new DefaultCategoryDataset();
        for (Series series : model.series()) {
            DefaultCategoryDataset target = series.style() == SeriesStyle.BARS ? bars : lines;
            for (int i = 0; i < model.months().size(); i++) {
                target.addValue(
                        number(series.values().get(i)),
                        series.name(),
                        label(model.months().get(i), monthName));
            }
        }

        CategoryAxis monthAxis = new CategoryAxis(model.monthAxisLabel());
        monthAxis.setLabelFont(LABEL_FONT);
        monthAxis.setTickLabelFont(TICK_FONT);
        monthAxis.setCategoryMargin(0.2);
        if (model.months().size() > 8) {
            monthAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis valueAxis = new NumberAxis(model.valueAxisLabel());
        valueAxis.setLabelFont(LABEL_FONT);
        valueAxis.setTickLabelFont(TICK_FONT);
        valueAxis.setNumberFormatOverride(model.format().axisFormat(locale));
        if (model.format() == ValueFormat.UNITS) {
            valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        }
        scale(valueAxis, model);

        CategoryPlot plot = new CategoryPlot();
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setDomainAxis(monthAxis);
        plot.setRangeAxis(valueAxis);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setNoDataMessage(Translations.get(locale, "performance.chart.noData"));
        plot.setNoDataMessageFont(LABEL_FONT);
        // bars first, lines over them
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        int index = 0;
        if (bars.getRowCount() > 0) {
            plot.setDataset(index, bars);
            plot.setRenderer(index, barRenderer(bars.getRowCount()));
            index++;
        }
        if (lines.getRowCount() > 0) {
            plot.setDataset(index, lines);
            plot.setRenderer(index, lineRenderer(model, lines));
        }

        JFreeChart chart = new JFreeChart(model.title(), TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        TextTitle title = chart.getTitle();
        title.setPaint(TEXT);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(LABEL_FONT);
        legend.setFrame(BlockBorder.NONE);
        return chart;
    }

    /**
     * Percentages from a little under the lowest value to 100; amounts and units from zero, except amounts drawn only
     * as lines (the cost of a unit against its nominal price): there a gap of 1,75 € against 1,89 € drawn from zero
     * is a flat line, so the axis frames the values, and says where it starts.
     */
    private static void scale(NumberAxis axis, ChartModel model) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (Series series : model.series()) {
            for (BigDecimal value : series.values()) {
                if (value != null) {
                    min = min == null || value.compareTo(min) < 0 ? value : min;
                    max = max == null || value.compareTo(max) > 0 ? value : max;
                }
            }
        }
        if (min == null || max == null) {
            axis.setRange(0, model.format() == ValueFormat.PERCENT ? 100 : 1);
            return;
        }
        if (model.format() == ValueFormat.PERCENT) {
            double lower = Math.max(0, Math.floor((min.doubleValue() - 5) / 10) * 10);
            axis.setRange(lower, 100);
        } else if (model.format() == ValueFormat.MONEY
                && min.signum() > 0
                && model.series().stream().noneMatch(series -> series.style() == SeriesStyle.BARS)) {
            double span = max.doubleValue() - min.doubleValue();
            double margin = span == 0 ? max.doubleValue() * 0.1 : span * 0.25;
            axis.setRange(Math.max(0, min.doubleValue() - margin), max.doubleValue() + margin);
        } else {
            double upper = max.doubleValue() <= 0 ? 1 : max.doubleValue() * 1.1;
            axis.setRange(Math.min(0, min.doubleValue()), upper);
        }
    }

    private static BarRenderer barRenderer(int seriesCount) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.08);
        for (int i = 0; i < seriesCount; i++) {
            renderer.setSeriesPaint(i, new Color(0x8F, 0xB8, 0xE8));
        }
        return renderer;
    }

    private static LineAndShapeRenderer lineRenderer(ChartModel model, DefaultCategoryDataset lines) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true) {
            /**
             * A reference (target, baseline) is a line without markers, except where a month has no neighbour
             * to draw a line to (a single-month period): there it gets a short horizontal dash, or it would vanish.
             */
            @Override
            public boolean getItemShapeVisible(int row, int column) {
                return super.getItemShapeVisible(row, column) || isolated(lines, row, column);
            }
        };
        int measured = 0;
        int reference = 0;
        for (Series series : model.series()) {
            if (series.style() == SeriesStyle.BARS) {
                continue;
            }
            int row = lines.getRowIndex(series.name());
            Color colour = series.style().measured()
                    ? MEASURED[measured++ % MEASURED.length]
                    : REFERENCE[reference++ % REFERENCE.length];
            renderer.setSeriesPaint(row, colour);
            renderer.setSeriesStroke(row, stroke(series.style()));
            renderer.setSeriesShapesVisible(row, series.style().measured());
            if (!series.style().measured()) {
                renderer.setSeriesShape(row, new Rectangle2D.Double(-14, -1.5, 28, 3));
            }
        }
        return renderer;
    }

    private static boolean isolated(DefaultCategoryDataset lines, int row, int column) {
        boolean before = column > 0 && lines.getValue(row, column - 1) != null;
        boolean after = column < lines.getColumnCount() - 1 && lines.getValue(row, column + 1) != null;
        return lines.getValue(row, column) != null && !before && !after;
    }

    private static Stroke stroke(SeriesStyle style) {
        return switch (style) {
            case DASHED_LINE ->
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);
            case DOTTED_LINE ->
                new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 4f}, 0f);
            case LINE, BARS -> new BasicStroke(2.5f);
        };
    }

    private static @Nullable Number number(@Nullable BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    private static String label(YearMonth month, DateTimeFormatter monthName) {
        return monthName.format(month.atDay(1));
    }

    /** Puts the chart's title as the SVG's first child: read out by screen readers, shown as a tooltip. */
    private static String withTitle(String svgElement, String title) {
        int end = svgElement.indexOf('>');
        return svgElement.substring(0, end + 1) + "<title>" + escape(title) + "</title>"
                + svgElement.substring(end + 1);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
