package app.avenant.change.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** "Approuver la révision 3 ?" / "Retirer cette demande ?": one sentence, Annuler or the action. */
class ConfirmationDialog extends Dialog {

    final Button confirm = new Button();

    ConfirmationDialog(String title, String text, String confirmLabel, boolean danger, Runnable onConfirm) {
        setHeaderTitle(title);
        addClassName("av-cr-confirm");
        // one sentence to read: a narrow dialog, not one as wide as the screen
        setWidth("min(32rem, 95vw)");
        add(new Paragraph(text));
        confirm.setText(confirmLabel);
        confirm.addThemeVariants(danger ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
        }
        confirm.addClickListener(e -> {
            close();
            onConfirm.run();
        });
        Button cancel = new Button(getTranslation("changeui.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
