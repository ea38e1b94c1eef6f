package app.avenant.change.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** "Rejeter la demande": the reason is required, and shown to both sides afterwards. */
class RejectDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    RejectDialog(int number, Consumer<String> onReject) {
        setHeaderTitle(getTranslation("changeui.reject.title", ChangeLabels.number(this, number)));
        addClassName("av-cr-reject");
        setWidth("min(36rem, 95vw)");
        reason.setLabel(getTranslation("changeui.reject.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        add(new Paragraph(getTranslation("changeui.reject.text")), reason);
        confirm.setText(getTranslation("changeui.action.reject"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClickListener(e -> {
            String text = reason.getValue().strip();
            if (text.isEmpty()) {
                reason.setErrorMessage(getTranslation("changeui.reject.required"));
                reason.setInvalid(true);
                return;
            }
            close();
            onReject.accept(text);
        });
        Button cancel = new Button(getTranslation("changeui.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
