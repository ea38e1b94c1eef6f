package app.avenant.performance.ui.charts;

import app.avenant.performance.ItemUnitCost;
import app.avenant.performance.ItemVolume;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.SlaResult;
import app.avenant.shared.i18n.Translations;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The three charts of the Indicateurs tab, from the months of a report, worded in the reader's language. */
public final class ChartModels {

    /** The target drawn when the contract has no critical service level to take it from. */
    public static final BigDecimal DEFAULT_TARGET = BigDecimal.valueOf(95);

    private ChartModels() {}

    /**
     * Monthly on-time and first-pass quality rates against the SLA target: each month's target is the one of
     * its first critical service level (the version in force may change it), or {@link #DEFAULT_TARGET}.
     */
    public static ChartModel rates(List<MonthFigures> months, Locale locale) {
        return new ChartModel(
                t(locale, "performance.chart.rates.title"),
                t(locale, "performance.chart.month"),
                t(locale, "performance.chart.rates.axis"),
                ValueFormat.PERCENT,
                monthsOf(months),
                List.of(
                        new Series(
                                t(locale, "performance.chart.rates.onTime"),
                                SeriesStyle.LINE,
                                values(months, m -> m.rates().onTimePercent())),
                        new Series(
                                t(locale, "performance.chart.rates.firstPass"),
                                SeriesStyle.LINE,
                                values(months, m -> m.rates().firstPassPercent())),
                        new Series(
                                t(locale, "performance.chart.rates.target"),
                                SeriesStyle.DASHED_LINE,
                                values(months, ChartModels::target))));
    }

    /** One scope item's units per month against its month's baseline and the two edges of its flex range. */
    public static ChartModel volumes(List<MonthFigures> months, String scopeItemKey, Locale locale) {
        String title = volumeItems(months).getOrDefault(scopeItemKey, scopeItemKey);
        Function<MonthFigures, Optional<ItemVolume>> item = m -> m.volumes().stream()
                .filter(v -> v.scopeItemKey().equals(scopeItemKey))
                .findFirst();
        return new ChartModel(
                t(locale, "performance.chart.volumes.title", title),
                t(locale, "performance.chart.month"),
                t(locale, "performance.chart.volumes.axis"),
                ValueFormat.UNITS,
                monthsOf(months),
                List.of(
                        new Series(
                                t(locale, "performance.chart.volumes.units"),
                                SeriesStyle.BARS,
                                values(
                                        months,
                                        m -> item.apply(m)
                                                .map(v -> BigDecimal.valueOf(v.units()))
                                                .orElse(null))),
                        new Series(
                                t(locale, "performance.chart.volumes.baseline"),
                                SeriesStyle.DASHED_LINE,
                                values(
                                        months,
                                        m -> item.apply(m)
                                                .map(v -> decimal(v.monthBaseline()))
                                                .orElse(null))),
                        new Series(
                                t(locale, "performance.chart.volumes.flexMin"),
                                SeriesStyle.DOTTED_LINE,
                                values(
                                        months,
                                        m -> item.apply(m)
                                                .map(v -> decimal(v.flexMin()))
                                                .orElse(null))),
                        new Series(
                                t(locale, "performance.chart.volumes.flexMax"),
                                SeriesStyle.DOTTED_LINE,
                                values(
                                        months,
                                        m -> item.apply(m)
                                                .map(v -> decimal(v.flexMax()))
                                                .orElse(null)))));
    }

    /**
     * What a unit actually cost each month (after credits) against the nominal unit price. With several scope items
     * charged, one line per item in its own unit and no nominal line: units of different items are never added.
     */
    public static ChartModel costPerUnit(List<MonthFigures> months, Locale locale) {
        if (months.stream().anyMatch(m -> m.itemCosts().size() > 1)) {
            return costPerItem(months, locale);
        }
        return new ChartModel(
                t(locale, "performance.chart.cost.title"),
                t(locale, "performance.chart.month"),
                t(locale, "performance.chart.cost.axis"),
                ValueFormat.MONEY,
                monthsOf(months),
                List.of(
                        new Series(
                                t(locale, "performance.chart.cost.actual"),
                                SeriesStyle.LINE,
                                values(months, MonthFigures::costPerUnit)),
                        new Series(
                                t(locale, "performance.chart.cost.nominal"),
                                SeriesStyle.DASHED_LINE,
                                values(months, MonthFigures::nominalUnitPrice))));
    }

    private static ChartModel costPerItem(List<MonthFigures> months, Locale locale) {
        Map<String, String> items = new LinkedHashMap<>();
        for (MonthFigures month : months) {
            for (ItemUnitCost item : month.itemCosts()) {
                items.put(item.scopeItemKey(), item.title());
            }
        }
        List<Series> series = new ArrayList<>(items.size());
        items.forEach((key, title) -> series.add(new Series(
                title,
                SeriesStyle.LINE,
                values(
                        months,
                        m -> m.itemCosts().stream()
                                .filter(c -> c.scopeItemKey().equals(key))
                                .findFirst()
                                .map(ItemUnitCost::costPerUnit)
                                .orElse(null)))));
        return new ChartModel(
                t(locale, "performance.chart.cost.title"),
                t(locale, "performance.chart.month"),
                t(locale, "performance.chart.cost.axis"),
                ValueFormat.MONEY,
                monthsOf(months),
                series);
    }

    /**
     * The scope items met in the months (key → title), in the order of the contract, titles as last named: the
     * choices of the volume chart.
     */
    public static Map<String, String> volumeItems(List<MonthFigures> months) {
        Map<String, String> items = new LinkedHashMap<>();
        for (MonthFigures month : months) {
            for (ItemVolume volume : month.volumes()) {
                items.put(volume.scopeItemKey(), volume.title());
            }
        }
        return items;
    }

    private static BigDecimal target(MonthFigures month) {
        return month.serviceLevels().stream()
                .filter(SlaResult::critical)
                .findFirst()
                .map(SlaResult::targetPercent)
                .orElse(DEFAULT_TARGET);
    }

    private static List<YearMonth> monthsOf(List<MonthFigures> months) {
        return months.stream().map(MonthFigures::month).toList();
    }

    private static List<@Nullable BigDecimal> values(
            List<MonthFigures> months, Function<MonthFigures, @Nullable BigDecimal> value) {
        List<@Nullable BigDecimal> values = new ArrayList<>(months.size());
        for (MonthFigures month : months) {
            values.add(value.apply(month));
        }
        return values;
    }

    private static @Nullable BigDecimal decimal(@Nullable Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static String t(Locale locale, String key, Object... args) {
        return Translations.get(locale, key, args);
    }
}
