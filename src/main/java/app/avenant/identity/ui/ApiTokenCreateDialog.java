package app.avenant.identity.ui;

import app.avenant.identity.ApiTokenValidationException;
import app.avenant.identity.ApiTokens;
import app.avenant.identity.NewApiToken;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * "Nouveau jeton d'API": the admin names the token after the tool that will use it. The service owns the
 * rules; its refusal is shown next to the name. Enter creates, Escape cancels.
 */
class ApiTokenCreateDialog extends Dialog {

    private final ApiTokens tokens;
    private final Consumer<NewApiToken> onCreated;
    private final TextField name = new TextField();

    ApiTokenCreateDialog(ApiTokens tokens, Consumer<NewApiToken> onCreated) {
        this.tokens = tokens;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("identity.apiToken.create.title"));
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("32rem");
        setMaxWidth("100%");

        name.setLabel(getTranslation("identity.apiToken.create.name"));
        name.setHelperText(getTranslation("identity.apiToken.create.name.help", ApiTokens.NAME_MAX_LENGTH));
        name.setMaxLength(ApiTokens.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setAutofocus(true);
        name.setWidthFull();
        add(name);

        Button create = new Button(getTranslation("identity.apiToken.create.submit"), click -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button(getTranslation("shared.cancel"), click -> close());
        getFooter().add(cancel, create);
    }

    private void create() {
        try {
            NewApiToken created = tokens.create(name.getValue());
            close();
            onCreated.accept(created);
        } catch (ApiTokenValidationException refused) {
            name.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            name.setInvalid(true);
        }
    }
}
