package app.avenant.contract.ui;

import app.avenant.contract.ContractLifecycle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.UUID;

/** "Passer en actif": the owner confirms the decision, with an optional note kept in the history. */
class PilotActivateDialog extends Dialog {

    /** As stored with the decision. */
    private static final int NOTE_MAX = 500;

    private final ContractLifecycle lifecycle;
    private final UUID contractId;
    private final Runnable onActivated;
    final TextArea note = new TextArea();
    final Span error = Decisions.errorLine();
    final Button confirm = new Button();

    PilotActivateDialog(ContractLifecycle lifecycle, UUID contractId, Runnable onActivated) {
        this.lifecycle = lifecycle;
        this.contractId = contractId;
        this.onActivated = onActivated;
        setHeaderTitle(getTranslation("contract.pilot.activate.title"));
        addClassName("av-pilot-dialog");

        note.setLabel(getTranslation("contract.pilot.activate.note"));
        note.setMaxLength(NOTE_MAX);
        note.setWidthFull();

        VerticalLayout form =
                new VerticalLayout(new Paragraph(getTranslation("contract.pilot.activate.text")), note, error);
        form.setPadding(false);
        add(form);

        confirm.setText(getTranslation("contract.pilot.activate.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirm());
        getFooter().add(new Button(getTranslation("contract.pilot.dialog.cancel"), e -> close()), confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                note.focus();
            }
        });
    }

    void confirm() {
        if (!Decisions.take(
                this,
                () -> lifecycle.activate(contractId, note.getValue()),
                Map.of("contract.error.activate.note", note),
                error)) {
            return;
        }
        close();
        Notification.show(getTranslation("contract.pilot.activate.done")).addThemeVariants(NotificationVariant.SUCCESS);
        onActivated.run();
    }
}
