package app.avenant.performance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** "Valider le relevé d'octobre 2026 ?": one sentence, Annuler or the action. */
class StatementConfirmDialog extends Dialog {

    final Button confirm = new Button();

    StatementConfirmDialog(String title, String text, String confirmLabel, Runnable onConfirm) {
        setHeaderTitle(title);
        addClassName("av-statement-confirm");
        add(new Paragraph(text));
        confirm.setText(confirmLabel);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            close();
            onConfirm.run();
        });
        Button cancel = new Button(getTranslation("performance.statementui.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                confirm.focus();
            }
        });
    }
}
