package app.avenant.contract.ui;

import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.ContractWorkspace;
import app.avenant.contract.ExitChecklist;
import app.avenant.contract.PilotTerms;
import app.avenant.contract.Side;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rest of the contract's life after "actif" (issue 15, point 4), on the Contrat tab: for the PME's owner, go on
 * with a pilot or stop it (no-go), suspend and resume an active contract, end it at its term or by notice; for every
 * member, the banner of a suspended or ended contract and the exit checklist each side's owner ticks for their side.
 * The rules are the contract's own: this panel only asks and says what was refused.
 */
class LifecyclePanel extends Composite<Div> {

    final Button extend = new Button();
    final Button stop = new Button();
    final Button suspend = new Button();
    final Button resume = new Button();
    final Button end = new Button();

    LifecyclePanel(ContractLifecycle lifecycle, Clock clock, ContractWorkspace workspace, Runnable onChanged) {
        Div root = getContent();
        root.addClassName("av-lifecycle");
        root.setId("lifecycle-panel");
        ContractStatus status = workspace.status();
        if (status == ContractStatus.SUSPENDED) {
            root.add(banner("contract.lifecycle.suspended.banner", "av-lifecycle-banner--suspended"));
        }
        if (status == ContractStatus.TERMINATED) {
            ExitChecklist checklist = lifecycle.exitChecklist(workspace.id());
            root.add(banner(
                    checklist.completedAt() == null
                            ? "contract.lifecycle.ended.banner"
                            : "contract.lifecycle.ended.done.banner",
                    "av-lifecycle-banner--ended"));
            root.add(exitChecklist(checklist, lifecycle, workspace, onChanged));
        }
        if (workspace.myRole() != ContractRole.CLIENT_OWNER) {
            return;
        }
        Div actions = new Div();
        actions.addClassName("av-pilot-actions");
        if (status == ContractStatus.PILOT) {
            PilotTerms pilot = lifecycle.pilotProgress(workspace.id()).pilot();
            if (pilot != null) {
                button(
                        extend,
                        "lifecycle-extend",
                        "contract.lifecycle.extend.button",
                        false,
                        () -> new PilotExtendDialog(lifecycle, clock, workspace.id(), pilot, onChanged).open());
                actions.add(extend);
            }
            button(
                    stop,
                    "lifecycle-stop",
                    "contract.lifecycle.noGo.button",
                    true,
                    () -> new LifecycleReasonDialog(
                                    "contract.lifecycle.noGo",
                                    true,
                                    false,
                                    true,
                                    (reason, byNotice) -> lifecycle.stopPilot(workspace.id(), reason),
                                    onChanged)
                            .open());
            actions.add(stop);
        }
        if (status == ContractStatus.ACTIVE) {
            button(
                    suspend,
                    "lifecycle-suspend",
                    "contract.lifecycle.suspend.button",
                    false,
                    () -> new LifecycleReasonDialog(
                                    "contract.lifecycle.suspend",
                                    true,
                                    false,
                                    false,
                                    (reason, byNotice) -> lifecycle.suspend(workspace.id(), reason),
                                    onChanged)
                            .open());
            actions.add(suspend);
        }
        if (status == ContractStatus.SUSPENDED) {
            button(
                    resume,
                    "lifecycle-resume",
                    "contract.lifecycle.resume.button",
                    false,
                    () -> new LifecycleReasonDialog(
                                    "contract.lifecycle.resume",
                                    false,
                                    false,
                                    false,
                                    (note, byNotice) -> lifecycle.resume(workspace.id(), note),
                                    onChanged)
                            .open());
            resume.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(resume);
        }
        if (status == ContractStatus.ACTIVE || status == ContractStatus.SUSPENDED) {
            button(
                    end,
                    "lifecycle-end",
                    "contract.lifecycle.end.button",
                    true,
                    () -> new LifecycleReasonDialog(
                                    "contract.lifecycle.end",
                                    true,
                                    true,
                                    true,
                                    (reason, byNotice) -> lifecycle.end(workspace.id(), byNotice, reason),
                                    onChanged)
                            .open());
            actions.add(end);
        }
        if (actions.getComponentCount() > 0) {
            root.add(new H3(getTranslation("contract.lifecycle.title")), actions);
        }
    }

    private void tick(
            ContractLifecycle lifecycle,
            ContractWorkspace workspace,
            ExitChecklist.Line line,
            Side side,
            boolean done,
            boolean last,
            Runnable onChanged) {
        try {
            lifecycle.tickExit(workspace.id(), line.item(), done);
        } catch (ContractRuleException ex) {
            Notification.show(getTranslation(ex.messageKey())).addThemeVariants(NotificationVariant.ERROR);
            onChanged.run();
            return;
        }
        if (side == Side.PROVIDER && last) {
            // the provider's last tick ended its own access: home, saying why, rather than "not found"
            Notification.show(getTranslation("contract.exit.providerLeft"))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            UI.getCurrent().navigate(ContractListView.class);
            return;
        }
        onChanged.run();
    }

    private void button(Button button, String id, String key, boolean dangerous, Runnable open) {
        button.setText(getTranslation(key));
        button.setId(id);
        if (dangerous) {
            button.addThemeVariants(ButtonVariant.ERROR);
        }
        Clicks.on(button, open);
    }

    private Div banner(String key, String variant) {
        Div banner = new Div(new Span(getTranslation(key)));
        banner.addClassNames("av-lifecycle-banner", variant);
        banner.setId("lifecycle-banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }

    /** One row per item, a column per side: a checkbox where the reader ticks, who ticked and when elsewhere. */
    private Div exitChecklist(
            ExitChecklist checklist, ContractLifecycle lifecycle, ContractWorkspace workspace, Runnable onChanged) {
        Locale locale = getLocale();
        Div section = new Div(new H3(getTranslation("contract.exit.title")));
        section.setId("exit-checklist");
        Paragraph hint = new Paragraph(getTranslation(
                checklist.completedAt() != null ? "contract.exit.completed" : "contract.exit.hint",
                checklist.completedAt() != null ? Formats.dateTime(checklist.completedAt(), locale) : ""));
        hint.addClassName("av-hint");
        section.add(hint);
        NativeTable table = Tables.table(
                getTranslation("contract.exit.item"),
                getTranslation("contract.exit.side.CLIENT"),
                getTranslation("contract.exit.side.PROVIDER"));
        table.addClassName("av-exit-table");
        for (ExitChecklist.Line line : checklist.lines()) {
            NativeTableRow row = table.getBody().addRow();
            row.add(new NativeTableCell(getTranslation(line.item().labelKey())));
            for (Side side : Side.values()) {
                row.add(Tables.cell(cell(lifecycle, workspace, checklist, line, side, onChanged)));
            }
        }
        section.add(table);
        return section;
    }

    private Component cell(
            ContractLifecycle lifecycle,
            ContractWorkspace workspace,
            ExitChecklist checklist,
            ExitChecklist.Line line,
            Side side,
            Runnable onChanged) {
        ExitChecklist.@Nullable Tick tick = line.of(side);
        String done = tick == null
                ? getTranslation("contract.exit.pending")
                : getTranslation("contract.exit.ticked", tick.byName(), Formats.dateTime(tick.at(), getLocale()));
        if (checklist.mySide() != side) {
            Span text = new Span(done);
            text.addClassName(tick == null ? "av-check-missing" : "av-check-met");
            return text;
        }
        Checkbox box = new Checkbox(done, tick != null);
        box.setId("exit-" + line.item().name());
        long ticked = checklist.lines().stream()
                .mapToLong(l -> (l.client() != null ? 1 : 0) + (l.provider() != null ? 1 : 0))
                .sum();
        boolean last = ticked == (long) checklist.lines().size() * Side.values().length - 1;
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue() && last) {
                // the last tick ends the provider's accesses at once: said before, with time to keep what they need
                ConfirmDialog confirm = new ConfirmDialog(
                        getTranslation("contract.exit.last.title"),
                        getTranslation("contract.exit.last.text"),
                        getTranslation("contract.exit.last.confirm"),
                        ok -> tick(lifecycle, workspace, line, side, true, true, onChanged));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("contract.pilot.dialog.cancel"));
                confirm.addCancelListener(cancel -> box.setValue(false));
                confirm.open();
                return;
            }
            tick(lifecycle, workspace, line, side, e.getValue(), false, onChanged);
        });
        return box;
    }
}
