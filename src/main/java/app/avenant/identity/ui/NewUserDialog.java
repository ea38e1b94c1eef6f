package app.avenant.identity.ui;

import app.avenant.identity.NewUser;
import app.avenant.identity.UserRef;
import app.avenant.identity.UserValidationException;
import app.avenant.identity.Users;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * "Nouvel utilisateur": the admin types a colleague's identifier, name and first password. The service
 * owns the rules; its refusal is shown next to the field it names. Enter creates, Escape cancels.
 */
class NewUserDialog extends Dialog {

    private final Users users;
    private final Consumer<UserRef> onCreated;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final Checkbox organisationAdmin = new Checkbox();
    private final Binder<NewUser> binder = new Binder<>(NewUser.class);
    private final Map<String, HasValidation> fieldsByName =
            Map.of(NewUser.USERNAME, username, NewUser.DISPLAY_NAME, displayName, NewUser.RAW_PASSWORD, password);

    NewUserDialog(Users users, Consumer<UserRef> onCreated) {
        this.users = users;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("identity.newUser.title"));
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("32rem");
        setMaxWidth("100%");

        username.setLabel(getTranslation("identity.newUser.username"));
        username.setHelperText(getTranslation("identity.newUser.username.help"));
        username.setAutofocus(true);
        displayName.setLabel(getTranslation("identity.newUser.displayName"));
        password.setLabel(getTranslation("identity.newUser.password"));
        password.setHelperText(getTranslation("identity.newUser.password.policy"));
        organisationAdmin.setLabel(getTranslation("identity.newUser.admin"));

        binder.forField(username).asRequired(getTranslation("identity.user.username.required"))
                .bind(NewUser.USERNAME);
        binder.forField(displayName).asRequired(getTranslation("identity.user.displayName.required"))
                .bind(NewUser.DISPLAY_NAME);
        binder.forField(password).asRequired(getTranslation("identity.user.password.required"))
                .bind(NewUser.RAW_PASSWORD);
        binder.forField(organisationAdmin).bind("organisationAdmin");

        FormLayout form = new FormLayout(username, displayName, password, organisationAdmin);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button create = new Button(getTranslation("identity.newUser.create"), click -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button(getTranslation("shared.cancel"), click -> close());
        getFooter().add(cancel, create);
    }

    private void create() {
        NewUser user;
        try {
            user = binder.writeRecord();
        } catch (ValidationException e) {
            return; // the binder already shows each message next to its field
        }
        try {
            UserRef created = users.createUser(user);
            close();
            Notification.show(getTranslation("identity.newUser.created", created.displayName()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            onCreated.accept(created);
        } catch (UserValidationException refused) {
            HasValidation field = fieldsByName.getOrDefault(refused.field(), username);
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            field.setInvalid(true);
        }
    }
}
