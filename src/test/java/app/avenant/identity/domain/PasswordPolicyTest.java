package app.avenant.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.domain.PasswordPolicy.Violation;
import app.avenant.shared.i18n.Translations;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void the_demo_and_test_passwords_are_accepted() {
        assertThat(PasswordPolicy.check("Avenant-demo-2026", "claire.martin")).isEmpty();
        assertThat(PasswordPolicy.check("Mot-de-passe-de-test-2026", "admin-1234"))
                .isEmpty();
    }

    @Test
    void fewer_than_twelve_characters_are_refused() {
        assertThat(key(PasswordPolicy.check("Court-2026!", "paul"))).isEqualTo("identity.user.password.tooShort");
        assertThat(PasswordPolicy.check("Douze-chars!", "paul")).isEmpty();
    }

    @Test
    void accented_characters_count_as_one_each() {
        assertThat(PasswordPolicy.check("éléphantéété", "paul")).isEmpty();
    }

    @Test
    void more_than_72_bytes_are_refused() {
        assertThat(key(PasswordPolicy.check("é".repeat(37), "paul"))).isEqualTo("identity.user.password.tooLong");
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        for (String common : new String[] {
            "motdepasse123", "MotDePasse123", "AZERTY123456", "password1234", "Bienvenue2026", "azertyuiop123"
        }) {
            assertThat(key(PasswordPolicy.check(common, "paul"))).as(common).isEqualTo("identity.user.password.common");
        }
    }

    @Test
    void the_bundled_list_holds_french_favourites() {
        assertThat(PasswordPolicy.isCommon("motdepasse")).isTrue();
        assertThat(PasswordPolicy.isCommon("azerty123")).isTrue();
        assertThat(PasswordPolicy.isCommon("Soleil")).isTrue();
        assertThat(PasswordPolicy.isCommon("un-mot-de-passe-sûr")).isFalse();
    }

    @Test
    void the_username_itself_is_refused() {
        assertThat(key(PasswordPolicy.check("Claire.Martin.Dupont", "claire.martin.dupont")))
                .isEqualTo("identity.user.password.sameAsUsername");
    }

    @Test
    void every_refusal_reads_clearly_in_french_and_in_english() {
        Violation common = PasswordPolicy.check("motdepasse123", "paul").orElseThrow();
        Violation tooShort = PasswordPolicy.check("court", "paul").orElseThrow();

        assertThat(Translations.get(Locale.FRANCE, common.messageKey(), common.args()))
                .isEqualTo("Ce mot de passe fait partie des plus courants : choisissez-en un autre.");
        assertThat(Translations.get(Locale.UK, common.messageKey(), common.args()))
                .isEqualTo("This password is one of the most common ones: choose another.");
        assertThat(Translations.get(Locale.FRANCE, tooShort.messageKey(), tooShort.args()))
                .isEqualTo("Le mot de passe doit contenir au moins 12 caractères.");
        assertThat(Translations.get(Locale.FRANCE, "identity.user.password.sameAsUsername"))
                .isEqualTo("Le mot de passe ne peut pas être l'identifiant.");
    }

    private static String key(Optional<Violation> violation) {
        return violation.orElseThrow().messageKey();
    }
}
