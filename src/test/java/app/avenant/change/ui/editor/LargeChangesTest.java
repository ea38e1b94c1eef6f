package app.avenant.change.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsFixtures;
import app.avenant.contract.terms.VolumeTerms;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which edits ask "Enregistrer quand même ?": a value multiplied or divided by more than 3 (docs/decisions/0022). */
class LargeChangesTest {

    private final Terms example = TermsFixtures.invoiceEntryExample();

    @Test
    void three_times_is_fine_more_is_not_in_either_direction() {
        assertThat(LargeChanges.beyondFactor(new BigDecimal("100"), new BigDecimal("300")))
                .isFalse();
        assertThat(LargeChanges.beyondFactor(new BigDecimal("100"), new BigDecimal("300.01")))
                .isTrue();
        assertThat(LargeChanges.beyondFactor(new BigDecimal("300"), new BigDecimal("100")))
                .isFalse();
        assertThat(LargeChanges.beyondFactor(new BigDecimal("300"), new BigDecimal("99.99")))
                .isTrue();
        assertThat(LargeChanges.beyondFactor(new BigDecimal("2043"), new BigDecimal("501243")))
                .isTrue();
        assertThat(LargeChanges.beyondFactor(BigDecimal.ZERO, new BigDecimal("1000")))
                .as("no factor from 0")
                .isFalse();
    }

    @Test
    void unchanged_terms_ask_nothing() {
        assertThat(LargeChanges.between(example, example)).isEmpty();
    }

    @Test
    void names_the_baseline_and_the_band_price_of_the_item_that_changed() {
        ScopeItem item = TermsFixtures.invoiceEntry();
        VolumeTerms volume = item.volume();
        BandPricing bands = (BandPricing) volume.pricing();
        BandPricing cheaper = new BandPricing(
                bands.mode(),
                List.of(bands.bands().get(0), bands.bands().get(1), TermsFixtures.band(1001, null, "0.40")));
        Terms edited = example.withScopeItem(new ScopeItem(
                item.key(),
                item.title(),
                item.description(),
                item.acceptanceCriteria(),
                item.unitOfMeasure(),
                item.documentationUrl(),
                item.retainedDecision(),
                new VolumeTerms(8000, volume.seasonalProfile(), volume.flexRangePercent(), cheaper)));

        assertThat(LargeChanges.between(example, edited))
                .containsExactly(
                        new LargeChanges.Change(
                                item.title(),
                                "terms.field.volume.baselineMonthlyUnits",
                                0,
                                BigDecimal.valueOf(800),
                                BigDecimal.valueOf(8000),
                                false),
                        new LargeChanges.Change(
                                item.title(),
                                "changeeditor.volume.band.price",
                                3,
                                new BigDecimal("1.60"),
                                new BigDecimal("0.40"),
                                true));
    }

    @Test
    void names_the_penalty_cap_of_the_header() {
        ContractHeader header = example.header();
        Terms edited = example.withHeader(new ContractHeader(
                header.startDate(),
                header.initialTermMonths(),
                header.renewal(),
                header.renewalTermMonths(),
                header.noticePeriodMonths(),
                header.atRiskPercent(),
                new BigDecimal("500000")));

        assertThat(LargeChanges.between(example, edited))
                .extracting(LargeChanges.Change::fieldKey)
                .containsExactly("changeeditor.header.penaltyCap");
    }

    @Test
    void a_new_item_has_nothing_to_compare_with() {
        Terms edited = example.withScopeItem(new ScopeItem(
                "relances",
                "Relances",
                "",
                "",
                "",
                "",
                false,
                new VolumeTerms(
                        100000,
                        TermsFixtures.januaryHighAugustLow(),
                        new BigDecimal("20"),
                        TermsFixtures.invoiceBands())));

        assertThat(LargeChanges.between(example, edited)).isEmpty();
    }
}
