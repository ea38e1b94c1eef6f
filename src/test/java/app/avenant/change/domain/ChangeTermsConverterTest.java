package app.avenant.change.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures;
import app.avenant.contract.persistence.TermsJson;
import app.avenant.contract.terms.Terms;
import org.junit.jupiter.api.Test;

/**
 * A revision's terms are stored in exactly the contract versions' format (the contract module's
 * TermsJson is internal to it, so the change module pins the same format again): both write the same
 * document and each reads the other's.
 */
class ChangeTermsConverterTest {

    private final ChangeTermsConverter converter = new ChangeTermsConverter();

    @Test
    void revisions_store_terms_exactly_as_contract_versions_do() {
        Terms terms = ChangeFixtures.withPricing(ChangeFixtures.terms(3), "item-1", ChangeFixtures.bands(
                new app.avenant.contract.terms.PriceBand(0, 1000L, new java.math.BigDecimal("2.00")),
                new app.avenant.contract.terms.PriceBand(1001, null, new java.math.BigDecimal("1.70"))));

        String ours = converter.convertToDatabaseColumn(terms);

        assertThat(ours).isEqualTo(TermsJson.write(terms));
        assertThat(converter.convertToEntityAttribute(TermsJson.write(terms))).isEqualTo(terms);
        assertThat(TermsJson.read(ours)).isEqualTo(terms);
    }
}
