package app.avenant.performance.ui;

import app.avenant.performance.DeliveryRates;
import app.avenant.performance.MonthFigures;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Four cards a PME manager reads at a glance: on-time rate, first-pass quality, rework rate and cost per unit,
 * each for the last month of the period (large) and for the whole period (below).
 */
class IndicatorsKpis extends IndicatorsSection {

    private final String lastMonth;

    IndicatorsKpis(MonthFigures last, DeliveryRates totals, IndicatorsSummary summary) {
        super("av-indicators-kpis");
        lastMonth = monthName(last.month());
        heading(t("performance.indicators.kpi.heading"));
        DeliveryRates month = last.rates();
        String delivered = t("performance.indicators.kpi.delivered", month.delivered());
        Div cards = new Div(
                card(
                        "on-time",
                        t("performance.indicators.kpi.onTime"),
                        percent(month.onTimePercent()),
                        delivered,
                        percent(totals.onTimePercent())),
                card(
                        "first-pass",
                        t("performance.indicators.kpi.firstPass"),
                        percent(month.firstPassPercent()),
                        delivered,
                        percent(totals.firstPassPercent())),
                card(
                        "rework",
                        t("performance.indicators.kpi.rework"),
                        percent(month.reworkPercent()),
                        delivered,
                        percent(totals.reworkPercent())),
                last.itemCosts().size() > 1
                        ? card(
                                "cost",
                                t("performance.indicators.kpi.costPerUnit"),
                                t("performance.indicators.kpi.perItem"),
                                perItem(last),
                                t("performance.indicators.kpi.perItem.period"))
                        : card(
                                "cost",
                                t("performance.indicators.kpi.costPerUnit"),
                                money(last.costPerUnit()),
                                t("performance.indicators.kpi.nominal", money(last.nominalUnitPrice())),
                                money(summary.costPerUnit()) + " · "
                                        + t("performance.indicators.kpi.nominal", money(summary.nominalUnitPrice()))));
        cards.addClassName("av-kpi-cards");
        add(cards);
    }

    /** "Saisie des factures : 1,82 € (nominal 1,93 €) · …": each item in its own unit, never added together. */
    private String perItem(MonthFigures month) {
        return month.itemCosts().stream()
                .filter(item -> item.costPerUnit() != null)
                .map(item -> t(
                        "performance.indicators.kpi.itemCost",
                        item.title(),
                        money(item.costPerUnit()),
                        money(item.nominalUnitPrice())))
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    private Div card(String kind, String label, String monthValue, String monthNote, String periodValue) {
        Span name = new Span(label);
        name.addClassName("av-kpi-label");
        Span value = new Span(monthValue);
        value.addClassName("av-kpi-value");
        Span month = new Span(lastMonth + " · " + monthNote);
        month.addClassName("av-kpi-note");
        Span period = new Span(t("performance.indicators.kpi.period", periodValue));
        period.addClassName("av-kpi-period");
        Div card = new Div(name, value, month, period);
        card.addClassNames("av-kpi", "av-kpi-" + kind);
        return card;
    }
}
