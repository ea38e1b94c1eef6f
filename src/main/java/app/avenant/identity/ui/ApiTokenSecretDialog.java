package app.avenant.identity.ui;

import app.avenant.identity.NewApiToken;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The one time a token is visible: read-only, selected on focus, with a copy button and the warning that it
 * will not be shown again. Closing needs a deliberate click ("J'ai copié le jeton") or Escape, never a click
 * beside the dialog.
 */
class ApiTokenSecretDialog extends Dialog {

    ApiTokenSecretDialog(NewApiToken created) {
        setHeaderTitle(getTranslation("identity.apiToken.secret.title"));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(true);
        setWidth("40rem");
        setMaxWidth("100%");

        Paragraph warning = new Paragraph(getTranslation("identity.apiToken.secret.warning"));
        warning.addClassName("api-token-warning");

        TextField secret = new TextField(
                getTranslation("identity.apiToken.secret.field", created.token().name()));
        secret.setValue(created.plaintext());
        secret.setReadOnly(true);
        secret.setAutoselect(true);
        secret.setAutofocus(true);
        secret.addClassName("api-token-secret");
        secret.getStyle().set("font-family", "monospace");

        Button copy = new Button(
                getTranslation("identity.apiToken.secret.copy"),
                VaadinIcon.COPY.create(),
                click -> copy(created.plaintext()));
        HorizontalLayout line = new HorizontalLayout(secret, copy);
        line.setWidthFull();
        line.setFlexGrow(1, secret);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(warning, line, new Paragraph(getTranslation("identity.apiToken.secret.usage")));

        Button done = new Button(getTranslation("identity.apiToken.secret.done"), click -> close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(done);
    }

    private void copy(String plaintext) {
        UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", plaintext);
        Notification.show(getTranslation("identity.apiToken.secret.copied"))
                .addThemeVariants(NotificationVariant.SUCCESS);
    }
}
