package app.avenant.contract.terms;

import static app.avenant.contract.terms.TermsFixtures.band;
import static app.avenant.contract.terms.TermsFixtures.invoiceEntry;
import static app.avenant.contract.terms.TermsFixtures.invoiceEntryExample;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.ImpactSummary.ItemCostImpact;
import app.avenant.contract.terms.ImpactSummary.ServiceLevelImpact;
import app.avenant.contract.terms.ImpactSummary.VolumeImpact;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TermsImpactTest {

    private static final Terms V2 = invoiceEntryExample();
    /** Version 3 of the worked example: baseline 1 040, band from 1 001 at 1,70 €. */
    private static final Terms V3 = withVolume(
            V2,
            new VolumeTerms(
                    1040,
                    TermsFixtures.januaryHighAugustLow(),
                    new BigDecimal("20"),
                    new BandPricing(
                            BandMode.GRADUATED,
                            List.of(band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, null, "1.70")))));

    private static Terms withVolume(Terms terms, @Nullable VolumeTerms volume) {
        ScopeItem item = invoiceEntry();
        return terms.withScopeItem(new ScopeItem(
                item.key(),
                item.title(),
                item.description(),
                item.acceptanceCriteria(),
                item.unitOfMeasure(),
                item.documentationUrl(),
                item.retainedDecision(),
                volume));
    }

    private static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    /** Graduated charge of the worked example's bands for {@code units}, computed by hand. */
    private static BigDecimal graduated(long units, String topPrice) {
        BigDecimal first = BigDecimal.valueOf(Math.min(units, 500)).multiply(euros("2.00"));
        BigDecimal second =
                BigDecimal.valueOf(Math.max(0, Math.min(units, 1000) - 500)).multiply(euros("1.80"));
        BigDecimal third = BigDecimal.valueOf(Math.max(0, units - 1000)).multiply(euros(topPrice));
        return first.add(second).add(third);
    }

    /** Ten flat months, January at ×1.3 and August at ×0.6 (baseline rounded half-up to whole units). */
    private static BigDecimal yearByHand(long baseline, String topPrice) {
        long january = Math.round(baseline * 1.3);
        long august = Math.round(baseline * 0.6);
        return graduated(baseline, topPrice)
                .multiply(BigDecimal.TEN)
                .add(graduated(january, topPrice))
                .add(graduated(august, topPrice));
    }

    @Test
    void the_worked_example_from_version_2_to_version_3() {
        ImpactSummary impact = TermsImpact.between(V2, V3);

        assertThat(impact.monthlyBefore()).isEqualByComparingTo("1540.00");
        assertThat(impact.monthlyAfter()).isEqualByComparingTo("1968.00");
        // 800: January 1 040 units, August 480; 1 040: January 1 352, August 624
        assertThat(yearByHand(800, "1.60")).isEqualByComparingTo("18324.00");
        assertThat(yearByHand(1040, "1.70")).isEqualByComparingTo("23401.60");
        assertThat(impact.yearlyBefore()).isEqualByComparingTo(yearByHand(800, "1.60"));
        assertThat(impact.yearlyAfter()).isEqualByComparingTo(yearByHand(1040, "1.70"));
        assertThat(impact.items())
                .containsExactly(new ItemCostImpact(
                        "saisie-factures",
                        "Saisie des factures fournisseurs",
                        impact.monthlyBefore(),
                        impact.monthlyAfter(),
                        impact.yearlyBefore(),
                        impact.yearlyAfter()));
        assertThat(impact.volumes())
                .containsExactly(new VolumeImpact(
                        "saisie-factures",
                        "Saisie des factures fournisseurs",
                        800L,
                        1040L,
                        new BigDecimal("20"),
                        new BigDecimal("20")));
        assertThat(impact.serviceLevels()).isEmpty();
        // 1 540 × 12 % × 50 % and 1 968 × 12 % × 50 %
        assertThat(impact.creditExposureBefore()).isEqualTo(euros("92.40"));
        assertThat(impact.creditExposureAfter()).isEqualTo(euros("118.08"));
        assertThat(impact.readinessDropped()).isEmpty();
    }

    @Test
    void identical_terms_have_equal_before_and_after_and_no_changes() {
        ImpactSummary impact = TermsImpact.between(V2, invoiceEntryExample());

        assertThat(impact.monthlyAfter()).isEqualTo(impact.monthlyBefore());
        assertThat(impact.yearlyAfter()).isEqualTo(impact.yearlyBefore());
        assertThat(impact.creditExposureAfter()).isEqualTo(impact.creditExposureBefore());
        assertThat(impact.volumes()).isEmpty();
        assertThat(impact.serviceLevels()).isEmpty();
        assertThat(impact.readinessDropped()).isEmpty();
        assertThat(impact.items()).singleElement().satisfies(item -> {
            assertThat(item.monthlyAfter()).isEqualTo(item.monthlyBefore());
            assertThat(item.yearlyAfter()).isEqualTo(item.yearlyBefore());
        });
    }

    @Test
    void a_removed_documentation_link_drops_readiness() {
        ScopeItem item = invoiceEntry();
        Terms after = V2.withScopeItem(new ScopeItem(
                item.key(),
                item.title(),
                item.description(),
                item.acceptanceCriteria(),
                item.unitOfMeasure(),
                "",
                item.retainedDecision(),
                item.volume()));

        assertThat(item.isReady()).isTrue();
        assertThat(TermsImpact.between(V2, after).readinessDropped())
                .containsExactly("Saisie des factures fournisseurs");
    }

    @Test
    void a_removed_item_does_not_count_as_a_readiness_drop_but_its_cost_goes_to_zero() {
        ImpactSummary impact = TermsImpact.between(V2, V2.withoutScopeItem("saisie-factures"));

        assertThat(impact.readinessDropped()).isEmpty();
        assertThat(impact.monthlyAfter()).isEqualByComparingTo("0");
        assertThat(impact.items())
                .containsExactly(new ItemCostImpact(
                        "saisie-factures",
                        "Saisie des factures fournisseurs",
                        euros("1540.00"),
                        euros("0.00"),
                        euros("18324.00"),
                        euros("0.00")));
        assertThat(impact.volumes())
                .containsExactly(new VolumeImpact(
                        "saisie-factures", "Saisie des factures fournisseurs", 800L, null, new BigDecimal("20"), null));
        assertThat(impact.creditExposureAfter()).isEqualByComparingTo("0");
    }

    @Test
    void items_follow_the_after_order_then_the_removed_ones_and_skip_items_without_volume() {
        VolumeTerms small = new VolumeTerms(
                100,
                SeasonalProfile.flat(),
                BigDecimal.TEN,
                new BandPricing(BandMode.VOLUME, List.of(band(0, null, "3.00"))));
        Terms before = V2.withScopeItem(new ScopeItem("relances", "Relances", "", "", "", "", false, small))
                .withScopeItem(new ScopeItem("lettrage", "Lettrage", "", "", "", "", false, null));
        Terms after = V2.withoutScopeItem("saisie-factures")
                .withScopeItem(new ScopeItem("paie", "Paie", "", "", "", "", false, small))
                .withScopeItem(new ScopeItem("lettrage", "Lettrage", "", "", "", "", false, null));

        ImpactSummary impact = TermsImpact.between(before, after);

        assertThat(impact.items())
                .extracting(ItemCostImpact::key)
                .containsExactly("paie", "saisie-factures", "relances");
        assertThat(impact.items().getFirst().monthlyBefore()).isEqualByComparingTo("0");
        assertThat(impact.items().getFirst().monthlyAfter()).isEqualByComparingTo("300");
        assertThat(impact.monthlyBefore()).isEqualByComparingTo("1840.00");
        assertThat(impact.monthlyAfter()).isEqualByComparingTo("300.00");
        assertThat(impact.volumes())
                .extracting(VolumeImpact::key, VolumeImpact::baselineBefore, VolumeImpact::baselineAfter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("paie", null, 100L),
                        org.assertj.core.groups.Tuple.tuple("saisie-factures", 800L, null),
                        org.assertj.core.groups.Tuple.tuple("relances", 100L, null));
    }

    @Test
    void service_level_changes_additions_and_removals_are_listed_and_move_the_credit_exposure() {
        ServiceLevel level = TermsFixtures.invoicesWithin48h();
        ServiceLevel errors = new ServiceLevel(
                "erreurs",
                "Taux d'erreur",
                "",
                new BigDecimal("99"),
                new BigDecimal("98"),
                MeasurementWindow.MONTHLY,
                true,
                new BigDecimal("30"));
        ServiceLevel kpi = new ServiceLevel(
                "delai",
                "Délai moyen",
                "",
                new BigDecimal("90"),
                new BigDecimal("80"),
                MeasurementWindow.QUARTERLY,
                false,
                BigDecimal.ZERO);
        Terms before = V2.withServiceLevel(kpi);
        Terms after = V2.withServiceLevel(new ServiceLevel(
                        level.key(),
                        level.metric(),
                        "autre mesure",
                        new BigDecimal("95.0"),
                        new BigDecimal("92"),
                        level.window(),
                        true,
                        new BigDecimal("50")))
                .withServiceLevel(errors);

        ImpactSummary impact = TermsImpact.between(before, after);

        assertThat(impact.serviceLevels())
                .containsExactly(
                        new ServiceLevelImpact(
                                "factures-48h",
                                "Factures saisies sous 48 h",
                                new BigDecimal("95"),
                                new BigDecimal("95.0"),
                                new BigDecimal("90"),
                                new BigDecimal("92"),
                                new BigDecimal("50"),
                                new BigDecimal("50")),
                        new ServiceLevelImpact(
                                "erreurs",
                                "Taux d'erreur",
                                null,
                                new BigDecimal("99"),
                                null,
                                new BigDecimal("98"),
                                null,
                                new BigDecimal("30")),
                        new ServiceLevelImpact(
                                "delai",
                                "Délai moyen",
                                new BigDecimal("90"),
                                null,
                                new BigDecimal("80"),
                                null,
                                BigDecimal.ZERO,
                                null));
        // 1 540 × 12 % × 80 %
        assertThat(impact.creditExposureAfter()).isEqualTo(euros("147.84"));
    }

    @Test
    void a_critical_level_holding_the_whole_at_risk_amount_exposes_all_of_it() {
        // 1 540 × 12 %
        ServiceLevel level = TermsFixtures.invoicesWithin48h();
        Terms whole = V2.withServiceLevel(new ServiceLevel(
                level.key(),
                level.metric(),
                level.measurement(),
                level.targetPercent(),
                level.minimumPercent(),
                level.window(),
                true,
                new BigDecimal("100")));

        assertThat(TermsImpact.between(V2, whole).creditExposureAfter()).isEqualTo(euros("184.80"));
    }
}
