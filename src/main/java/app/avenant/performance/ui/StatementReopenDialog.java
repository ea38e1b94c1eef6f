package app.avenant.performance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import java.util.function.Consumer;

/**
 * "Rouvrir le relevé d'octobre 2026 pour correction": the reason is required; it stays in the revision history
 * that both sides read.
 */
class StatementReopenDialog extends Dialog {

    static final int MAX_REASON = 2_000;

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    StatementReopenDialog(YearMonth month, Consumer<String> onReopen) {
        setHeaderTitle(getTranslation("performance.statementui.reopen.title", StatementTexts.month(this, month)));
        addClassName("av-statement-reopen");
        setWidth("min(36rem, 95vw)");
        reason.setLabel(getTranslation("performance.statementui.reopen.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(MAX_REASON);
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        add(new Paragraph(getTranslation("performance.statementui.reopen.text")), reason);
        confirm.setText(getTranslation("performance.statementui.reopen.action"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            String text = reason.getValue().strip();
            if (text.isEmpty()) {
                reason.setErrorMessage(getTranslation("performance.statementui.reopen.required"));
                reason.setInvalid(true);
                return;
            }
            close();
            onReopen.accept(text);
        });
        Button cancel = new Button(getTranslation("performance.statementui.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
