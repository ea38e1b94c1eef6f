package app.avenant.performance.ui;

import app.avenant.performance.Indicators;
import app.avenant.performance.ui.PerformancePage.Page;
import app.avenant.shared.ui.Clicks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The period pickers: two month selects and two shortcuts (the current month, the last 12 months). Each choice
 * goes to the same screen with {@code ?from=…&to=…}, so the address can be bookmarked and shared; the
 * screen is then rebuilt for that period.
 */
class IndicatorsPeriodBar extends IndicatorsSection {

    private static final int MAX = Indicators.MAX_MONTHS;

    final Select<YearMonth> from = new Select<>();
    final Select<YearMonth> to = new Select<>();
    final Button currentMonth = new Button();
    final Button last12 = new Button();

    private final UUID contractId;
    private final IndicatorsPeriod period;

    IndicatorsPeriodBar(
            UUID contractId, IndicatorsPeriod period, List<YearMonth> choices, IndicatorsPeriod last12Months) {
        super("av-indicators-period");
        this.contractId = contractId;
        this.period = period;
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", t("performance.indicators.period.label"));

        setUp(from, "performance.indicators.period.from", choices, period.from());
        setUp(to, "performance.indicators.period.to", choices, period.to());
        // moving one end keeps the other where it was, unless the range would be reversed or too long
        from.addValueChangeListener(e -> {
            YearMonth f = e.getValue();
            if (f != null) {
                YearMonth t = to.getValue() == null || to.getValue().isBefore(f) ? f : to.getValue();
                go(f, t.isAfter(f.plusMonths(MAX - 1)) ? f.plusMonths(MAX - 1) : t);
            }
        });
        to.addValueChangeListener(e -> {
            YearMonth t = e.getValue();
            if (t != null) {
                YearMonth f = from.getValue() == null || from.getValue().isAfter(t) ? t : from.getValue();
                go(f.isBefore(t.minusMonths(MAX - 1)) ? t.minusMonths(MAX - 1) : f, t);
            }
        });

        YearMonth latest = choices.getLast();
        currentMonth.setText(t("performance.indicators.period.currentMonth"));
        Clicks.on(currentMonth, () -> go(latest, latest));
        last12.setText(t("performance.indicators.period.last12"));
        Clicks.on(last12, () -> go(last12Months.from(), last12Months.to()));
        if (period.singleMonth() && period.to().equals(latest)) {
            currentMonth.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else if (period.from().equals(last12Months.from()) && period.to().equals(last12Months.to())) {
            last12.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        add(from, to, currentMonth, last12);
    }

    private void setUp(Select<YearMonth> select, String labelKey, List<YearMonth> choices, YearMonth value) {
        select.setLabel(t(labelKey));
        select.setItems(choices);
        select.setItemLabelGenerator(this::monthName);
        select.setValue(value);
    }

    private void go(YearMonth newFrom, YearMonth newTo) {
        if (newFrom.equals(period.from()) && newTo.equals(period.to())) {
            return;
        }
        IndicatorsPeriod chosen = new IndicatorsPeriod(newFrom, newTo, null);
        UI.getCurrent().navigate(Page.INDICATORS.route(contractId), new QueryParameters(chosen.toParameters()));
    }
}
