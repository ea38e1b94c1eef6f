package app.avenant.identity.ui;

import app.avenant.identity.NewInvitationLink;
import app.avenant.shared.format.Formats;
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
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one time an invitation link is visible (as {@link ApiTokenSecretDialog} for a token): read-only,
 * selected on focus, with a copy button, how long it works, and the warning that it will not be shown
 * again. Closing needs a deliberate click or Escape, never a click beside the dialog.
 */
class InvitationLinkDialog extends Dialog {

    /** @param mailServer true when the portal sends e-mail (otherwise an address given gets nothing) */
    InvitationLinkDialog(NewInvitationLink invitation, boolean mailServer) {
        setHeaderTitle(getTranslation("identity.invitation.link.title", invitation.displayName()));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(true);
        setWidth("44rem");
        setMaxWidth("100%");

        String url = absolute(invitation.path());
        // what the admin still has to do depends on whether the link really leaves by e-mail
        String emailedTo = invitation.emailedTo();
        Paragraph warning = new Paragraph(
                emailedTo == null
                        ? getTranslation("identity.invitation.link.warning")
                        : mailServer
                                ? getTranslation("identity.invitation.link.mailed", emailedTo)
                                : getTranslation("identity.invitation.link.noMailServer", emailedTo));
        warning.addClassName("invitation-link-warning");

        TextField link = new TextField(getTranslation("identity.invitation.link.field"));
        link.setValue(url);
        link.setReadOnly(true);
        link.setAutoselect(true);
        link.setAutofocus(true);
        link.addClassName("invitation-link");
        link.getStyle().set("font-family", "monospace");

        Button copy = new Button(
                getTranslation("identity.invitation.link.copy"), VaadinIcon.COPY.create(), click -> copy(url));
        HorizontalLayout line = new HorizontalLayout(link, copy);
        line.setWidthFull();
        line.setFlexGrow(1, link);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);

        Paragraph validity = new Paragraph(getTranslation(
                "identity.invitation.link.validUntil",
                Formats.dateTime(invitation.expiresAt(), getLocale()),
                invitation.username()));
        validity.addClassName("invitation-link-validity");
        add(warning, line, validity);

        Button done = new Button(
                getTranslation(
                        emailedTo != null && mailServer
                                ? "identity.invitation.link.close"
                                : "identity.invitation.link.done"),
                click -> close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(done);
    }

    /** The link as the admin's browser reaches the portal (same scheme, host and context path). */
    static String absolute(String path) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                    .path("/" + path)
                    .toUriString();
        }
        return "/" + path;
    }

    private void copy(String url) {
        UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", url);
        Notification.show(getTranslation("identity.invitation.link.copied"))
                .addThemeVariants(NotificationVariant.SUCCESS);
    }
}
