package app.avenant.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** « de octobre » is a mistake a gérante notices at once. */
class ElisionTest {

    @Test
    void de_before_an_argument_starting_with_a_vowel_is_elided() {
        assertThat(Elision.apply("Relevé de {0} à valider", new Object[] {"octobre 2026"}))
                .isEqualTo("Relevé d’{0} à valider");
        assertThat(Elision.apply("L’accès de {0} a été retiré.", new Object[] {"Isabelle Roux"}))
                .isEqualTo("L’accès d’{0} a été retiré.");
        assertThat(Elision.apply("De {0} à {1}", new Object[] {"avril", "mai"})).isEqualTo("D’{0} à {1}");
    }

    @Test
    void de_before_a_consonant_a_number_or_inside_a_word_is_kept() {
        assertThat(Elision.apply("Relevé de {0}", new Object[] {"novembre 2026"}))
                .isEqualTo("Relevé de {0}");
        assertThat(Elision.apply("Révision de {1}", new Object[] {"x", 3})).isEqualTo("Révision de {1}");
        assertThat(Elision.apply("Coefficient de {0}", new Object[] {""})).isEqualTo("Coefficient de {0}");
        assertThat(Elision.apply("Monde {0}", new Object[] {"entier"})).isEqualTo("Monde {0}");
    }

    @Test
    void french_texts_are_elided_and_english_ones_untouched() {
        assertThat(Translations.get(Translations.FRENCH, "access.revoke.done", "Émilie Robert"))
                .isEqualTo("L’accès d’Émilie Robert a été retiré.");
        assertThat(Translations.get(Translations.ENGLISH, "access.revoke.done", "Émilie Robert"))
                .doesNotContain("d’");
    }
}
