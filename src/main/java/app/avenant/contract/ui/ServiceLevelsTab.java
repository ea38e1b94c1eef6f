package app.avenant.contract.ui;

import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** Tab "Niveaux de service": the contract's at-risk percentage, then one row per service level. */
class ServiceLevelsTab extends Composite<Div> {

    ServiceLevelsTab(Terms terms, ProposeChange propose) {
        Locale locale = getLocale();
        Div root = getContent();
        root.addClassName("av-tab");
        Paragraph atRisk = new Paragraph(getTranslation(
                "contract.sla.atRisk", Formats.percent(terms.header().atRiskPercent(), locale)));
        atRisk.addClassName("av-lead");
        Paragraph explanation = new Paragraph(getTranslation("contract.sla.explanation"));
        explanation.addClassName("av-hint");
        root.add(atRisk, explanation);
        if (terms.serviceLevels().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("contract.sla.empty"));
            empty.addClassName("av-empty");
            root.add(empty);
            return;
        }
        Grid<ServiceLevel> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ServiceLevel::metric)
                .setHeader(getTranslation("contract.sla.column.metric"))
                .setKey("metric")
                // the words first: the figures' columns take what they need, the texts what remains, never less
                .setWidth("8em")
                .setFlexGrow(2);
        // a level measured from the deliverables says against which deadline, under how it is measured
        grid.addComponentColumn(s -> measurement(terms, s, locale))
                .setHeader(getTranslation("contract.sla.column.measurement"))
                .setKey("measurement")
                .setWidth("11em")
                .setFlexGrow(3);
        grid.addColumn(s -> Formats.percent(s.targetPercent(), locale))
                .setHeader(getTranslation("contract.sla.column.target"))
                .setKey("target")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> Formats.percent(s.minimumPercent(), locale))
                .setHeader(getTranslation("contract.sla.column.minimum"))
                .setKey("minimum")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> getTranslation("contract.sla.window." + s.window().name()))
                .setHeader(getTranslation("contract.sla.column.window"))
                .setKey("window")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(s -> s.critical()
                        ? new Pill(getTranslation("contract.sla.critical"), Pill.Tone.DANGER)
                        : new Span(getTranslation("contract.sla.indicator")))
                .setHeader(getTranslation("contract.sla.column.type"))
                .setKey("type")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.critical() ? Formats.percent(s.atRiskSharePercent(), locale) : "—")
                .setHeader(getTranslation("contract.sla.column.share"))
                .setKey("share")
                // its long header wraps rather than taking the texts' room
                .setWidth("7.5em")
                .setFlexGrow(0);
        if (terms.serviceLevels().stream().anyMatch(s -> s.earnBackTargetPercent() != null)) {
            grid.addColumn(s -> s.earnBackTargetPercent() == null
                            ? "—"
                            : Formats.percent(s.earnBackTargetPercent(), locale))
                    .setHeader(getTranslation("contract.sla.column.earnBack"))
                    .setTooltipGenerator(s -> getTranslation("contract.sla.earnBack.hint"))
                    .setKey("earnBack")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        if (propose.link("SERVICE_LEVELS").isPresent()) {
            grid.addComponentColumn(
                            s -> propose.link("SERVICE_LEVELS:" + s.key()).orElseThrow())
                    .setKey("propose")
                    // « Proposer une modification » on two lines: the texts keep their room at 1366 px
                    .setWidth("8.5em")
                    .setFlexGrow(0);
        }
        grid.setItems(terms.serviceLevels());
        grid.setAllRowsVisible(true);
        root.add(grid);
    }

    private Div measurement(Terms terms, ServiceLevel level, Locale locale) {
        Div cell = new Div(new Span(level.measurement()));
        Deadline deadline = level.deadline();
        if (deadline != null) {
            String item = terms.scopeItem(deadline.scopeItemKey())
                    .map(ScopeItem::title)
                    .orElse(deadline.scopeItemKey());
            Div measured = new Div(
                    getTranslation("contract.sla.deadline.measured", TermsText.deadlineValue(locale, deadline), item));
            measured.addClassName("av-hint");
            measured.addClassName("av-sla-deadline");
            cell.add(measured);
        }
        return cell;
    }
}
