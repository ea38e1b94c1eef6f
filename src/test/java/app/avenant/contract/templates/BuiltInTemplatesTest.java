package app.avenant.contract.templates;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Activity;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Readiness;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumePricing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each activity's template is valid terms a gérante can propose once she adds her own documentation. */
class BuiltInTemplatesTest {

    private static final ContractHeader HEADER =
            new ContractHeader(LocalDate.of(2027, 1, 1), 12, Renewal.TACIT, 12, 3, new BigDecimal("10"), null);

    @ParameterizedTest
    @EnumSource(value = Activity.class, names = "AUTRE", mode = EnumSource.Mode.EXCLUDE)
    void is_valid_measurable_and_only_lacks_the_pmes_documentation(Activity activity) {
        Terms terms = BuiltInTemplates.of(activity, HEADER);

        assertThat(BuiltInTemplates.NAMES).containsKey(activity);
        assertThat(terms.header()).isEqualTo(HEADER);
        assertThat(terms.objectives()).isNotEmpty();
        assertThat(terms.scopeItems()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.description()).contains("Documentation attendue");
            assertThat(item.acceptanceCriteria()).isNotBlank();
            assertThat(item.unitOfMeasure()).isNotBlank();
        });
        assertThat(terms.scopeItems())
                .anySatisfy(item -> assertThat(item.volume()).isNotNull());
        assertThat(terms.serviceLevels())
                .anySatisfy(level -> assertThat(level.critical()).isTrue());
        assertThat(Readiness.of(terms))
                .extracting(Readiness.Gap::code)
                .containsOnly("itemDocumentation")
                .hasSize(terms.scopeItems().size());
    }

    @Test
    void bookkeeping_is_the_worked_example_of_the_product_brief() {
        ScopeItem invoices = BuiltInTemplates.of(Activity.SAISIE_COMPTABLE, HEADER)
                .scopeItems()
                .getFirst();

        // 500 × 2,00 + 300 × 1,80 = 1 540,00 € at the 800 invoices of the baseline
        assertThat(VolumePricing.charge(invoices.volume(), Month.MARCH, 800).total())
                .isEqualByComparingTo("1540.00");
    }

    @Test
    void other_activities_start_from_empty_terms() {
        assertThat(BuiltInTemplates.of(Activity.AUTRE, HEADER)).isEqualTo(Terms.initial(HEADER));
    }
}
