package app.avenant.identity.ui;

import app.avenant.identity.InvitationInvalidException;
import app.avenant.identity.InvitationPreview;
import app.avenant.identity.Invitations;
import app.avenant.identity.UserValidationException;
import app.avenant.identity.domain.PasswordPolicy;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where an invitation link leads: "Rejoindre &lt;organisation&gt;", the invitee chooses their password (the
 * policy explained, each refusal next to its field), then goes to the login page with a word of welcome.
 * Open to visitors without an account (the link is the credential) and outside the signed-in frame; a link
 * that no longer works shows one clear page that does not say why.
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
public class AcceptInvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";

    private final Invitations invitations;
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordAgain = new PasswordField();
    private String token = "";

    AcceptInvitationView(Invitations invitations) {
        this.invitations = invitations;
        addClassName("accept-invitation-view");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setMaxWidth("36rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(TOKEN).orElse("");
        removeAll();
        switch (invitations.preview(token)) {
            case InvitationPreview.Open open -> showForm(open);
            case InvitationPreview.Invalid invalid -> showInvalid(InvitationInvalidException.INVALID);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.invitation.accept.pageTitle");
    }

    private void showForm(InvitationPreview.Open invitation) {
        password.setLabel(getTranslation("identity.invitation.accept.password"));
        password.setHelperText(getTranslation("identity.invitation.accept.password.policy", PasswordPolicy.MIN_LENGTH));
        password.setAutofocus(true);
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        passwordAgain.setLabel(getTranslation("identity.invitation.accept.passwordAgain"));
        passwordAgain.setRequiredIndicatorVisible(true);
        passwordAgain.setWidthFull();
        FormLayout form = new FormLayout(password, passwordAgain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidthFull();

        Button join = new Button(getTranslation("identity.invitation.accept.submit"), click -> accept());
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.addClickShortcut(Key.ENTER);

        add(
                new H1(getTranslation("identity.invitation.accept.title", invitation.organisationName())),
                new Paragraph(getTranslation(
                        "identity.invitation.accept.intro", invitation.displayName(), invitation.username())),
                form,
                join);
    }

    private void accept() {
        password.setInvalid(false);
        passwordAgain.setInvalid(false);
        try {
            invitations.accept(token, password.getValue(), passwordAgain.getValue());
        } catch (UserValidationException refused) {
            HasValidation field = Invitations.PASSWORD_AGAIN.equals(refused.field()) ? passwordAgain : password;
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            field.setInvalid(true);
            return;
        } catch (InvitationInvalidException refused) {
            // expired, revoked or used since the page was opened, or the username went to someone else
            removeAll();
            showInvalid(refused.messageKey());
            return;
        }
        Notification welcome = Notification.show(
                getTranslation("identity.invitation.accept.done"), 10_000, Notification.Position.TOP_CENTER);
        welcome.addThemeVariants(NotificationVariant.SUCCESS);
        UI.getCurrent().navigate(LoginView.class);
    }

    private void showInvalid(String messageKey) {
        H1 title = new H1(getTranslation("identity.invitation.invalid.title"));
        title.addClassName("invitation-invalid");
        Anchor login = new Anchor("login", getTranslation("identity.invitation.invalid.login"));
        add(title, new Paragraph(getTranslation(messageKey)), login);
    }
}
