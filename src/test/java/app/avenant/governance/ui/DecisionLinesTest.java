package app.avenant.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionLinesTest {

    @Test
    void each_non_blank_line_is_a_decision_without_its_bullet_or_number() {
        assertThat(DecisionLines.of("""
                - Passer la référence à 1 040 factures
                  2) Relancer le cabinet sur la paie

                • Revoir le délai de 48 h
                a) Point d'étape en janvier
                1 040 factures en janvier"""))
                .containsExactly(
                        "Passer la référence à 1 040 factures",
                        "Relancer le cabinet sur la paie",
                        "Revoir le délai de 48 h",
                        "Point d'étape en janvier",
                        "1 040 factures en janvier");
    }

    @Test
    void no_decision_gives_no_line() {
        assertThat(DecisionLines.of("  \n\n")).isEmpty();
    }
}
