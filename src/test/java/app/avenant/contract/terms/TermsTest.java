package app.avenant.contract.terms;

import static app.avenant.contract.terms.TermsFixtures.header;
import static app.avenant.contract.terms.TermsFixtures.invoiceEntry;
import static app.avenant.contract.terms.TermsFixtures.invoiceEntryExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    private static ScopeItem item(String key, String title) {
        return new ScopeItem(key, title, "", "", "", "", false, null);
    }

    @Test
    void initial_terms_hold_only_a_header() {
        Terms initial = Terms.initial(header());

        assertThat(initial.header()).isEqualTo(header());
        assertThat(initial.objectives()).isEmpty();
        assertThat(initial.scopeItems()).isEmpty();
        assertThat(initial.serviceLevels()).isEmpty();
    }

    @Test
    void a_scope_item_with_a_known_key_is_replaced_in_place() {
        Terms terms = invoiceEntryExample().withScopeItem(item("lettrage", "Lettrage"));

        Terms replaced = terms.withScopeItem(item("saisie-factures", "Saisie"));

        assertThat(replaced.scopeItems()).extracting(ScopeItem::title).containsExactly("Saisie", "Lettrage");
    }

    @Test
    void a_scope_item_with_a_new_key_is_appended() {
        Terms terms = invoiceEntryExample().withScopeItem(item("lettrage", "Lettrage"));

        assertThat(terms.scopeItems()).extracting(ScopeItem::key).containsExactly("saisie-factures", "lettrage");
        assertThat(terms.scopeItem("lettrage")).contains(item("lettrage", "Lettrage"));
    }

    @Test
    void a_scope_item_is_removed_by_key() {
        Terms terms = invoiceEntryExample().withoutScopeItem("saisie-factures");

        assertThat(terms.scopeItems()).isEmpty();
        assertThat(terms.scopeItem("saisie-factures")).isEmpty();
        assertThat(terms.withoutScopeItem("inconnue")).isEqualTo(terms);
    }

    @Test
    void service_levels_and_objectives_are_replaced_added_and_removed_by_key() {
        Terms terms = invoiceEntryExample();
        ServiceLevel stricter = new ServiceLevel(
                "factures-48h",
                "Factures saisies sous 48 h",
                "",
                new BigDecimal("97"),
                new BigDecimal("92"),
                MeasurementWindow.MONTHLY,
                true,
                new BigDecimal("50"));
        Objective reliability = new Objective("fiabilite", ObjectiveKind.RELIABILITY, "Moins d'erreurs", "");

        assertThat(terms.withServiceLevel(stricter).serviceLevel("factures-48h"))
                .contains(stricter);
        assertThat(terms.withoutServiceLevel("factures-48h").serviceLevels()).isEmpty();
        assertThat(terms.withObjective(reliability).objectives())
                .extracting(Objective::key)
                .containsExactly("gain-temps", "fiabilite");
        assertThat(terms.withoutObjective("gain-temps").objective("gain-temps")).isEmpty();
    }

    @Test
    void the_with_helpers_validate_the_result() {
        ContractHeader tooMuchNotice =
                new ContractHeader(header().startDate(), 12, Renewal.TACIT, 12, 12, BigDecimal.TEN, BigDecimal.ZERO);

        assertThatThrownBy(() -> invoiceEntryExample().withHeader(tooMuchNotice))
                .isInstanceOf(InvalidTermsException.class);
        assertThatThrownBy(() -> invoiceEntryExample().withScopeItem(item("lettrage", "")))
                .isInstanceOf(InvalidTermsException.class);
    }

    @Test
    void terms_do_not_change_when_the_lists_they_were_built_from_do() {
        List<ScopeItem> items = new java.util.ArrayList<>(List.of(invoiceEntry()));
        Terms terms = new Terms(header(), List.of(), items, List.of());

        items.clear();

        assertThat(terms.scopeItems()).hasSize(1);
        assertThatThrownBy(() -> terms.scopeItems().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
