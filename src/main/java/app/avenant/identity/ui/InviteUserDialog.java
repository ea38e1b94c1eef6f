package app.avenant.identity.ui;

import app.avenant.identity.Invitations;
import app.avenant.identity.NewInvitation;
import app.avenant.identity.NewInvitationLink;
import app.avenant.identity.NewUser;
import app.avenant.identity.UserValidationException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * "Inviter un utilisateur": the admin types the colleague's future username and name, the address the link is
 * e-mailed to (optional), and whether they will
 * administer the organisation (unticked by default). No password: the colleague chooses it through the
 * link. The service owns the rules; its refusal is shown next to the field it names. Enter invites, Escape
 * cancels.
 */
class InviteUserDialog extends Dialog {

    private final Invitations invitations;
    private final Consumer<NewInvitationLink> onInvited;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    // a plain text field: the service says what is wrong with an address, in the same words as "Mes courriels"
    // (an EmailField's own pattern check would turn it red without a word)
    private final TextField email = new TextField();
    private final Checkbox organisationAdmin = new Checkbox();
    private final Binder<NewInvitation> binder = new Binder<>(NewInvitation.class);
    private final Map<String, HasValidation> fieldsByName =
            Map.of(NewUser.USERNAME, username, NewUser.DISPLAY_NAME, displayName, NewInvitation.EMAIL, email);

    /** @param mailServer true when the portal sends e-mail: the form then promises the link leaves by e-mail */
    InviteUserDialog(Invitations invitations, Consumer<NewInvitationLink> onInvited, boolean mailServer) {
        this.invitations = invitations;
        this.onInvited = onInvited;
        setHeaderTitle(getTranslation("identity.invitation.invite.title"));
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("32rem");
        setMaxWidth("100%");

        username.setLabel(getTranslation("identity.newUser.username"));
        username.setHelperText(getTranslation("identity.newUser.username.help"));
        username.setAutofocus(true);
        displayName.setLabel(getTranslation("identity.newUser.displayName"));
        email.setLabel(getTranslation("identity.invitation.email"));
        email.setHelperText(getTranslation(
                mailServer ? "identity.invitation.email.help" : "identity.invitation.email.help.noMail"));
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("autocomplete", "off");
        organisationAdmin.setLabel(getTranslation("identity.newUser.admin"));
        organisationAdmin.setHelperText(getTranslation("identity.invitation.invite.admin.help"));

        binder.forField(username)
                .asRequired(getTranslation("identity.user.username.required"))
                .bind(NewUser.USERNAME);
        binder.forField(displayName)
                .asRequired(getTranslation("identity.user.displayName.required"))
                .bind(NewUser.DISPLAY_NAME);
        binder.forField(email).bind(NewInvitation.EMAIL);
        binder.forField(organisationAdmin).bind("organisationAdmin");
        binder.readBean(NewInvitation.member("", ""));

        FormLayout form = new FormLayout(username, displayName, email, organisationAdmin);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(
                new Paragraph(getTranslation(
                        mailServer ? "identity.invitation.invite.intro" : "identity.invitation.invite.intro.noMail")),
                form);

        Button invite = new Button(getTranslation("identity.invitation.invite.submit"), click -> invite());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button(getTranslation("shared.cancel"), click -> close());
        getFooter().add(cancel, invite);
    }

    private void invite() {
        NewInvitation invitation;
        try {
            invitation = binder.writeRecord();
        } catch (ValidationException e) {
            return; // the binder already shows each message next to its field
        }
        try {
            NewInvitationLink link = invitations.invite(invitation);
            close();
            onInvited.accept(link);
        } catch (UserValidationException refused) {
            HasValidation field = fieldsByName.getOrDefault(refused.field(), username);
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            field.setInvalid(true);
        }
    }
}
