package app.avenant.change.ui;

import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.domain.ChangeRequest;
import app.avenant.shared.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.function.BiConsumer;

/**
 * "Modifier le titre ou la raison": both fields with their limit shown as a counter, checked here with the
 * aggregate's own limits so the person sees every problem next to its field before anything is sent.
 */
class RewordDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    RewordDialog(ChangeRequestDetail d, BiConsumer<String, String> onSave) {
        setHeaderTitle(getTranslation("changeui.reword.title", ChangeLabels.number(this, d.number())));
        addClassName("av-cr-reword");
        setWidth("min(40rem, 95vw)");
        title.setLabel(getTranslation("changeui.reword.field.title"));
        title.setValue(d.title());
        limit(title, ChangeRequest.TITLE_MAX);
        reason.setLabel(getTranslation("changeui.reword.field.reason"));
        reason.setValue(d.reason());
        reason.setMinHeight("8rem");
        limit(reason, ChangeRequest.REASON_MAX);
        add(new Paragraph(getTranslation("changeui.reword.text")), title, reason);
        save.setText(getTranslation("changeui.reword.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            boolean titleOk = check(title, ChangeRequest.TITLE_MAX);
            boolean reasonOk = check(reason, ChangeRequest.REASON_MAX);
            if (titleOk && reasonOk) {
                close();
                onSave.accept(title.getValue().strip(), reason.getValue().strip());
            }
        });
        Button cancel = new Button(getTranslation("changeui.cancel"), e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                title.focus();
            }
        });
    }

    /** No maxLength on the input: the browser would cut a paste silently; the counter and the check say it. */
    private static void limit(TextFieldBase<?, String> field, int max) {
        field.setWidthFull();
        field.setRequiredIndicatorVisible(true);
        TextLimit.attach(field, max, "");
    }

    private boolean check(TextFieldBase<?, String> field, int max) {
        String value = field.getValue().strip();
        if (value.isEmpty()) {
            field.setErrorMessage(getTranslation("changeui.reword.required"));
        } else if (TextLimit.tooLong(field, max)) {
            field.setErrorMessage(TextLimit.message(field, max));
        } else {
            return true;
        }
        field.setInvalid(true);
        return false;
    }
}
