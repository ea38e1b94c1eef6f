package app.avenant.performance.ui;

import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.performance.IndicatorReport;
import app.avenant.performance.Indicators;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.PerformanceExported;
import app.avenant.shared.ui.StaticHtml;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.context.ApplicationEventPublisher;

/**
 * "Indicateurs" of one contract for a month or a range ({@code ?from=2026-01&to=2026-10}, by default the last 12
 * months): key indicators, the last month's service levels, volumes and service credits, then three charts
 * drawn on the server, each with its data table, and the two CSV exports. Any member may read it; the frame
 * answers "Contrat introuvable" to anybody else.
 */
@Route("contracts/:contractId/indicators")
@PermitAll
@StyleSheet(IndicatorsView.TABLES_STYLESHEET)
@StyleSheet(PerformancePage.STYLESHEET)
@StyleSheet(IndicatorsView.STYLESHEET)
public class IndicatorsView extends PerformancePage {

    /** where the shared {@code av-table} classes are styled */
    static final String TABLES_STYLESHEET = "context://styles/contract.css";

    static final String STYLESHEET = "context://styles/performance-indicators.css";

    private final Indicators indicators;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public IndicatorsView(Contracts contracts, Indicators indicators, Clock clock, ApplicationEventPublisher events) {
        super(contracts, Page.INDICATORS);
        this.indicators = indicators;
        this.clock = clock;
        this.events = events;
    }

    @Override
    protected Component body(ContractSummary contract, ContractRole role, BeforeEnterEvent event) {
        YearMonth current = YearMonth.now(clock);
        YearMonth start = YearMonth.from(
                contracts.currentTerms(contract.id()).terms().header().startDate());
        IndicatorsPeriod period = IndicatorsPeriod.resolve(
                event.getLocation().getQueryParameters().getParameters(), current, start);
        IndicatorReport report;
        try {
            report = indicators.report(contract.id(), period.from(), period.to());
        } catch (IllegalArgumentException e) {
            // the service refuses what the screen let through: show the default period rather than an error
            period = IndicatorsPeriod.byDefault(current, start, IndicatorsPeriod.INVALID);
            report = indicators.report(contract.id(), period.from(), period.to());
        }

        Div body = new Div();
        body.addClassName("av-indicators");
        body.add(new IndicatorsPeriodBar(
                contract.id(),
                period,
                IndicatorsPeriod.choices(current, start),
                IndicatorsPeriod.byDefault(current, start, null)));
        if (period.messageKey() != null) {
            // only the "too long" text has an argument (MessageFormat would eat the apostrophes of the others)
            String text = IndicatorsPeriod.TOO_LONG.equals(period.messageKey())
                    ? getTranslation(period.messageKey(), Indicators.MAX_MONTHS)
                    : getTranslation(period.messageKey());
            Paragraph message = new Paragraph(text);
            message.addClassName("av-indicators-message");
            message.getElement().setAttribute("role", "status");
            body.add(message);
        }
        IndicatorsSummary summary = IndicatorsSummary.of(report);
        if (report.months().isEmpty() || !summary.hasDeliverables()) {
            body.add(emptyState());
            return body;
        }
        MonthFigures last = report.months().getLast();
        body.add(
                new IndicatorsExports(
                        contract.reference(),
                        report,
                        file -> events.publishEvent(new PerformanceExported(contract.id(), file))),
                // figures that only show: one block of HTML each, not a node per cell (docs/decisions/0038)
                StaticHtml.of(new IndicatorsKpis(last, report.totals(), summary)),
                StaticHtml.of(new IndicatorsServiceLevels(last)),
                StaticHtml.of(new IndicatorsVolumes(last)),
                StaticHtml.of(new IndicatorsCredits(last, summary)),
                new IndicatorsCharts(report.months()));
        return body;
    }

    private Component emptyState() {
        Div empty = new Div(
                new H3(getTranslation("performance.indicators.empty")),
                new Paragraph(getTranslation("performance.indicators.empty.hint")));
        empty.addClassName("av-empty-state");
        return empty;
    }
}
