package app.avenant.performance.ui;

import app.avenant.performance.MonthFigures;
import app.avenant.performance.ui.charts.ChartModels;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;

/**
 * The three charts of the period: on-time and first-pass rates against the SLA target, one scope item's volumes
 * against its baseline and flex band (the item is chosen in a select), cost per unit against the nominal price.
 */
class IndicatorsCharts extends IndicatorsSection {

    final IndicatorsChartPanel rates;
    final IndicatorsChartPanel volumes;
    final IndicatorsChartPanel cost;
    final Select<String> item = new Select<>();

    IndicatorsCharts(List<MonthFigures> months) {
        super("av-indicators-charts");
        heading(t("performance.indicators.charts.heading"));
        rates = new IndicatorsChartPanel(ChartModels.rates(months, locale()));
        add(rates);

        Map<String, String> items = ChartModels.volumeItems(months);
        String first = items.keySet().stream().findFirst().orElse("");
        volumes = new IndicatorsChartPanel(ChartModels.volumes(months, first, locale()));
        if (items.size() > 1) {
            item.setLabel(t("performance.indicators.charts.item"));
            item.setItems(items.keySet());
            item.setItemLabelGenerator(key -> items.getOrDefault(key, key));
            item.setValue(first);
            item.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    volumes.show(ChartModels.volumes(months, e.getValue(), locale()));
                }
            });
            item.addClassName("av-chart-item");
            add(item);
        }
        if (!items.isEmpty()) {
            add(volumes);
        }

        cost = new IndicatorsChartPanel(ChartModels.costPerUnit(months, locale()));
        add(cost);
    }
}
