package app.avenant.performance.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.SeasonalProfile;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsFixtures;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.RebaselineSuggestion;
import app.avenant.performance.VolumeStatus;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked example's invoice entry: baseline 800, flex ±20 %, January ×1,3 (range 832–1 248), August ×0,6
 * (384–576), other months ×1 (640–960).
 */
class RebaselineDetectorTest {

    private static final String INVOICES = "saisie-factures";
    private static final Terms EXAMPLE = TermsFixtures.invoiceEntryExample();

    private static MonthFigures month(Terms terms, int year, int month, long units) {
        return MonthCalculator.compute(
                YearMonth.of(year, month),
                1,
                terms,
                Map.of(INVOICES, new ItemActuals(1, 1, 1, 0, 0, units, BigDecimal.ZERO)),
                Map.of(),
                BigDecimal.ZERO);
    }

    private static MonthFigures month(int year, int month, long units) {
        return month(EXAMPLE, year, month, units);
    }

    private static List<YearMonth> months(String... months) {
        return java.util.Arrays.stream(months).map(YearMonth::parse).toList();
    }

    @Test
    void three_months_above_the_range_suggest_their_average_without_the_seasonal_profile() {
        // January 1 300 / 1,3 = 1 000; February 970 / 1 = 970; March 1 040 / 1 = 1 040
        // average 3 010 / 3 = 1 003,33… → 1 003
        List<MonthFigures> ended = List.of(month(2026, 1, 1300), month(2026, 2, 970), month(2026, 3, 1040));

        assertThat(RebaselineDetector.detect(ended, EXAMPLE))
                .containsExactly(new RebaselineSuggestion(
                        INVOICES,
                        "Saisie des factures fournisseurs",
                        months("2026-01", "2026-02", "2026-03"),
                        List.of(1300L, 970L, 1040L),
                        800,
                        1003));
    }

    @Test
    void two_months_outside_are_not_enough() {
        List<MonthFigures> ended = List.of(month(2026, 1, 1000), month(2026, 2, 1000), month(2026, 3, 1000));
        assertThat(ended.getFirst().volumes().getFirst().status()).isEqualTo(VolumeStatus.INSIDE);

        assertThat(RebaselineDetector.detect(ended, EXAMPLE)).isEmpty();
        assertThat(RebaselineDetector.detect(ended.subList(1, 3), EXAMPLE)).isEmpty();
        assertThat(RebaselineDetector.detect(List.of(), EXAMPLE)).isEmpty();
    }

    @Test
    void months_below_and_above_both_count_as_outside() {
        // March 500 < 640 (below), April and May 1 000 > 960 (above): (500 + 1 000 + 1 000) / 3 = 833,33 → 833
        List<MonthFigures> ended = List.of(month(2026, 3, 500), month(2026, 4, 1000), month(2026, 5, 1000));

        assertThat(RebaselineDetector.detect(ended, EXAMPLE))
                .singleElement()
                .extracting(RebaselineSuggestion::suggestedBaseline)
                .isEqualTo(833L);
    }

    @Test
    void a_missing_calendar_month_breaks_the_run() {
        // January, February, then April: March is missing, so the run ending in April is one month long
        List<MonthFigures> ended = List.of(month(2026, 1, 1300), month(2026, 2, 1000), month(2026, 4, 1000));

        assertThat(RebaselineDetector.detect(ended, EXAMPLE)).isEmpty();
    }

    @Test
    void the_run_must_end_with_the_last_ended_month() {
        // January to March above, then April back inside: the volume came back, nothing to renegotiate
        List<MonthFigures> ended =
                List.of(month(2026, 1, 1300), month(2026, 2, 1000), month(2026, 3, 1000), month(2026, 4, 800));

        assertThat(RebaselineDetector.detect(ended, EXAMPLE)).isEmpty();
    }

    @Test
    void a_month_inside_the_range_restarts_the_count() {
        // February inside; March to May outside: the run is March–May only
        List<MonthFigures> ended = List.of(
                month(2026, 1, 1300),
                month(2026, 2, 800),
                month(2026, 3, 1000),
                month(2026, 4, 1000),
                month(2026, 5, 1000));

        assertThat(RebaselineDetector.detect(ended, EXAMPLE)).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.months()).isEqualTo(months("2026-03", "2026-04", "2026-05"));
            assertThat(suggestion.suggestedBaseline()).isEqualTo(1000);
        });
    }

    @Test
    void a_longer_run_lists_every_month_and_rounds_the_average_half_up() {
        // February to May: (1 000 + 1 000 + 1 001 + 1 001) / 4 = 1 000,5 → 1 001
        List<MonthFigures> ended =
                List.of(month(2026, 2, 1000), month(2026, 3, 1000), month(2026, 4, 1001), month(2026, 5, 1001));

        assertThat(RebaselineDetector.detect(ended, EXAMPLE)).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.months()).isEqualTo(months("2026-02", "2026-03", "2026-04", "2026-05"));
            assertThat(suggestion.units()).containsExactly(1000L, 1000L, 1001L, 1001L);
            assertThat(suggestion.suggestedBaseline()).isEqualTo(1001);
        });
    }

    @Test
    void a_run_may_cross_the_new_year() {
        // November 1 000, December 1 000, January 1 300 / 1,3 = 1 000 → 1 000
        List<MonthFigures> ended = List.of(month(2025, 11, 1000), month(2025, 12, 1000), month(2026, 1, 1300));

        assertThat(RebaselineDetector.detect(ended, EXAMPLE)).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.months()).isEqualTo(months("2025-11", "2025-12", "2026-01"));
            assertThat(suggestion.suggestedBaseline()).isEqualTo(1000);
        });
    }

    @Test
    void a_seasonal_august_is_taken_out_of_the_average() {
        // June 1 000, July 1 000, August 600 (above 384–576): 1 000, 1 000, 600 / 0,6 = 1 000 → 1 000
        List<MonthFigures> ended = List.of(month(2026, 6, 1000), month(2026, 7, 1000), month(2026, 8, 600));

        assertThat(RebaselineDetector.detect(ended, EXAMPLE))
                .singleElement()
                .extracting(RebaselineSuggestion::suggestedBaseline)
                .isEqualTo(1000L);
    }

    @Test
    void months_with_a_zero_coefficient_are_skipped_in_the_average() {
        // August ×0 (closed): baseline 0, so 10 units are above; the average is taken over July and September
        List<BigDecimal> coefficients = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
        coefficients.set(7, BigDecimal.ZERO);
        Terms closedInAugust = withVolume(new VolumeTerms(
                800, new SeasonalProfile(coefficients), new BigDecimal("20"), TermsFixtures.invoiceBands()));
        List<MonthFigures> ended = List.of(
                month(closedInAugust, 2026, 7, 1000),
                month(closedInAugust, 2026, 8, 10),
                month(closedInAugust, 2026, 9, 1100));

        // (1 000 + 1 100) / 2 = 1 050
        assertThat(RebaselineDetector.detect(ended, closedInAugust))
                .singleElement()
                .satisfies(suggestion -> {
                    assertThat(suggestion.units()).containsExactly(1000L, 10L, 1100L);
                    assertThat(suggestion.suggestedBaseline()).isEqualTo(1050);
                });
    }

    @Test
    void a_run_of_months_all_with_a_zero_coefficient_suggests_nothing() {
        List<BigDecimal> coefficients = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
        coefficients.set(5, BigDecimal.ZERO);
        coefficients.set(6, BigDecimal.ZERO);
        coefficients.set(7, BigDecimal.ZERO);
        Terms closedInSummer = withVolume(new VolumeTerms(
                800, new SeasonalProfile(coefficients), new BigDecimal("20"), TermsFixtures.invoiceBands()));
        List<MonthFigures> ended = List.of(
                month(closedInSummer, 2026, 6, 5),
                month(closedInSummer, 2026, 7, 5),
                month(closedInSummer, 2026, 8, 5));

        assertThat(RebaselineDetector.detect(ended, closedInSummer)).isEmpty();
    }

    @Test
    void the_current_terms_give_the_baseline_and_the_profile() {
        // the months were measured with version 1 (baseline 800); version 2 is in force with baseline 900 and a
        // flat profile: January 1 300 is taken as is → (1 300 + 1 000 + 1 000) / 3 = 1 100
        Terms current = withVolume(
                new VolumeTerms(900, SeasonalProfile.flat(), new BigDecimal("20"), TermsFixtures.invoiceBands()));
        List<MonthFigures> ended = List.of(month(2026, 1, 1300), month(2026, 2, 1000), month(2026, 3, 1000));

        assertThat(RebaselineDetector.detect(ended, current)).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.currentBaseline()).isEqualTo(900);
            assertThat(suggestion.suggestedBaseline()).isEqualTo(1100);
        });
    }

    @Test
    void only_volume_priced_items_of_the_current_terms_are_considered() {
        // "lettrage" is new in the current terms (no month measured it); "conseil" has no volume terms
        ScopeItem lettering = new ScopeItem(
                "lettrage",
                "Lettrage",
                "",
                "",
                "ligne",
                "",
                false,
                new VolumeTerms(100, SeasonalProfile.flat(), new BigDecimal("10"), TermsFixtures.invoiceBands()));
        ScopeItem advice = new ScopeItem("conseil", "Conseil", "", "", "", "", false, null);
        Terms current = EXAMPLE.withScopeItem(lettering).withScopeItem(advice);
        List<MonthFigures> ended = List.of(
                MonthCalculator.compute(
                        YearMonth.of(2026, 2),
                        1,
                        current.withoutScopeItem("lettrage"),
                        Map.of(
                                INVOICES,
                                new ItemActuals(1, 1, 1, 0, 0, 1000, BigDecimal.ZERO),
                                "conseil",
                                new ItemActuals(1, 1, 1, 0, 0, 5000, BigDecimal.ZERO)),
                        Map.of(),
                        BigDecimal.ZERO),
                month(2026, 3, 1000),
                month(2026, 4, 1000));

        assertThat(RebaselineDetector.detect(ended, current))
                .extracting(RebaselineSuggestion::scopeItemKey)
                .containsExactly(INVOICES);
        assertThat(RebaselineDetector.detect(
                        ended, EXAMPLE.withoutScopeItem(INVOICES).withScopeItem(lettering)))
                .isEmpty();
    }

    @Test
    void three_empty_months_on_a_fixed_charge_propose_no_baseline_of_zero_but_on_bands_they_may() {
        // a fixed charge covers a baseline of at least one unit: "a new baseline of 0" would be refused by the
        // terms, so the detector does not propose it (issue 15: the prompt failed silently on AV-2026-002)
        Terms fixed = withVolume(new VolumeTerms(
                1000,
                SeasonalProfile.flat(),
                new BigDecimal("20"),
                new BaselineChargePricing(
                        new BigDecimal("3000"), new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("5"))));
        List<MonthFigures> empty =
                List.of(month(fixed, 2026, 9, 0), month(fixed, 2026, 10, 0), month(fixed, 2026, 11, 0));

        assertThat(RebaselineDetector.detect(empty, fixed)).isEmpty();
        List<MonthFigures> emptyOnBands = List.of(month(2026, 9, 0), month(2026, 10, 0), month(2026, 11, 0));
        assertThat(RebaselineDetector.detect(emptyOnBands, EXAMPLE))
                .extracting(RebaselineSuggestion::suggestedBaseline)
                .containsExactly(0L);
    }

    private static Terms withVolume(VolumeTerms volume) {
        ScopeItem invoices = TermsFixtures.invoiceEntry();
        return EXAMPLE.withScopeItem(new ScopeItem(
                invoices.key(),
                invoices.title(),
                invoices.description(),
                invoices.acceptanceCriteria(),
                invoices.unitOfMeasure(),
                invoices.documentationUrl(),
                invoices.retainedDecision(),
                volume));
    }
}
