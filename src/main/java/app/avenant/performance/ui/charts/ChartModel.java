package app.avenant.performance.ui.charts;

import java.time.YearMonth;
import java.util.List;

/**
 * What a chart shows, in words and numbers of the reader's language: drawn by {@link SvgCharts}, listed by the
 * data table beside it. Every series has one value per month.
 *
 * @param title          the chart's title (also its accessible name)
 * @param monthAxisLabel the label of the horizontal axis
 * @param valueAxisLabel the label of the vertical axis, with its unit
 */
public record ChartModel(
        String title,
        String monthAxisLabel,
        String valueAxisLabel,
        ValueFormat format,
        List<YearMonth> months,
        List<Series> series) {

    public ChartModel {
        months = List.copyOf(months);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != months.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has "
                        + s.values().size() + " values for " + months.size() + " months");
            }
        }
    }

    /** Nothing measured to draw: no month, or no value in any measured series (references alone say nothing). */
    public boolean isEmpty() {
        return months.isEmpty()
                || series.stream().filter(s -> s.style().measured()).allMatch(Series::isEmpty);
    }
}
