package app.avenant.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.OrganisationKind;
import app.avenant.identity.Users;
import app.avenant.shared.i18n.Translations;
import app.avenant.shared.ui.StaticHtml;
import app.avenant.testing.Menu;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import app.avenant.testing.UiTest;
import com.vaadin.flow.component.button.Button;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class MainLayoutTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Users users;

    TestOrganisation provider;

    @BeforeEach
    void setUp() {
        provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
    }

    @Test
    void after_sign_in_the_layout_shows_the_user_name_and_organisation_in_french() {
        login(provider.member().username());

        assertThat(uiLocale()).isEqualTo(Translations.FRENCH);
        assertThat(_get(MainLayout.class)).isNotNull();
        var who = Jsoup.parseBodyFragment(_get(StaticHtml.Block.class, spec -> spec.withClasses("user-block"))
                .getElement()
                .getProperty("innerHTML"));
        assertThat(who.select(".user-name").text()).isEqualTo(provider.member().displayName());
        assertThat(who.select(".user-organisation").text())
                .isEqualTo(provider.organisation().name());
        assertThat(navigationLabels()).containsExactly("Mes contrats", "Vérifier un document", "Mes courriels");
        assertThat(_get(Button.class, spec -> spec.withText("Se déconnecter"))).isNotNull();
        // what a screen reader says of the menu button and of the reconnecting banner is French too
        assertThat(_get(com.vaadin.flow.component.applayout.DrawerToggle.class).getAriaLabel())
                .hasValue("Afficher ou masquer le menu");
        @SuppressWarnings("deprecation")
        String reconnecting = com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .getReconnectDialogConfiguration()
                .getDialogText();
        assertThat(reconnecting).isEqualTo("Connexion perdue, nouvelle tentative en cours…");
    }

    @Test
    void organisation_admins_also_get_the_users_link() {
        login(provider.admin().username(), "admin/users");

        assertThat(navigationLabels())
                .containsExactly(
                        "Mes contrats",
                        "Vérifier un document",
                        "Mes courriels",
                        "Consultations",
                        "Utilisateurs",
                        "Identité légale",
                        "Jetons d'API",
                        "Courriels du portail");
        assertThat(Menu.entries()).containsEntry("Utilisateurs", "admin/users");
    }

    @Test
    void switching_to_english_is_saved_on_the_user_and_every_text_turns_english() {
        login(provider.member().username(), "admin/users");

        _click(_get(Button.class, spec -> spec.withText("English")));

        assertThat(uiLocale()).isEqualTo(Translations.ENGLISH);
        assertThat(navigationLabels()).containsExactly("My contracts", "Check a document", "My e-mails");
        assertThat(_get(Button.class, spec -> spec.withText("Sign out"))).isNotNull();
        assertThat(TestAccounts.as(provider.member().username(), users::currentUser)
                        .locale())
                .isEqualTo(Translations.ENGLISH);

        // the choice follows the user to the next visit
        logout();
        login(provider.member().username(), "admin/users");
        assertThat(uiLocale()).isEqualTo(Translations.ENGLISH);
    }

    @Test
    void signing_out_ends_the_session_security() {
        login(provider.member().username(), "admin/users");

        _click(_get(Button.class, spec -> spec.withText("Se déconnecter")));

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private static java.util.List<String> navigationLabels() {
        return java.util.List.copyOf(Menu.entries().keySet());
    }
}
