package app.avenant.performance.ui;

import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.contract.terms.Objective;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.performance.InHouseCost;
import app.avenant.performance.InHouseCosts;
import app.avenant.performance.Indicators;
import app.avenant.performance.ItemUnitCost;
import app.avenant.performance.MonthFigures;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.OverviewPanel;
import app.avenant.shared.ui.ShownThenLoaded;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * « Coût et valeur » on the PME's overview (issue 15, point 3; mistake 1 of the article: outsourcing only to cut
 * costs): the objectives of the terms with their indicators, and what one deliverable costs now against what it cost
 * in-house. The in-house figures are the PME's own: the card is never shown to the provider. Read in a round trip of
 * its own once the overview is shown, like the home's « Ce qui m'attend ».
 */
class ValueCard extends ShownThenLoaded {

    private final UUID contractId;
    private final boolean canEdit;
    private final Contracts contracts;
    private final InHouseCosts inHouse;
    private final Indicators indicators;
    private final Clock clock;

    ValueCard(
            UUID contractId,
            boolean canEdit,
            Contracts contracts,
            InHouseCosts inHouse,
            Indicators indicators,
            Clock clock) {
        super("performance.value.loading");
        this.contractId = contractId;
        this.canEdit = canEdit;
        this.contracts = contracts;
        this.inHouse = inHouse;
        this.indicators = indicators;
        this.clock = clock;
        Section root = getContent();
        root.setId("overview-value");
        root.addClassNames("av-card", "av-overview-card");
        root.add(new H3(getTranslation("performance.value.title")), body());
    }

    @Override
    protected void fill() {
        refresh();
    }

    void refresh() {
        body().removeAll();
        Terms terms = contracts.currentTerms(contractId).terms();
        objectives(terms);
        Optional<InHouseCost> cost = inHouse.of(contractId);
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        @Nullable
        MonthFigures figures = indicators.report(contractId, month, month).months().stream()
                .findFirst()
                .orElse(null);
        if (cost.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("performance.value.inhouse.none"));
            none.addClassName("av-empty");
            body().add(none);
        } else {
            comparison(cost.get(), terms, figures, month);
        }
        if (canEdit) {
            Button record = new Button(getTranslation(
                    cost.isEmpty() ? "performance.value.inhouse.record" : "performance.value.inhouse.change"));
            record.setId("value-inhouse-edit");
            Clicks.on(
                    record,
                    () -> new InHouseCostDialog(contractId, terms, cost.orElse(null), inHouse, this::refresh).open());
            body().add(new Div(record));
        }
    }

    private void objectives(Terms terms) {
        Span heading = new Span(getTranslation("performance.value.objectives"));
        heading.addClassName("av-what-needs-me-heading");
        body().add(new Div(heading));
        if (terms.objectives().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("performance.value.objectives.none"));
            none.addClassName("av-hint");
            body().add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Objective objective : terms.objectives()) {
            String indicator = objective.indicator().isBlank()
                    ? getTranslation("performance.value.objective.noIndicator")
                    : getTranslation("performance.value.objective.indicator", objective.indicator());
            list.add(
                    new ListItem(
                            new Span(getTranslation("terms.objectiveKind."
                                            + objective.kind().name()) + " : " + objective.description()),
                            new Span(" — " + indicator)));
        }
        list.setId("value-objectives");
        body().add(list);
    }

    private void comparison(InHouseCost cost, Terms terms, @Nullable MonthFigures figures, YearMonth month) {
        @Nullable
        ScopeItem item = cost.scopeItemKey() == null
                ? null
                : terms.scopeItem(cost.scopeItemKey()).orElse(null);
        String unit = item == null || item.unitOfMeasure().isBlank()
                ? getTranslation("performance.statementui.items.unitsWord")
                : item.unitOfMeasure();
        Paragraph before = new Paragraph(getTranslation(
                "performance.value.inhouse.line",
                StatementTexts.money(this, cost.monthly()),
                StatementTexts.units(this, cost.unitsMonthly()),
                unit,
                StatementTexts.money(this, cost.perUnit())));
        before.setId("value-inhouse");
        body().add(before);
        @Nullable BigDecimal now = costNow(figures, cost.scopeItemKey());
        Paragraph after = new Paragraph();
        after.setId("value-now");
        if (now == null) {
            after.setText(getTranslation("performance.value.now.none", StatementTexts.month(this, month)));
        } else {
            BigDecimal difference = now.subtract(cost.perUnit());
            String percent = cost.perUnit().signum() == 0
                    ? "—"
                    : difference
                                    .multiply(BigDecimal.valueOf(100))
                                    .divide(cost.perUnit(), 0, RoundingMode.HALF_UP)
                                    .toPlainString()
                            + " %";
            after.setText(getTranslation(
                    difference.signum() <= 0 ? "performance.value.now.cheaper" : "performance.value.now.dearer",
                    StatementTexts.month(this, month),
                    StatementTexts.money(this, now),
                    StatementTexts.money(this, difference.abs()),
                    percent.replace("-", "")));
        }
        body().add(after);
    }

    /** The cost per deliverable of the item the in-house cost counts in (or of the only item charged). */
    private static @Nullable BigDecimal costNow(@Nullable MonthFigures figures, @Nullable String itemKey) {
        if (figures == null) {
            return null;
        }
        if (itemKey == null) {
            return figures.costPerUnit();
        }
        return figures.itemCosts().stream()
                .filter(c -> c.scopeItemKey().equals(itemKey))
                .map(ItemUnitCost::costPerUnit)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Puts the card on the PME side's overview only. */
    @org.springframework.stereotype.Component
    static class OnTheOverview implements OverviewPanel {

        private final Contracts contracts;
        private final InHouseCosts inHouse;
        private final Indicators indicators;
        private final Clock clock;

        OnTheOverview(Contracts contracts, InHouseCosts inHouse, Indicators indicators, Clock clock) {
            this.contracts = contracts;
            this.inHouse = inHouse;
            this.indicators = indicators;
            this.clock = clock;
        }

        @Override
        public Optional<com.vaadin.flow.component.Component> panel(UUID contractId) {
            ContractRole role = contracts.myRole(contractId);
            if (role.side() != Side.CLIENT) {
                return Optional.empty();
            }
            return Optional.of(new ValueCard(contractId, role.canEdit(), contracts, inHouse, indicators, clock));
        }

        @Override
        public int order() {
            return 5;
        }
    }
}
