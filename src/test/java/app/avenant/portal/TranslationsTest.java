package app.avenant.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.shared.i18n.Translations;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The merged bundles of every module, as the whole portal shows them. Plain unit test: no Spring. */
class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void french_comes_first_then_english() {
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.FRANCE, Locale.UK);
    }

    @Test
    void accents_and_apostrophes_arrive_intact() {
        assertThat(translations.getTranslation("portal.logout", Locale.FRANCE)).isEqualTo("Se déconnecter");
        assertThat(translations.getTranslation("identity.login.username", Locale.FRANCE))
                .isEqualTo("Nom d'utilisateur");
    }

    @Test
    void arguments_are_formatted_in_the_language_asked() {
        assertThat(Translations.get(Locale.FRANCE, "identity.users.heading", "Boulangerie Martin SARL"))
                .isEqualTo("Utilisateurs de Boulangerie Martin SARL");
        assertThat(Translations.get(Locale.UK, "identity.newUser.created", "Paul Durand"))
                .isEqualTo("Paul Durand's account is created.");
    }

    @Test
    void any_english_gets_english_and_every_other_language_gets_french() {
        assertThat(Translations.get(Locale.US, "portal.nav.contracts")).isEqualTo("My contracts");
        assertThat(Translations.get(Locale.ENGLISH, "portal.nav.contracts")).isEqualTo("My contracts");
        assertThat(Translations.get(Locale.GERMANY, "portal.nav.contracts")).isEqualTo("Mes contrats");
        assertThat(Translations.get(null, "portal.nav.contracts")).isEqualTo("Mes contrats");
    }

    @Test
    void a_missing_key_shows_itself_between_exclamation_marks() {
        assertThat(translations.getTranslation("nowhere.to.be.found", Locale.FRANCE))
                .isEqualTo("!nowhere.to.be.found!");
    }

    @Test
    void every_text_of_every_module_exists_in_french_and_in_english() {
        Map<String, Set<String>> keys = Translations.keysByLanguage();

        Set<String> onlyFrench = new HashSet<>(keys.get("fr"));
        onlyFrench.removeAll(keys.get("en"));
        Set<String> onlyEnglish = new HashSet<>(keys.get("en"));
        onlyEnglish.removeAll(keys.get("fr"));

        assertThat(onlyFrench).as("keys missing in English").isEmpty();
        assertThat(onlyEnglish).as("keys missing in French").isEmpty();
    }
}
