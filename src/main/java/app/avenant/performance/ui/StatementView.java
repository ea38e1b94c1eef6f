package app.avenant.performance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.performance.IndicatorReport;
import app.avenant.performance.Indicators;
import app.avenant.performance.MonthlyStatement;
import app.avenant.performance.RebaselineSuggestion;
import app.avenant.performance.Rebaselining;
import app.avenant.performance.StatementRuleException;
import app.avenant.performance.StatementStatus;
import app.avenant.performance.Statements;
import app.avenant.shared.InvoicedMonths;
import app.avenant.shared.ui.StatementPanel;
import app.avenant.shared.ui.StaticHtml;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "Relevé mensuel" of one contract for one month ({@code ?month=2026-10}, by default last month): units per
 * scope item priced by the version in force, service levels and their credits capped by the at-risk amount,
 * the penalty cap, the total due; both sides' validations, which lock the month, and the trail of revisions;
 * then the cost-per-deliverable ledger over twelve months and the re-baselining prompt. Every figure comes
 * from {@link Statements} and {@link Indicators}; this screen only shows them and forwards actions (a
 * re-baselining draft to {@link Rebaselining}).
 */
@Route("contracts/:contractId/statement")
@PermitAll
@StyleSheet(PerformancePage.STYLESHEET)
@StyleSheet(StatementView.CONTRACT_STYLESHEET)
@StyleSheet(StatementView.STYLESHEET)
public class StatementView extends PerformancePage {

    static final String CONTRACT_STYLESHEET = "context://styles/contract.css";
    static final String STYLESHEET = "context://styles/performance-statement.css";

    private final Statements statements;
    private final Indicators indicators;
    private final Rebaselining rebaselining;
    private final Clock clock;
    /** Sections other modules add under the month (invoicing: the month's invoice). */
    private final List<StatementPanel> panels;
    /** Whether the month was invoiced (the invoicing module): its statement is then final. */
    private final ObjectProvider<InvoicedMonths> invoicedMonths;

    /** Refilled after each action, so the figures shown are always the service's. */
    private final Div content = new Div();

    private @Nullable UUID contractId;
    private @Nullable ContractRole role;
    private @Nullable YearMonth month;

    public StatementView(
            Contracts contracts,
            Statements statements,
            Indicators indicators,
            Rebaselining rebaselining,
            Clock clock,
            ObjectProvider<StatementPanel> panels,
            ObjectProvider<InvoicedMonths> invoicedMonths) {
        super(contracts, Page.STATEMENT);
        this.invoicedMonths = invoicedMonths;
        this.panels = panels.orderedStream().toList();
        this.statements = statements;
        this.indicators = indicators;
        this.rebaselining = rebaselining;
        this.clock = clock;
        content.addClassName("av-statement");
    }

    @Override
    protected Component body(ContractSummary contract, ContractRole role, BeforeEnterEvent event) {
        YearMonth current = YearMonth.now(clock);
        YearMonth shown = StatementMonths.resolve(
                event.getLocation().getQueryParameters().getSingleParameter(StatementMonths.PARAMETER), current);
        this.contractId = contract.id();
        this.role = role;
        this.month = shown;
        Div root = new Div(monthPicker(contract.id(), shown, current), content);
        root.addClassName("av-statement-page");
        fill();
        return root;
    }

    /** Reads the month again and rebuilds the screen below the month picker. */
    void fill() {
        UUID id = contractId;
        ContractRole myRole = role;
        YearMonth shown = month;
        if (id == null || myRole == null || shown == null) {
            return;
        }
        content.removeAll();
        MonthlyStatement statement;
        try {
            statement = statements.statement(id, shown);
        } catch (StatementRuleException e) {
            Paragraph message = new Paragraph(getTranslation(e.code()));
            message.addClassName("av-empty");
            content.add(message);
            return;
        }
        boolean locked = statement.status() == StatementStatus.LOCKED;
        content.add(
                summary(statement, shown),
                // lines of figures that only show: one block of HTML (docs/decisions/0038)
                StaticHtml.of(new StatementChargesSection(statement.figures())),
                new StatementServiceLevelsSection(
                        statement, myRole.canEdit() && !locked, (key, value) -> saveMeasurement(id, shown, key, value)),
                new StatementTotalsSection(statement.figures()));
        if (StatementUnitCostsSection.applies(statement.figures())) {
            content.add(StaticHtml.of(new StatementUnitCostsSection(statement.figures())));
        }
        boolean invoiced = locked && invoicedMonths.stream().anyMatch(i -> i.invoiced(id, shown));
        content.add(new StatementValidationSection(
                statement, myRole, shown, invoiced, new StatementValidationSection.Actions() {
                    @Override
                    public void validate(int revision) {
                        act(() -> statements.validate(id, shown, revision), "performance.statementui.validate.done");
                    }

                    @Override
                    public void reopen(String reason) {
                        act(() -> statements.reopen(id, shown, reason), "performance.statementui.reopen.done");
                    }
                }));
        for (StatementPanel panel : panels) {
            panel.panel(id, shown, locked, this::fill).ifPresent(content::add);
        }
        content.add(ledger(id, shown), rebaseline(id, myRole));
    }

    /** The month, its status (a lock badge once locked) and the version that prices it. */
    private Div summary(MonthlyStatement statement, YearMonth shown) {
        H3 title = new H3(getTranslation("performance.statementui.title", StatementTexts.month(this, shown)));
        Div badges = new Div(new StatementPill(
                StatementTexts.status(this, statement.status()), StatementTexts.tone(statement.status())));
        badges.addClassName("av-statement-badges");
        badges.setId("statement-status");
        if (statement.status() == StatementStatus.LOCKED) {
            Icon lock = VaadinIcon.LOCK.create();
            lock.getElement().setAttribute("aria-hidden", "true");
            Span badge = new Span(lock, new Span(getTranslation("performance.statementui.locked")));
            badge.addClassNames("av-lock-badge");
            badge.setId("statement-lock");
            badges.add(badge);
        }
        if (!statement.monthEnded()) {
            Span provisional = new Span(getTranslation("performance.statementui.provisional"));
            provisional.addClassName("av-hint");
            badges.add(provisional);
        }
        Paragraph version = new Paragraph(getTranslation(
                "performance.statementui.version",
                String.valueOf(statement.figures().versionNumber())));
        version.setId("statement-version");
        version.addClassName("av-statement-version");
        Div summary = new Div(title, badges, version);
        summary.addClassName("av-statement-summary");
        return summary;
    }

    private Component ledger(UUID id, YearMonth shown) {
        IndicatorReport report;
        try {
            report = indicators.report(id, shown.minusMonths(LedgerTable.MONTHS - 1L), shown);
        } catch (StatementRuleException e) {
            Paragraph message = new Paragraph(getTranslation(e.code()));
            message.addClassName("av-empty");
            return message;
        }
        return new LedgerTable(report, shown);
    }

    private Component rebaseline(UUID id, ContractRole myRole) {
        List<RebaselineSuggestion> suggestions = indicators.rebaselineSuggestions(id);
        return new RebaselinePrompt(id, suggestions, myRole.canEdit(), rebaselining, false);
    }

    private void saveMeasurement(UUID id, YearMonth shown, String key, BigDecimal value) {
        try {
            statements.recordMeasurement(id, shown, key, value);
        } catch (ContractNotFoundException e) {
            reload();
            return;
        }
        fill();
        notify("performance.statementui.measure.saved");
    }

    /** Runs a validation or a reopening, then shows the month as it now is. */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (ContractNotFoundException e) {
            reload();
            return;
        }
        fill();
        notify(doneKey);
    }

    private void notify(String key) {
        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** Membership lost meanwhile: the frame answers "Contrat introuvable" on the same route. */
    private void reload() {
        UUID id = contractId;
        YearMonth shown = month;
        if (id != null && shown != null) {
            navigate(id, shown);
        }
    }

    private Div monthPicker(UUID id, YearMonth shown, YearMonth current) {
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> navigate(id, shown.minusMonths(1)));
        previous.setId("statement-previous");
        previous.setAriaLabel(getTranslation("performance.statementui.month.previous"));
        previous.setTooltipText(getTranslation("performance.statementui.month.previous"));
        previous.addThemeVariants(ButtonVariant.TERTIARY);
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> navigate(id, shown.plusMonths(1)));
        next.setId("statement-next");
        next.setAriaLabel(getTranslation("performance.statementui.month.next"));
        next.setTooltipText(getTranslation("performance.statementui.month.next"));
        next.addThemeVariants(ButtonVariant.TERTIARY);
        next.setEnabled(shown.isBefore(current));
        Select<YearMonth> picker = new Select<>();
        picker.setId("statement-month");
        picker.setAriaLabel(getTranslation("performance.statementui.month.label"));
        picker.setItems(StatementMonths.choices(shown, current));
        picker.setItemLabelGenerator(m -> StatementTexts.monthTitle(this, m));
        picker.setValue(shown);
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(shown)) {
                navigate(id, e.getValue());
            }
        });
        Div bar = new Div(previous, picker, next);
        bar.addClassName("av-month-picker");
        return bar;
    }

    private static void navigate(UUID id, YearMonth target) {
        UI.getCurrent()
                .navigate(Page.STATEMENT.route(id), QueryParameters.of(StatementMonths.PARAMETER, target.toString()));
    }
}
