package app.avenant.contract.ui;

import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractTemplates;
import app.avenant.contract.ContractWorkspace;
import app.avenant.contract.Party;
import app.avenant.contract.Side;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Tab "Contrat": the parties and their contact persons, the pilot phase and the move to "actif", the term, renewal, notice and penalty cap. */
class ContractTab extends Composite<Div> {

    ContractTab(
            ContractWorkspace workspace,
            ContractLifecycle lifecycle,
            Clock clock,
            ProposeChange propose,
            ContractTemplates templates) {
        ContractHeader header = workspace.terms().header();
        Locale locale = getLocale();
        Div root = getContent();
        root.addClassName("av-tab");

        Div parties = new Div(
                party(workspace.client(), "contract.header.client"),
                party(workspace.provider(), "contract.header.provider"));
        parties.addClassName("av-cards");
        root.add(new H3(getTranslation("contract.header.parties")), parties);
        root.add(new PilotPanel(lifecycle, clock, workspace, () -> reload(workspace)));
        root.add(new LifecyclePanel(lifecycle, clock, workspace, () -> reload(workspace)));

        Facts frame = new Facts()
                .add(getTranslation("contract.header.startDate"), Formats.date(header.startDate(), locale))
                .add(getTranslation("contract.header.initialTerm"), months(header.initialTermMonths()))
                .add(getTranslation("contract.header.renewal"), Labels.anyEnum(this, header.renewal()))
                .add(getTranslation("contract.header.renewalTerm"), months(header.renewalTermMonths()))
                .add(getTranslation("contract.header.noticePeriod"), months(header.noticePeriodMonths()))
                .add(getTranslation("contract.header.termEnd"), date(workspace.termEnd(), locale))
                .add(
                        getTranslation("contract.header.noticeDeadline"),
                        noticeDeadline(workspace.noticeDeadline(), locale));
        root.add(new H3(getTranslation("contract.header.frame")), frame);

        Span capHint = new Span(getTranslation("contract.header.penaltyCap.hint"));
        capHint.addClassName("av-hint");
        Facts penalties = new Facts()
                .add(
                        getTranslation("contract.header.atRisk"),
                        getTranslation("contract.header.atRisk.value", Formats.percent(header.atRiskPercent(), locale)))
                .add(
                        getTranslation("contract.header.penaltyCap"),
                        new Span(
                                header.penaltyCapAmount() == null
                                        ? getTranslation("contract.header.penaltyCap.none")
                                        : Formats.money(header.penaltyCapAmount(), locale)),
                        new Div(capHint));
        root.add(new H3(getTranslation("contract.header.penalties")), penalties);
        propose.link("HEADER").ifPresent(root::add);
        // a PME admin keeps these terms to start the next contract of the same kind from them
        if (workspace.callerIsAdminOfParty()
                && workspace.myRole().side() == Side.CLIENT
                && workspace.currentVersion() > 0) {
            Button save = new Button(getTranslation("contract.template.save.button"));
            save.setId("save-as-template");
            save.addThemeVariants(ButtonVariant.TERTIARY);
            Clicks.on(save, () -> new SaveAsTemplateDialog(templates, workspace.id(), workspace.title()).open());
            root.add(new Div(save));
        }
    }

    /** After a decision the header's status and every tab change: open the workspace afresh, on this tab. */
    private static void reload(ContractWorkspace workspace) {
        ContractNavigation.toTab(workspace.id(), WorkspaceTab.CONTRACT);
    }

    private Component party(Party party, String sideKey) {
        Div card = new Div();
        card.addClassNames("av-card", "av-party");
        Span side = new Span(getTranslation(sideKey));
        side.addClassName("av-eyebrow");
        card.add(side, new H4(party.organisationName()));
        if (party.contactName() != null) {
            card.add(new Div(new Span(getTranslation("contract.header.contact", party.contactName()))));
        } else {
            card.add(new Div(new Pill(getTranslation("contract.header.contact.none"), Pill.Tone.WARNING)));
        }
        return card;
    }

    private Component noticeDeadline(@Nullable LocalDate deadline, Locale locale) {
        Span hint = new Span(getTranslation("contract.header.noticeDeadline.hint"));
        hint.addClassName("av-hint");
        return new Div(new Span(date(deadline, locale)), new Div(hint));
    }

    private String months(int months) {
        return getTranslation("contract.header.months", String.valueOf(months));
    }

    private String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? getTranslation("contract.header.none") : Formats.date(date, locale);
    }
}
