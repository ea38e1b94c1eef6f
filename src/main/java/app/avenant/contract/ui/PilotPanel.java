package app.avenant.contract.ui;

import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.ContractWorkspace;
import app.avenant.contract.PilotCheck;
import app.avenant.contract.PilotProgress;
import app.avenant.contract.PilotTerms;
import app.avenant.contract.StatusChange;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.util.Locale;

/**
 * The contract's way to "actif" on the Contrat tab: the pilot's terms and the checklist, and for the PME's
 * owner the two decisions, "Démarrer la phase pilote" and "Passer en actif" (disabled, with the reason, while
 * the rules refuse it). The volume used so far is on the performance overview.
 */
class PilotPanel extends Composite<Div> {

    final Button startPilot = new Button();
    final Button activate = new Button();

    PilotPanel(ContractLifecycle lifecycle, Clock clock, ContractWorkspace workspace, Runnable onChanged) {
        PilotProgress progress = lifecycle.pilotProgress(workspace.id());
        Locale locale = getLocale();
        Div root = getContent();
        root.addClassName("av-pilot");
        root.setId("pilot-panel");

        if (progress.activation() != null) {
            StatusChange done = progress.activation();
            String by = done.byName() != null ? done.byName() : getTranslation("contract.pilot.bySystem");
            Span activated =
                    new Span(getTranslation("contract.pilot.activated", Formats.dateTime(done.at(), locale), by));
            activated.addClassName("av-pilot-activated");
            root.add(new Div(activated));
            if (done.note() != null) {
                Span note = new Span(getTranslation("contract.pilot.activated.note", done.note()));
                note.addClassName("av-hint");
                root.add(new Div(note));
            }
        }
        boolean onTheWay = progress.status() == ContractStatus.DRAFT || progress.status() == ContractStatus.PILOT;
        if (!onTheWay && progress.pilot() == null) {
            return;
        }
        root.add(new H3(getTranslation("contract.pilot.title")));
        PilotTerms pilot = progress.pilot();
        if (pilot != null) {
            Facts facts = new Facts()
                    .add(getTranslation("contract.pilot.volumeCap"), Formats.units(pilot.volumeCap(), locale))
                    .add(getTranslation("contract.pilot.endDate"), Formats.date(pilot.endDate(), locale))
                    .add(
                            getTranslation("contract.pilot.started"),
                            getTranslation(
                                    "contract.pilot.started.value",
                                    Formats.dateTime(pilot.startedAt(), locale),
                                    pilot.startedByName()));
            if (progress.status() == ContractStatus.PILOT && progress.daysLeft() != null) {
                facts.add(getTranslation("contract.pilot.daysLeft"), String.valueOf(progress.daysLeft()));
            }
            root.add(facts);
            Span hint = new Span(getTranslation("contract.pilot.volumeHint"));
            hint.addClassName("av-hint");
            root.add(new Div(hint));
        } else {
            Span none = new Span(getTranslation("contract.pilot.none"));
            none.addClassName("av-hint");
            root.add(new Div(none));
        }
        if (onTheWay) {
            root.add(checklist(progress));
        }
        if (workspace.myRole() != ContractRole.CLIENT_OWNER || !onTheWay) {
            return;
        }
        Div actions = new Div();
        actions.addClassName("av-pilot-actions");
        if (progress.status() == ContractStatus.DRAFT && workspace.currentVersion() > 0) {
            startPilot.setText(getTranslation("contract.pilot.start"));
            startPilot.setId("pilot-start");
            Clicks.on(startPilot, () -> new PilotStartDialog(lifecycle, clock, workspace.id(), onChanged).open());
            actions.add(startPilot);
        }
        activate.setText(getTranslation("contract.pilot.activate"));
        activate.setId("pilot-activate");
        activate.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(activate, () -> new PilotActivateDialog(lifecycle, workspace.id(), onChanged).open());
        actions.add(activate);
        if (!progress.canActivate()) {
            activate.setEnabled(false);
            Span reason = new Span(getTranslation(progress.activationBlockedKey()));
            reason.addClassName("av-hint");
            reason.setId("pilot-activate-reason");
            actions.add(reason);
        }
        root.add(actions);
    }

    private UnorderedList checklist(PilotProgress progress) {
        UnorderedList list = new UnorderedList();
        list.addClassName("av-pilot-checklist");
        list.setId("pilot-checklist");
        for (PilotCheck check : progress.checklist()) {
            // the mark carries the meaning for sight, the words for screen readers
            Span mark = new Span(check.met() ? "✓" : "✗");
            mark.getElement().setAttribute("aria-hidden", "true");
            mark.addClassName(check.met() ? "av-check-met" : "av-check-missing");
            Span words = new Span(getTranslation(check.item().labelKey()) + " — "
                    + getTranslation(check.met() ? "contract.pilot.check.met" : "contract.pilot.check.missing"));
            list.add(new ListItem(mark, new Span(" "), words));
        }
        return list;
    }
}
