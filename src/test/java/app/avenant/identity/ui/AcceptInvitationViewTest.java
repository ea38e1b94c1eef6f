package app.avenant.identity.ui;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.Invitations;
import app.avenant.identity.NewInvitation;
import app.avenant.identity.NewInvitationLink;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.Users;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The page an invitation link opens, for a visitor who has no account yet (nobody signed in). */
class AcceptInvitationViewTest extends UiTest {

    private static final String GOOD_PASSWORD = "Une phrase de passe bien longue";

    @Autowired
    TestAccounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    Users users;

    TestOrganisation pme;
    String username;
    NewInvitationLink link;

    @BeforeEach
    void setUp() {
        pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        username = "rejoint-" + UUID.randomUUID().toString().substring(0, 8);
        link = as(pme.admin().username(), () -> invitations.invite(NewInvitation.member(username, "Jeanne Comptable")));
    }

    @Test
    void the_invitee_sees_whom_they_join_and_the_password_rules_without_signing_in() {
        UI.getCurrent().navigate(link.path());

        _assertOne(AcceptInvitationView.class);
        assertThat(_get(H1.class).getText())
                .isEqualTo("Rejoindre " + pme.organisation().name());
        assertThat(_get(AcceptInvitationView.class).getElement().getTextRecursively())
                .contains("Bonjour Jeanne Comptable")
                .contains("« " + username + " »");
        assertThat(password().getHelperText()).startsWith("Au moins 12 caractères");
        assertThat(_find(LoginView.class)).isEmpty();
    }

    @Test
    void a_weak_password_is_shown_next_to_its_field_then_a_good_one_creates_the_account_and_leads_to_login() {
        UI.getCurrent().navigate(link.path());

        _setValue(password(), "court");
        _setValue(passwordAgain(), "court");
        _click(_get(Button.class, spec -> spec.withText("Créer mon compte")));
        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).isEqualTo("Le mot de passe doit contenir au moins 12 caractères.");

        _setValue(password(), "motdepasse123");
        _setValue(passwordAgain(), "motdepasse123");
        _click(_get(Button.class, spec -> spec.withText("Créer mon compte")));
        assertThat(password().getErrorMessage())
                .isEqualTo("Ce mot de passe fait partie des plus courants : choisissez-en un autre.");

        _setValue(password(), GOOD_PASSWORD);
        _setValue(passwordAgain(), GOOD_PASSWORD + " ");
        _click(_get(Button.class, spec -> spec.withText("Créer mon compte")));
        assertThat(password().isInvalid()).isFalse();
        assertThat(passwordAgain().isInvalid()).isTrue();
        assertThat(passwordAgain().getErrorMessage()).isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(accounts.userInternals().findUserByUsername(username)).isEmpty();

        _setValue(passwordAgain(), GOOD_PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Créer mon compte")));

        _assertOne(LoginView.class);
        NotificationsKt.expectNotifications(
                "Votre compte est créé. Connectez-vous avec votre identifiant et votre nouveau mot de passe.");
        assertThat(accounts.userInternals().findUserByUsername(username))
                .hasValueSatisfying(user -> assertThat(user.organisationId())
                        .isEqualTo(pme.organisation().id()));
    }

    @Test
    void a_used_link_shows_a_clear_page_that_says_nothing_more() {
        invitations.accept(token(), GOOD_PASSWORD, GOOD_PASSWORD);

        UI.getCurrent().navigate(link.path());

        assertThat(_get(H1.class).getText()).isEqualTo("Lien invalide ou expiré");
        assertThat(_find(PasswordField.class)).isEmpty();
        assertThat(_get(AcceptInvitationView.class).getElement().getTextRecursively())
                .doesNotContain(pme.organisation().name())
                .doesNotContain(username);
    }

    @Test
    void an_unknown_link_reads_exactly_like_a_revoked_one() {
        as(pme.admin().username(), () -> invitations.revokeInvitation(link.invitationId()));
        UI.getCurrent().navigate(link.path());
        String revoked = _get(AcceptInvitationView.class).getElement().getTextRecursively();

        UI.getCurrent().navigate(Invitations.PATH_PREFIX + "A".repeat(43));

        assertThat(_get(AcceptInvitationView.class).getElement().getTextRecursively())
                .isEqualTo(revoked);
    }

    @Test
    void a_link_revoked_while_the_page_was_open_refuses_the_password_with_the_same_clear_page() {
        UI.getCurrent().navigate(link.path());
        as(pme.admin().username(), () -> invitations.revokeInvitation(link.invitationId()));

        _setValue(password(), GOOD_PASSWORD);
        _setValue(passwordAgain(), GOOD_PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Créer mon compte")));

        assertThat(_get(H1.class).getText()).isEqualTo("Lien invalide ou expiré");
        assertThat(accounts.userInternals().findUserByUsername(username)).isEmpty();
    }

    private String token() {
        return link.path().substring(Invitations.PATH_PREFIX.length());
    }

    private PasswordField password() {
        return _get(PasswordField.class, spec -> spec.withLabel("Mot de passe"));
    }

    private PasswordField passwordAgain() {
        return _get(PasswordField.class, spec -> spec.withLabel("Confirmez le mot de passe"));
    }
}
