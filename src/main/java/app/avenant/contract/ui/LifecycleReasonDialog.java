package app.avenant.contract.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * One decision on the contract's life-cycle that needs words: a no-go, a suspension, a resumption, an end. The
 * owner reads what it does, writes the reason (required unless it is a resumption), and confirms; a refusal is said
 * next to the field and nothing changes.
 */
class LifecycleReasonDialog extends Dialog {

    /** As stored with the decision. */
    private static final int NOTE_MAX = 500;

    /** What the confirmation does, given the reason typed (and, for an end, whether it is by notice). */
    interface Decision {
        void take(String reason, boolean byNotice);
    }

    private final Decision decision;
    private final String doneKey;
    private final boolean reasonRequired;
    private final Runnable onDone;
    final TextArea reason = new TextArea();
    final RadioButtonGroup<Boolean> how = new RadioButtonGroup<>();
    final Span error = Decisions.errorLine();
    final Button confirm = new Button();

    /**
     * @param prefix keys {@code prefix.title}, {@code .text}, {@code .reason}, {@code .confirm}, {@code .done}
     * @param askHow true for an end: at its term or by notice
     */
    LifecycleReasonDialog(
            String prefix,
            boolean reasonRequired,
            boolean askHow,
            boolean dangerous,
            Decision decision,
            Runnable onDone) {
        this.decision = decision;
        this.doneKey = prefix + ".done";
        this.reasonRequired = reasonRequired;
        this.onDone = onDone;
        setHeaderTitle(getTranslation(prefix + ".title"));
        addClassName("av-pilot-dialog");
        setId("lifecycle-dialog");

        reason.setLabel(getTranslation(prefix + ".reason"));
        reason.setMaxLength(NOTE_MAX);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(reasonRequired);
        reason.addValueChangeListener(e -> reason.setInvalid(false));

        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation(prefix + ".text")));
        if (askHow) {
            how.setLabel(getTranslation("contract.lifecycle.end.how"));
            how.setItems(false, true);
            how.setItemLabelGenerator(byNotice ->
                    getTranslation(byNotice ? "contract.lifecycle.end.byNotice" : "contract.lifecycle.end.atTerm"));
            how.setValue(false);
            form.add(how);
        }
        form.add(reason, error);
        form.setPadding(false);
        add(form);

        confirm.setText(getTranslation(prefix + ".confirm"));
        confirm.setId("lifecycle-confirm");
        confirm.addThemeVariants(dangerous ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirm());
        getFooter().add(new Button(getTranslation("contract.pilot.dialog.cancel"), e -> close()), confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }

    void confirm() {
        error.setVisible(false);
        String text = reason.getValue().strip();
        if (reasonRequired && text.isEmpty()) {
            fieldError("contract.error.lifecycle.reason");
            return;
        }
        if (!Decisions.take(
                this,
                () -> decision.take(text, Boolean.TRUE.equals(how.getValue())),
                Map.of("contract.error.lifecycle.reason", reason, "contract.error.activate.note", reason),
                error)) {
            return;
        }
        close();
        Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.SUCCESS);
        onDone.run();
    }

    private void fieldError(String key) {
        reason.setErrorMessage(getTranslation(key));
        reason.setInvalid(true);
    }
}
