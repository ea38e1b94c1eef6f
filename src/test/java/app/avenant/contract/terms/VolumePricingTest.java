package app.avenant.contract.terms;

import static app.avenant.contract.terms.TermsFixtures.band;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.terms.VolumePricing.ChargeLine;
import app.avenant.contract.terms.VolumePricing.ChargeLineKind;
import app.avenant.contract.terms.VolumePricing.FlexRange;
import app.avenant.contract.terms.VolumePricing.MonthlyCharge;
import app.avenant.contract.terms.VolumePricing.ProjectedCost;
import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VolumePricingTest {

    private static final VolumeTerms ARC_RRC = new VolumeTerms(
            1000,
            SeasonalProfile.flat(),
            new BigDecimal("20"),
            new BaselineChargePricing(
                    new BigDecimal("12000"), new BigDecimal("11"), new BigDecimal("9"), new BigDecimal("5")));

    private static VolumeTerms twoBands(BandMode mode) {
        return new VolumeTerms(
                1000,
                SeasonalProfile.flat(),
                new BigDecimal("20"),
                new BandPricing(mode, List.of(band(0, 1000L, "12"), band(1001, null, "10"))));
    }

    private static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    private static BigDecimal total(VolumeTerms volume, Month month, long units) {
        return VolumePricing.charge(volume, month, units).total();
    }

    @Nested
    class Baseline_with_arc_and_rrc {

        @Test
        void units_above_the_deadband_are_charged_at_the_arc_rate_on_the_whole_difference() {
            MonthlyCharge charge = VolumePricing.charge(ARC_RRC, Month.MARCH, 1180);

            assertThat(charge.total()).isEqualTo(euros("13980.00"));
            assertThat(charge.lines())
                    .extracting(ChargeLine::kind, ChargeLine::units, ChargeLine::amount)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(ChargeLineKind.FIXED, 1000L, euros("12000.00")),
                            org.assertj.core.groups.Tuple.tuple(ChargeLineKind.ARC, 180L, euros("1980.00")));
        }

        @Test
        void units_inside_the_deadband_cost_only_the_fixed_charge() {
            assertThat(total(ARC_RRC, Month.MARCH, 1030)).isEqualTo(euros("12000.00"));
        }

        @Test
        void units_below_the_deadband_are_credited_at_the_rrc_rate_on_the_whole_difference() {
            MonthlyCharge charge = VolumePricing.charge(ARC_RRC, Month.MARCH, 820);

            assertThat(charge.total()).isEqualTo(euros("10380.00"));
            assertThat(charge.lines().get(1))
                    .isEqualTo(new ChargeLine(
                            ChargeLineKind.RRC, "950–1050", 180, new BigDecimal("9"), euros("-1620.00")));
        }

        @Test
        void a_month_exactly_on_a_deadband_edge_is_inside() {
            assertThat(total(ARC_RRC, Month.MARCH, 950)).isEqualTo(euros("12000.00"));
            assertThat(total(ARC_RRC, Month.MARCH, 1050)).isEqualTo(euros("12000.00"));
            assertThat(total(ARC_RRC, Month.MARCH, 1051)).isEqualTo(euros("12561.00"));
            assertThat(total(ARC_RRC, Month.MARCH, 949)).isEqualTo(euros("11541.00"));
        }

        @Test
        void the_seasonal_coefficient_scales_the_fixed_charge_and_moves_the_deadband() {
            VolumeTerms seasonal =
                    new VolumeTerms(1000, TermsFixtures.januaryHighAugustLow(), BigDecimal.TEN, ARC_RRC.pricing());

            // January: baseline 1 300, fixed 15 600, deadband 1 235–1 365
            assertThat(total(seasonal, Month.JANUARY, 1365)).isEqualTo(euros("15600.00"));
            assertThat(total(seasonal, Month.JANUARY, 1366)).isEqualTo(euros("16326.00"));
            // August: baseline 600, fixed 7 200; 1 000 units is 400 above at 11
            assertThat(total(seasonal, Month.AUGUST, 1000)).isEqualTo(euros("11600.00"));
        }
    }

    @Nested
    class Unit_price_bands {

        @Test
        void graduated_bands_price_each_band_at_its_own_rate() {
            MonthlyCharge charge = VolumePricing.charge(twoBands(BandMode.GRADUATED), Month.MAY, 1180);

            assertThat(charge.total()).isEqualTo(euros("13800.00"));
            assertThat(charge.lines())
                    .containsExactly(
                            new ChargeLine(
                                    ChargeLineKind.BAND, "0–1000", 1000, new BigDecimal("12"), euros("12000.00")),
                            new ChargeLine(ChargeLineKind.BAND, "1001–", 180, new BigDecimal("10"), euros("1800.00")));
        }

        @Test
        void volume_bands_price_every_unit_at_the_rate_of_the_band_reached() {
            MonthlyCharge charge = VolumePricing.charge(twoBands(BandMode.VOLUME), Month.MAY, 1180);

            assertThat(charge.total()).isEqualTo(euros("11800.00"));
            assertThat(charge.lines())
                    .containsExactly(new ChargeLine(
                            ChargeLineKind.BAND, "1001–", 1180, new BigDecimal("10"), euros("11800.00")));
        }

        @Test
        void the_last_unit_of_a_band_is_still_priced_by_that_band() {
            assertThat(total(twoBands(BandMode.VOLUME), Month.MAY, 1000)).isEqualTo(euros("12000.00"));
            assertThat(total(twoBands(BandMode.VOLUME), Month.MAY, 1001)).isEqualTo(euros("10010.00"));
            assertThat(total(twoBands(BandMode.GRADUATED), Month.MAY, 1001)).isEqualTo(euros("12010.00"));
        }

        @Test
        void bands_price_the_actual_units_whatever_the_seasonal_baseline() {
            VolumeTerms volume = TermsFixtures.invoiceVolume();

            assertThat(total(volume, Month.JANUARY, 800)).isEqualTo(total(volume, Month.AUGUST, 800));
        }

        @Test
        void zero_units_cost_nothing() {
            MonthlyCharge graduated = VolumePricing.charge(TermsFixtures.invoiceVolume(), Month.MAY, 0);
            MonthlyCharge volume = VolumePricing.charge(twoBands(BandMode.VOLUME), Month.MAY, 0);

            assertThat(graduated.total()).isEqualTo(euros("0.00"));
            assertThat(graduated.lines()).isEmpty();
            assertThat(volume.total()).isEqualTo(euros("0.00"));
        }

        @Test
        void each_line_is_rounded_half_up_to_the_cent_and_the_total_sums_the_rounded_lines() {
            VolumeTerms volume = new VolumeTerms(
                    10,
                    SeasonalProfile.flat(),
                    BigDecimal.TEN,
                    new BandPricing(BandMode.GRADUATED, List.of(band(0, 3L, "0.3333"), band(4, null, "0.3335"))));

            MonthlyCharge charge = VolumePricing.charge(volume, Month.MAY, 6);

            // 3 × 0,3333 = 0,9999 → 1,00; 3 × 0,3335 = 1,0005 → 1,00 (half-up of 1,0005 at the cent is 1,00)
            assertThat(charge.lines()).extracting(ChargeLine::amount).containsExactly(euros("1.00"), euros("1.00"));
            assertThat(charge.total()).isEqualTo(euros("2.00"));
        }

        @Test
        void a_half_cent_is_rounded_up() {
            VolumeTerms volume = new VolumeTerms(
                    10,
                    SeasonalProfile.flat(),
                    BigDecimal.TEN,
                    new BandPricing(BandMode.GRADUATED, List.of(band(0, null, "0.0125"))));

            assertThat(total(volume, Month.MAY, 2)).isEqualTo(euros("0.03"));
        }

        @Test
        void units_above_a_closed_last_band_are_priced_at_its_rate() {
            VolumeTerms capped = new VolumeTerms(
                    10,
                    SeasonalProfile.flat(),
                    BigDecimal.TEN,
                    new BandPricing(BandMode.GRADUATED, List.of(band(0, 100L, "2"), band(101, 200L, "1"))));

            assertThat(total(capped, Month.MAY, 250)).isEqualTo(euros("350.00"));
        }

        @Test
        void negative_units_are_refused() {
            assertThatThrownBy(() -> VolumePricing.charge(TermsFixtures.invoiceVolume(), Month.MAY, -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class The_worked_example {

        private final VolumeTerms invoices = TermsFixtures.invoiceVolume();

        @Test
        void costs_1540_euros_per_month_at_baseline() {
            assertThat(total(invoices, Month.MAY, 800)).isEqualTo(euros("1540.00"));
            assertThat(VolumePricing.projectedAtBaseline(invoices).monthlyAtFlatBaseline())
                    .isEqualTo(euros("1540.00"));
        }

        @Test
        void january_baseline_is_1040_invoices_costing_1964_euros() {
            assertThat(VolumePricing.monthBaseline(invoices, Month.JANUARY)).isEqualTo(1040);
            assertThat(total(invoices, Month.JANUARY, 1040)).isEqualTo(euros("1964.00"));
        }

        @Test
        void august_baseline_is_480_invoices_costing_960_euros() {
            assertThat(VolumePricing.monthBaseline(invoices, Month.AUGUST)).isEqualTo(480);
            assertThat(total(invoices, Month.AUGUST, 480)).isEqualTo(euros("960.00"));
        }

        @Test
        void the_yearly_projection_sums_the_twelve_seasonal_months() {
            ProjectedCost projected = VolumePricing.projectedAtBaseline(invoices);

            assertThat(projected.months()).hasSize(12);
            assertThat(projected.months().getFirst())
                    .isEqualTo(new VolumePricing.MonthProjection(Month.JANUARY, 1040, euros("1964.00")));
            assertThat(projected.months().get(7))
                    .isEqualTo(new VolumePricing.MonthProjection(Month.AUGUST, 480, euros("960.00")));
            assertThat(projected.months().get(4).amount()).isEqualTo(euros("1540.00"));
            // ten months at 1 540,00 + 1 964,00 + 960,00
            assertThat(projected.yearly()).isEqualTo(euros("18324.00"));
        }

        @Test
        void the_flex_range_is_taken_around_the_month_baseline_edges_included() {
            FlexRange may = VolumePricing.flexRange(invoices, Month.MAY);
            FlexRange january = VolumePricing.flexRange(invoices, Month.JANUARY);

            assertThat(may).isEqualTo(new FlexRange(640, 960));
            assertThat(may.contains(640)).isTrue();
            assertThat(may.contains(960)).isTrue();
            assertThat(may.contains(639)).isFalse();
            assertThat(may.contains(961)).isFalse();
            assertThat(january).isEqualTo(new FlexRange(832, 1248));
        }
    }

    @Test
    void a_month_baseline_is_rounded_half_up_to_whole_units() {
        VolumeTerms volume =
                new VolumeTerms(5, TermsFixtures.januaryHighAugustLow(), BigDecimal.TEN, TermsFixtures.invoiceBands());

        assertThat(VolumePricing.monthBaseline(volume, Month.JANUARY)).isEqualTo(7); // 6,5 → 7
        assertThat(VolumePricing.monthBaseline(volume, Month.AUGUST)).isEqualTo(3); // 3,0
    }

    @Test
    void flex_range_bounds_never_include_a_unit_outside_the_exact_range() {
        // baseline 7 ± 10 % = 6,3 … 7,7: only 7 is inside
        VolumeTerms volume = new VolumeTerms(7, SeasonalProfile.flat(), BigDecimal.TEN, TermsFixtures.invoiceBands());

        assertThat(VolumePricing.flexRange(volume, Month.MAY)).isEqualTo(new FlexRange(7, 7));
    }

    @Test
    void at_baseline_arc_rrc_pricing_costs_the_seasonal_fixed_charge() {
        ProjectedCost projected = VolumePricing.projectedAtBaseline(ARC_RRC);

        assertThat(projected.monthlyAtFlatBaseline()).isEqualTo(euros("12000.00"));
        assertThat(projected.yearly()).isEqualTo(euros("144000.00"));
    }
}
