package app.avenant.identity.ui;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.InvitationPreview;
import app.avenant.identity.InvitationView;
import app.avenant.identity.Invitations;
import app.avenant.identity.NewInvitation;
import app.avenant.identity.NewInvitationLink;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Invitations invitations;

    TestOrganisation pme;

    @BeforeEach
    void setUp() {
        pme = accounts.newOrganisation(OrganisationKind.CLIENT);
    }

    @Test
    void the_admin_sees_the_organisation_users_in_a_grid() {
        openAsAdmin();

        Grid<?> grid = usersGrid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .startsWith(pme.admin().displayName(), pme.admin().username(), "Oui", "Français", "Actif");
        assertThat(GridKt._getFormattedRow(grid, 1))
                .startsWith(pme.member().displayName(), pme.member().username(), "Non", "Français", "Actif");
    }

    @Test
    void the_admin_invites_a_colleague_and_sees_the_link_once_with_its_validity() {
        openAsAdmin();
        String username = "nouvelle-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(_get(Paragraph.class, spec -> spec.withText("Aucune invitation en attente.")))
                .isNotNull();

        _click(_get(Button.class, spec -> spec.withText("Inviter un utilisateur")));
        assertThat(_find(PasswordField.class))
                .as("the admin never types the colleague's password")
                .isEmpty();
        Checkbox admin = _get(Checkbox.class, spec -> spec.withLabel("Administrateur de l'organisation"));
        assertThat(admin.getValue()).as("least privilege by default").isFalse();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Identifiant")), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom affiché")), "Aurélie Nouvelle");
        _setValue(admin, true);
        _click(_get(Button.class, spec -> spec.withText("Créer le lien d'invitation")));

        _assertOne(InvitationLinkDialog.class);
        TextField link = _get(TextField.class, spec -> spec.withLabel("Lien d'invitation"));
        assertThat(link.getValue()).matches(".*/invitation/[A-Za-z0-9_-]{43}");
        assertThat(link.isReadOnly()).isTrue();
        assertThat(_get(InvitationLinkDialog.class).getElement().getTextRecursively())
                .contains("il ne sera plus jamais affiché")
                .containsPattern(
                        "Valable jusqu'au \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\. Son identifiant de connexion sera « "
                                + username + " »");
        _click(_get(Button.class, spec -> spec.withText("Copier")));
        NotificationsKt.expectNotifications("Lien copié dans le presse-papiers.");
        String token = link.getValue().substring(link.getValue().lastIndexOf('/') + 1);
        _click(_get(Button.class, spec -> spec.withText("J'ai copié le lien")));

        _assertNoDialogs();
        Grid<?> pending = invitationGrid();
        assertThat(GridKt._size(pending)).isEqualTo(1);
        List<String> row = GridKt._getFormattedRow(pending, 0);
        assertThat(row).startsWith("Aurélie Nouvelle", username, "Oui");
        assertThat(row.get(3)).endsWith(" par " + pme.admin().displayName());
        assertThat(row.get(4)).startsWith("Valable jusqu'au ");
        assertThat(String.join(" ", row)).doesNotContain(token);
        assertThat((Object) invitations.preview(token)).isInstanceOf(InvitationPreview.Open.class);
        assertThat(GridKt._size(usersGrid()))
                .as("no account until the colleague accepts")
                .isEqualTo(2);
    }

    @Test
    void a_username_already_taken_is_shown_next_to_the_username_field() {
        openAsAdmin();

        _click(_get(Button.class, spec -> spec.withText("Inviter un utilisateur")));
        TextField username = _get(TextField.class, spec -> spec.withLabel("Identifiant"));
        _setValue(username, pme.member().username());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom affiché")), "Homonyme");
        _click(_get(Button.class, spec -> spec.withText("Créer le lien d'invitation")));

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Cet identifiant est déjà utilisé.");
        _assertOne(InviteUserDialog.class);
        assertThat(as(pme.admin().username(), invitations::countPendingInvitations))
                .isZero();
    }

    @Test
    void empty_fields_are_flagged_before_asking_the_server() {
        openAsAdmin();

        _click(_get(Button.class, spec -> spec.withText("Inviter un utilisateur")));
        _click(_get(Button.class, spec -> spec.withText("Créer le lien d'invitation")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Identifiant")).isInvalid())
                .isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Nom affiché")).isInvalid())
                .isTrue();
        _assertOne(InviteUserDialog.class);
    }

    @Test
    void enter_creates_the_invitation() {
        openAsAdmin();
        String username = "entree-" + UUID.randomUUID().toString().substring(0, 8);

        _click(_get(Button.class, spec -> spec.withText("Inviter un utilisateur")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Identifiant")), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom affiché")), "Par la touche Entrée");
        ShortcutsKt._fireShortcut(_get(InviteUserDialog.class), Key.ENTER);

        _assertOne(InvitationLinkDialog.class);
        assertThat(as(pme.admin().username(), () -> invitations.pendingInvitations(0, 10)))
                .extracting(InvitationView::username)
                .containsExactly(username);
    }

    @Test
    void cancel_closes_the_dialog_without_inviting_anyone() {
        openAsAdmin();

        _click(_get(Button.class, spec -> spec.withText("Inviter un utilisateur")));
        _click(_get(Button.class, spec -> spec.withText("Annuler")));

        _assertNoDialogs();
        assertThat(as(pme.admin().username(), invitations::countPendingInvitations))
                .isZero();
    }

    @Test
    void the_admin_revokes_a_pending_invitation_after_confirming() {
        String username = "revoque-" + UUID.randomUUID().toString().substring(0, 8);
        NewInvitationLink link = as(
                pme.admin().username(), () -> invitations.invite(NewInvitation.member(username, "Invitée par erreur")));
        openAsAdmin();

        Button revoke = (Button) GridKt._getCellComponent(invitationGrid(), 0, "actions");
        assertThat(revoke.getText()).isEqualTo("Révoquer");
        assertThat(revoke.getAriaLabel()).contains("Révoquer l'invitation d’Invitée par erreur");
        _click(revoke);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Révoquer l'invitation ?");
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("L'invitation d’Invitée par erreur est révoquée.");
        assertThat(_find(Grid.class, spec -> spec.withClasses("pending-invitations")))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText("Aucune invitation en attente.")))
                .isNotNull();
        String token = link.path().substring(Invitations.PATH_PREFIX.length());
        assertThat((Object) invitations.preview(token)).isInstanceOf(InvitationPreview.Invalid.class);
    }

    @Test
    void a_user_who_is_not_an_admin_reads_that_the_page_is_reserved() {
        login(pme.member().username(), "admin/users");

        assertThat(_get(H2.class).getText()).isEqualTo("Accès réservé");
        _assertOne(UsersView.class);
        assertThat(_find(Grid.class)).isEmpty();
    }

    private Grid<?> invitationGrid() {
        return _get(Grid.class, spec -> spec.withClasses("pending-invitations"));
    }

    private Grid<?> usersGrid() {
        return _get(Grid.class, spec -> spec.withClasses("users-grid"));
    }

    private void openAsAdmin() {
        login(pme.admin().username(), "admin/users");
    }
}
