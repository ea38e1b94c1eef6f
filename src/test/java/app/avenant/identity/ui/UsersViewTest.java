package app.avenant.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.OrganisationKind;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.shared.SystemCaller;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    Users users;

    TestOrganisation pme;

    @BeforeEach
    void setUp() {
        pme = accounts.newOrganisation(OrganisationKind.CLIENT);
    }

    @Test
    void the_admin_sees_the_organisation_users_in_a_grid() {
        openAsAdmin();

        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .startsWith(pme.admin().displayName(), pme.admin().username(), "Oui", "Français", "Actif");
        assertThat(GridKt._getFormattedRow(grid, 1))
                .startsWith(pme.member().displayName(), pme.member().username(), "Non", "Français", "Actif");
    }

    @Test
    void the_admin_creates_a_user_through_the_dialog() {
        openAsAdmin();
        String username = "nouvelle-" + UUID.randomUUID().toString().substring(0, 8);

        _click(_get(Button.class, spec -> spec.withText("Nouvel utilisateur")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Identifiant")), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom affiché")), "Aurélie Nouvelle");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Mot de passe")), "un-mot-de-passe-sûr");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Administrateur de l'organisation")), true);
        _click(_get(Button.class, spec -> spec.withText("Créer")));

        _assertNoDialogs();
        NotificationsKt.expectNotifications("Le compte de Aurélie Nouvelle est créé.");
        Optional<UserRef> created = SystemCaller.run(() -> users.findUserByUsername(username));
        assertThat(created).hasValueSatisfying(user -> {
            assertThat(user.displayName()).isEqualTo("Aurélie Nouvelle");
            assertThat(user.organisationId()).isEqualTo(pme.organisation().id());
        });
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(3);
    }

    @Test
    void a_too_short_password_is_shown_next_to_the_password_field_and_the_dialog_stays_open() {
        openAsAdmin();
        String username = "court-" + UUID.randomUUID().toString().substring(0, 8);

        _click(_get(Button.class, spec -> spec.withText("Nouvel utilisateur")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Identifiant")), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom affiché")), "Mot de passe court");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Mot de passe"));
        _setValue(password, "trop-court");
        _click(_get(Button.class, spec -> spec.withText("Créer")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Le mot de passe doit contenir au moins 12 caractères.");
        _assertOne(NewUserDialog.class);
        assertThat(SystemCaller.run(() -> users.findUserByUsername(username))).isEmpty();
    }

    @Test
    void a_username_already_taken_is_shown_next_to_the_username_field() {
        openAsAdmin();

        _click(_get(Button.class, spec -> spec.withText("Nouvel utilisateur")));
        TextField username = _get(TextField.class, spec -> spec.withLabel("Identifiant"));
        _setValue(username, pme.member().username());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom affiché")), "Homonyme");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Mot de passe")), "un-mot-de-passe-sûr");
        _click(_get(Button.class, spec -> spec.withText("Créer")));

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Cet identifiant est déjà utilisé.");
    }

    @Test
    void empty_fields_are_flagged_before_asking_the_server() {
        openAsAdmin();

        _click(_get(Button.class, spec -> spec.withText("Nouvel utilisateur")));
        _click(_get(Button.class, spec -> spec.withText("Créer")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Identifiant")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Nom affiché")).isInvalid()).isTrue();
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Mot de passe")).isInvalid()).isTrue();
        _assertOne(NewUserDialog.class);
    }

    @Test
    void enter_creates_the_user() {
        openAsAdmin();
        String username = "entree-" + UUID.randomUUID().toString().substring(0, 8);

        _click(_get(Button.class, spec -> spec.withText("Nouvel utilisateur")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Identifiant")), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom affiché")), "Par la touche Entrée");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Mot de passe")), "un-mot-de-passe-sûr");
        ShortcutsKt._fireShortcut(_get(NewUserDialog.class), Key.ENTER);

        _assertNoDialogs();
        assertThat(SystemCaller.run(() -> users.findUserByUsername(username))).isPresent();
    }

    @Test
    void cancel_closes_the_dialog_without_creating_anything() {
        openAsAdmin();

        _click(_get(Button.class, spec -> spec.withText("Nouvel utilisateur")));
        _click(_get(Button.class, spec -> spec.withText("Annuler")));

        _assertNoDialogs();
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(2);
    }

    @Test
    void a_user_who_is_not_an_admin_reads_that_the_page_is_reserved() {
        login(pme.member().username(), "admin/users");

        assertThat(_get(H2.class).getText()).isEqualTo("Accès réservé");
        _assertOne(UsersView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class)).isEmpty();
    }

    private void openAsAdmin() {
        login(pme.admin().username(), "admin/users");
    }
}
