package app.avenant.identity.ui;

import app.avenant.identity.AccountStatus;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.InvitationNotFoundException;
import app.avenant.identity.InvitationView;
import app.avenant.identity.Invitations;
import app.avenant.identity.MailDelivery;
import app.avenant.identity.NewInvitationLink;
import app.avenant.identity.UserSummary;
import app.avenant.identity.Users;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.NarrowScreens;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * The organisation admin's list of colleagues' accounts, and where colleagues are invited: the admin makes
 * a one-time link ({@link InviteUserDialog}, {@link InvitationLinkDialog}) and the colleague chooses their own
 * password ({@link AcceptInvitationView}); pending invitations are listed below the accounts, each revocable.
 * Anyone signed in may open the page; the services decide, so a non-admin only reads that it is reserved.
 */
@Route("admin/users")
@PermitAll
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final Users users;
    private final Invitations invitations;
    private final Grid<UserSummary> grid = new Grid<>();
    private final Grid<InvitationView> invitationGrid = new Grid<>();
    private final Paragraph noInvitation = new Paragraph();
    private @Nullable UUID myId;
    private final boolean mailServer;

    UsersView(Users users, Invitations invitations, ObjectProvider<MailDelivery> mail) {
        // an invitation with an address really leaves by e-mail only when the portal sends mail
        MailDelivery delivery = mail.getIfAvailable();
        this.mailServer = delivery != null && delivery.mailLeaves();
        this.users = users;
        this.invitations = invitations;
        addClassName("users-view");
        CurrentUser me = users.currentUser();
        if (!me.organisationAdmin()) {
            add(
                    new H2(getTranslation("identity.users.restricted.title")),
                    new Paragraph(getTranslation("identity.users.restricted.message")));
            return;
        }
        myId = me.id();
        setSizeFull();
        Button invite = new Button(getTranslation("identity.invitation.invite"), click -> openInviteDialog());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout header = new HorizontalLayout(
                new H2(getTranslation(
                        "identity.users.heading", me.organisation().name())),
                invite);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        configureGrid();
        configureInvitationGrid();
        add(header, grid, new H3(getTranslation("identity.invitation.pending.heading")), noInvitation, invitationGrid);
        setFlexGrow(1, grid);
        refreshInvitations();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.users.pageTitle");
    }

    private void configureGrid() {
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("identity.users.column.name"))
                .setFlexGrow(2);
        var username = grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("identity.users.column.username"))
                .setFlexGrow(2);
        var admin = grid.addColumn(user -> getTranslation(user.organisationAdmin() ? "shared.yes" : "shared.no"))
                .setHeader(getTranslation("identity.users.column.admin"));
        var language = grid.addColumn(user ->
                        getTranslation("shared.language." + user.locale().getLanguage()))
                .setHeader(getTranslation("identity.users.column.language"));
        // at 390 px the name, the status and the actions stay on screen; the rest comes back on a wider one
        NarrowScreens.hideOnPhones(grid, username, admin, language);
        grid.addColumn(user ->
                        getTranslation("identity.users.status." + user.status().name()))
                .setHeader(getTranslation("identity.users.column.status"));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("identity.users.column.actions"))
                .setKey("actions")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(
                query -> users.userSummariesOfMyOrganisation(query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(users.countUsersOfMyOrganisation()));
        grid.setSizeFull();
        grid.addClassName("users-grid");
    }

    /** Suspend or reactivate, and remove: never on the admin's own line, nothing left once removed. */
    private Component actions(UserSummary user) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.setWrap(true); // at 390 px "Supprimer" goes under "Suspendre" instead of off screen
        if (user.id().equals(myId) || user.status() == AccountStatus.REMOVED) {
            return actions;
        }
        if (user.status() == AccountStatus.ACTIVE) {
            actions.add(actionButton("suspend", "suspended", user, false, () -> users.suspendUser(user.id())));
        } else {
            actions.add(actionButton("reactivate", "reactivated", user, false, () -> users.reactivateUser(user.id())));
        }
        actions.add(actionButton("remove", "removed", user, true, () -> users.removeUser(user.id())));
        return actions;
    }

    /** A button that asks for confirmation, then acts; texts are {@code identity.users.<action>…, <done>}. */
    private Button actionButton(String action, String done, UserSummary user, boolean destructive, Runnable act) {
        String prefix = "identity.users." + action;
        Button button = new Button(getTranslation(prefix), click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation(prefix + ".confirm.title"));
            confirm.setText(getTranslation(prefix + ".confirm.text", user.displayName()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("shared.cancel"));
            confirm.setConfirmText(getTranslation(prefix + ".confirm.ok"));
            confirm.setConfirmButtonTheme(destructive ? "error primary" : "primary");
            confirm.addConfirmListener(event -> run(act, "identity.users." + done, user));
            confirm.open();
        });
        button.addThemeVariants(ButtonVariant.TERTIARY);
        if (destructive) {
            button.addThemeVariants(ButtonVariant.ERROR);
        }
        button.setAriaLabel(getTranslation(prefix + ".label", user.displayName()));
        return button;
    }

    private void run(Runnable act, String doneKey, UserSummary user) {
        try {
            act.run();
            Notification.show(getTranslation(doneKey, user.displayName()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (IllegalStateException | AccessDeniedException changedMeanwhile) {
            // removed, or moved out of reach, by another admin since the list was drawn
            Notification.show(getTranslation("identity.users.actionRefused"))
                    .addThemeVariants(NotificationVariant.WARNING);
        }
        grid.getDataProvider().refreshAll();
    }

    // --- pending invitations ---

    private void configureInvitationGrid() {
        invitationGrid
                .addColumn(InvitationView::displayName)
                .setHeader(getTranslation("identity.users.column.name"))
                .setFlexGrow(2);
        invitationGrid
                .addColumn(InvitationView::username)
                .setHeader(getTranslation("identity.users.column.username"))
                .setFlexGrow(2);
        invitationGrid
                .addColumn(invitation -> getTranslation(invitation.organisationAdmin() ? "shared.yes" : "shared.no"))
                .setHeader(getTranslation("identity.users.column.admin"));
        invitationGrid
                .addColumn(invitation -> getTranslation(
                        "identity.invitation.pending.invitedBy.value",
                        Formats.dateTime(invitation.createdAt(), getLocale()),
                        invitation.invitedByName()))
                .setHeader(getTranslation("identity.invitation.pending.column.invited"))
                .setFlexGrow(2);
        invitationGrid
                .addColumn(invitation -> getTranslation(
                        invitation.expired()
                                ? "identity.invitation.pending.expired"
                                : "identity.invitation.pending.validUntil",
                        Formats.dateTime(invitation.expiresAt(), getLocale())))
                .setHeader(getTranslation("identity.invitation.pending.column.validity"))
                .setFlexGrow(2);
        invitationGrid
                .addComponentColumn(this::revokeButton)
                .setKey("actions")
                .setHeader(getTranslation("identity.users.column.actions"));
        invitationGrid.addThemeVariants(GridVariant.ROW_STRIPES);
        invitationGrid.setEmptyStateText(getTranslation("identity.invitation.pending.empty"));
        noInvitation.setText(getTranslation("identity.invitation.pending.empty"));
        noInvitation.addClassName("no-pending-invitation");
        invitationGrid.setItems(
                query -> invitations.pendingInvitations(query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(invitations.countPendingInvitations()));
        invitationGrid.setWidthFull();
        invitationGrid.setHeight("16rem");
        invitationGrid.addClassName("pending-invitations");
    }

    private Button revokeButton(InvitationView invitation) {
        Button revoke = new Button(getTranslation("identity.invitation.revoke"), click -> confirmRevoke(invitation));
        revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        revoke.setAriaLabel(getTranslation("identity.invitation.revoke.label", invitation.displayName()));
        return revoke;
    }

    private void confirmRevoke(InvitationView invitation) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("identity.invitation.revoke.confirm.title"));
        confirm.setText(getTranslation(
                "identity.invitation.revoke.confirm.text", invitation.displayName(), invitation.username()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("shared.cancel"));
        confirm.setConfirmText(getTranslation("identity.invitation.revoke.confirm.ok"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> revoke(invitation));
        confirm.open();
    }

    private void revoke(InvitationView invitation) {
        try {
            invitations.revokeInvitation(invitation.id());
            Notification.show(getTranslation("identity.invitation.revoked", invitation.displayName()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (InvitationNotFoundException | AccessDeniedException changedMeanwhile) {
            Notification.show(getTranslation("identity.invitation.revoke.refused"))
                    .addThemeVariants(NotificationVariant.WARNING);
        }
        refreshInvitations();
    }

    /** The grid while there is something to list, else one line saying there is nothing pending. */
    private void refreshInvitations() {
        boolean any = invitations.countPendingInvitations() > 0;
        invitationGrid.setVisible(any);
        noInvitation.setVisible(!any);
        invitationGrid.getDataProvider().refreshAll();
    }

    private void openInviteDialog() {
        new InviteUserDialog(invitations, this::invited, mailServer).open();
    }

    private void invited(NewInvitationLink link) {
        refreshInvitations();
        new InvitationLinkDialog(link, mailServer).open();
    }
}
