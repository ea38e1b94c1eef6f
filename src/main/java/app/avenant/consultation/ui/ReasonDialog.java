package app.avenant.consultation.ui;

import app.avenant.consultation.ConsultationRuleException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * A decision that needs a reason: declining to answer, closing without a choice, choosing an offer (which also asks
 * the new contract's reference). The reason is required; a refusal is said next to its field and nothing changes.
 */
class ReasonDialog extends Dialog {

    static final int REASON_MAX = 1000;

    /** What confirming does, given the reason and the reference (null when none is asked). */
    interface Decision {
        void take(String reason, @Nullable String reference);
    }

    final TextArea reason = new TextArea();
    final TextField reference = new TextField();
    final Span error = new Span();
    final Button confirm = new Button();
    private final boolean asksReference;
    private final Decision decision;

    /** @param prefix keys {@code prefix.title}, {@code .text}, {@code .reason}, {@code .confirm} */
    ReasonDialog(String prefix, String text, boolean asksReference, boolean dangerous, Decision decision) {
        this.asksReference = asksReference;
        this.decision = decision;
        setHeaderTitle(getTranslation(prefix + ".title"));
        setId("reason-dialog");
        setMaxWidth("36rem");
        VerticalLayout form = new VerticalLayout(new Paragraph(text));
        form.setPadding(false);
        if (asksReference) {
            reference.setLabel(getTranslation("consultation.choose.reference"));
            reference.setHelperText(getTranslation("consultation.choose.reference.hint"));
            reference.setRequiredIndicatorVisible(true);
            reference.setId("choose-reference");
            reference.addValueChangeListener(e -> reference.setInvalid(false));
            form.add(reference);
        }
        reason.setLabel(getTranslation(prefix + ".reason"));
        reason.setMaxLength(REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setId("reason-text");
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        form.add(reason, error);
        add(form);
        confirm.setText(getTranslation(prefix + ".confirm"));
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(dangerous ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirm());
        getFooter().add(new Button(getTranslation("consultation.cancel"), e -> close()), confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                if (asksReference) {
                    reference.focus();
                } else {
                    reason.focus();
                }
            }
        });
    }

    void confirm() {
        error.setVisible(false);
        String why = reason.getValue().strip();
        String ref = reference.getValue().strip();
        boolean ok = true;
        if (asksReference && ref.isEmpty()) {
            reference.setErrorMessage(getTranslation("consultation.error.reference"));
            reference.setInvalid(true);
            ok = false;
        }
        if (why.isEmpty()) {
            reason.setErrorMessage(getTranslation("consultation.error.reason"));
            reason.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            decision.take(why, asksReference ? ref : null);
        } catch (ConsultationRuleException e) {
            if (e.messageKey().equals("consultation.error.reason")) {
                reason.setErrorMessage(getTranslation(e.messageKey()));
                reason.setInvalid(true);
            } else {
                error.setText(getTranslation(e.messageKey()));
                error.setVisible(true);
            }
            return;
        } catch (app.avenant.contract.ContractRuleException e) {
            // the reference is the only thing of the new contract typed here
            reference.setErrorMessage(getTranslation(e.messageKey()));
            reference.setInvalid(true);
            return;
        }
        close();
    }
}
