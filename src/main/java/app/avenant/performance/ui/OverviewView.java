package app.avenant.performance.ui;

import app.avenant.change.ui.ChangeNavigation;
import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.PilotProgress;
import app.avenant.contract.PilotTerms;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.performance.ContractOverview;
import app.avenant.performance.DeliverableRow;
import app.avenant.performance.DeliveryRates;
import app.avenant.performance.IndicatorReport;
import app.avenant.performance.Indicators;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.Rebaselining;
import app.avenant.performance.SlaResult;
import app.avenant.performance.StatementRuleException;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.OverviewPanel;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "Vue d'ensemble" for each side's contact person: this month's service levels in red, amber or green (with
 * a word and an icon, never colour alone), the deliverables due soon and those overdue, the open change
 * requests, the scope items to re-baseline, the penalty cap consumed, the term's end and notice deadline, and the
 * cards other modules add ({@link OverviewPanel}: governance's overdue action items). Figures come from
 * {@link Indicators#overview}; links lead to the screens where each is handled.
 */
@Route("contracts/:contractId/overview")
@PermitAll
@StyleSheet(PerformancePage.STYLESHEET)
@StyleSheet(StatementView.CONTRACT_STYLESHEET)
@StyleSheet(StatementView.STYLESHEET)
public class OverviewView extends PerformancePage {

    private final Indicators indicators;
    private final Rebaselining rebaselining;
    private final ContractLifecycle lifecycle;
    private final Clock clock;
    private final List<OverviewPanel> panels;

    public OverviewView(
            Contracts contracts,
            ContractLifecycle lifecycle,
            Indicators indicators,
            Rebaselining rebaselining,
            Clock clock,
            ObjectProvider<OverviewPanel> panels) {
        super(contracts, Page.OVERVIEW);
        this.indicators = indicators;
        this.rebaselining = rebaselining;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.panels = panels.orderedStream()
                .sorted(Comparator.comparingInt(OverviewPanel::order))
                .toList();
    }

    @Override
    protected Component body(ContractSummary contract, ContractRole role, BeforeEnterEvent event) {
        Div root = new Div();
        root.addClassName("av-overview");
        ContractOverview overview;
        try {
            overview = indicators.overview(contract.id());
        } catch (StatementRuleException e) {
            Paragraph message = new Paragraph(getTranslation(e.code()));
            message.addClassName("av-empty");
            root.add(message);
            return root;
        }
        if (contract.status() == ContractStatus.SUSPENDED || contract.status() == ContractStatus.TERMINATED) {
            // a paused or ended contract says so first: its figures below are those of when it ran
            Paragraph state = new Paragraph(getTranslation(
                    "performance.overview.state." + contract.status().name()));
            state.addClassNames(
                    "av-lifecycle-banner",
                    "av-lifecycle-banner--" + (contract.status() == ContractStatus.SUSPENDED ? "suspended" : "ended"));
            state.setId("overview-state");
            root.add(state);
        }
        Div grid = new Div(
                contract.status() == ContractStatus.TERMINATED
                        ? new Div()
                        : new RenewalCard(overview.header(), LocalDate.now(clock)),
                serviceLevels(contract.id(), overview),
                deliverables(contract.id(), overview),
                changeRequests(contract.id(), overview),
                new PenaltyCapCard(
                        overview.penaltyCap(),
                        link(
                                Page.INDICATORS.route(contract.id()),
                                getTranslation("performance.overview.indicators.link"))));
        // cards of modules the overview does not know (governance's overdue actions), after its own
        panels.forEach(panel -> panel.panel(contract.id()).ifPresent(grid::add));
        grid.addClassName("av-overview-grid");
        if (contract.status() == ContractStatus.PILOT) {
            PilotProgress progress = lifecycle.pilotProgress(contract.id());
            if (progress.pilot() != null) {
                grid.addComponentAsFirst(pilot(contract.id(), progress.pilot()));
            }
        }
        root.add(grid, new RebaselinePrompt(contract.id(), overview.rebaseline(), role.canEdit(), rebaselining, true));
        return root;
    }

    private Section serviceLevels(UUID contractId, ContractOverview overview) {
        Section section = card(
                "overview-service-levels",
                getTranslation("performance.overview.sla.title", StatementTexts.month(this, overview.month())));
        if (overview.serviceLevels().isEmpty()) {
            section.add(empty("performance.overview.sla.empty"));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("av-overview-sla");
            for (SlaResult level : overview.serviceLevels()) {
                Span metric = new Span(level.metric());
                metric.addClassName("av-overview-metric");
                Span figures = new Span(getTranslation(
                        "performance.overview.sla.figures",
                        StatementTexts.percent(this, level.measuredPercent()),
                        StatementTexts.percent(this, level.targetPercent())));
                figures.addClassName("av-hint");
                ListItem item = new ListItem(StatementTexts.rag(this, level.status()), metric, figures);
                item.addClassName("av-overview-sla--" + StatementTexts.ragColour(level.status()));
                list.add(item);
            }
            section.add(list);
        }
        section.add(new Paragraph(
                link(Page.STATEMENT.route(contractId), getTranslation("performance.overview.sla.statement"))));
        return section;
    }

    private Section deliverables(UUID contractId, ContractOverview overview) {
        Section section = card("overview-deliverables", getTranslation("performance.overview.deliverables.title"));
        Span overdue = new Span(
                overview.overdue() == 0
                        ? getTranslation("performance.overview.overdue.none")
                        : getTranslation(
                                overview.overdue() == 1
                                        ? "performance.overview.overdue.one"
                                        : "performance.overview.overdue.many",
                                StatementTexts.units(this, overview.overdue())));
        overdue.setId("overview-overdue");
        overdue.addClassNames("av-pill", overview.overdue() == 0 ? "av-pill--success" : "av-pill--danger");
        section.add(new Paragraph(overdue));
        if (overview.upcoming().isEmpty()) {
            section.add(empty("performance.overview.deliverables.empty"));
        } else {
            NativeTable table = Tables.table(
                    getTranslation("performance.overview.deliverables.reference"),
                    getTranslation("performance.overview.deliverables.item"),
                    getTranslation("performance.overview.deliverables.due"));
            table.addClassName("av-overview-upcoming");
            for (DeliverableRow row : overview.upcoming()) {
                NativeTableRow line = table.getBody().addRow();
                NativeTableCell due = Tables.numeric(Formats.date(row.dueDate(), getLocale()));
                if (row.dueDate().isBefore(LocalDate.now(clock))) {
                    // listed where the overview counts them: a late one says so in words, not in colour alone
                    due.setText(getTranslation(
                            "performance.overview.deliverables.late", Formats.date(row.dueDate(), getLocale())));
                    due.addClassName("av-deliverable-late");
                }
                line.add(new NativeTableCell(row.reference()), new NativeTableCell(row.scopeItemTitle()), due);
            }
            section.add(table);
        }
        Paragraph links = new Paragraph(
                link(Page.DELIVERABLES.route(contractId), getTranslation("performance.overview.deliverables.link")));
        if (overview.overdue() > 0) {
            Anchor late = Routes.link(
                    PerformanceNavigation.lateDeliverables(contractId),
                    getTranslation("performance.overview.deliverables.lateLink"));
            late.setId("overview-late-link");
            links.add(new Span(" · "), late);
        }
        section.add(links);
        return section;
    }

    private Section changeRequests(UUID contractId, ContractOverview overview) {
        Section section = card("overview-changes", getTranslation("performance.overview.changes.title"));
        long open = overview.openChangeRequests();
        Paragraph count = new Paragraph(
                open == 0
                        ? getTranslation("performance.overview.changes.none")
                        : getTranslation(
                                open == 1 ? "performance.overview.changes.one" : "performance.overview.changes.many",
                                StatementTexts.units(this, open)));
        count.setId("overview-open-changes");
        section.add(
                count,
                new Paragraph(link(
                        ChangeNavigation.requests(contractId), getTranslation("performance.overview.changes.link"))));
        return section;
    }

    /**
     * "Phase pilote": the volume used against the pilot's cap and the deliverables' on-time and first-pass
     * rates so far, counted over whole months from the pilot's start month to this month.
     */
    private Section pilot(UUID contractId, PilotTerms pilot) {
        Section section = card("overview-pilot", getTranslation("contract.pilot.overview.title"));
        YearMonth from = YearMonth.from(pilot.startedAt().atZone(clock.getZone()));
        YearMonth now = YearMonth.now(clock);
        YearMonth to = now.isBefore(from) ? from : now;
        if (from.plusMonths(Indicators.MAX_MONTHS - 1).isBefore(to)) {
            from = to.minusMonths(Indicators.MAX_MONTHS - 1);
        }
        IndicatorReport report = indicators.report(contractId, from, to);
        long used =
                report.months().stream().mapToLong(MonthFigures::billableUnits).sum();
        DeliveryRates rates = report.totals();
        Paragraph volume = new Paragraph(getTranslation(
                "contract.pilot.overview.volume",
                StatementTexts.units(this, used),
                StatementTexts.units(this, pilot.volumeCap())));
        volume.setId("overview-pilot-volume");
        section.add(volume);
        if (used >= pilot.volumeCap()) {
            Paragraph reached = new Paragraph(getTranslation("contract.pilot.overview.capReached"));
            reached.addClassName("av-overview-alert");
            section.add(reached);
        }
        Paragraph delivered = new Paragraph(
                rates.delivered() == 0
                        ? getTranslation("contract.pilot.overview.noDeliverables")
                        : getTranslation(
                                "contract.pilot.overview.rates",
                                String.valueOf(rates.delivered()),
                                percent(rates.onTimePercent()),
                                percent(rates.firstPassPercent())));
        delivered.setId("overview-pilot-rates");
        section.add(
                delivered,
                new Paragraph(
                        getTranslation("contract.pilot.overview.end", Formats.date(pilot.endDate(), getLocale()))),
                new Paragraph(link(
                        ContractNavigation.workspace(contractId), getTranslation("contract.pilot.overview.link"))));
        return section;
    }

    private String percent(@Nullable BigDecimal value) {
        return value == null ? "—" : Formats.percent(value, getLocale());
    }

    private static Section card(String id, String title) {
        Section section = new Section(new H3(title));
        section.setId(id);
        section.addClassNames("av-card", "av-overview-card");
        return section;
    }

    private Paragraph empty(String key) {
        Paragraph empty = new Paragraph(getTranslation(key));
        empty.addClassName("av-empty");
        return empty;
    }
}
