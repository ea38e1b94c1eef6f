package app.avenant.performance.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.avenant.contract.VersionAdoption;
import app.avenant.contract.terms.BandMode;
import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.SeasonalProfile;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsFixtures;
import app.avenant.contract.terms.VolumePricing.ChargeLine;
import app.avenant.contract.terms.VolumePricing.ChargeLineKind;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.performance.EarnBack;
import app.avenant.performance.ItemCharge;
import app.avenant.performance.ItemUnitCost;
import app.avenant.performance.ItemVolume;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.PenaltyCap;
import app.avenant.performance.SlaResult;
import app.avenant.performance.SlaStatus;
import app.avenant.performance.VolumeStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every figure below is computed by hand in the comments, to the cent; the examples of PRODUCT.md are quoted
 * with their numbers.
 */
class MonthCalculatorTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    private static final BigDecimal NOTHING_CONSUMED = BigDecimal.ZERO;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The worked example of PRODUCT.md. */
    private static final Terms INVOICES = TermsFixtures.invoiceEntryExample();

    // ---------------------------------------------------------------- fixtures

    private static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    private static ContractHeader header(String atRiskPercent, @Nullable String penaltyCap) {
        return new ContractHeader(
                LocalDate.of(2026, 1, 1),
                12,
                Renewal.TACIT,
                12,
                3,
                new BigDecimal(atRiskPercent),
                penaltyCap == null ? null : new BigDecimal(penaltyCap));
    }

    private static ScopeItem item(String key, String title, VolumeTerms volume) {
        return new ScopeItem(key, title, "", "", "unité d'œuvre", "", false, volume);
    }

    private static ScopeItem itemWithoutVolume(String key) {
        return new ScopeItem(key, "Conseil ponctuel", "", "", "intervention", "", true, null);
    }

    /** PRODUCT.md: fixed 12 000 € for 1 000 RU, ARC 11 €/RU, RRC 9 €/RU, deadband ±5 % (950–1 050); flex ±20 %. */
    private static VolumeTerms arcRrc() {
        return new VolumeTerms(
                1000,
                SeasonalProfile.flat(),
                new BigDecimal("20"),
                new BaselineChargePricing(euros("12000"), euros("11"), euros("9"), new BigDecimal("5")));
    }

    /** PRODUCT.md: bands 0–1 000 at 12 €, above at 10 €, baseline 1 000. */
    private static VolumeTerms twoBands(BandMode mode) {
        return new VolumeTerms(
                1000,
                SeasonalProfile.flat(),
                new BigDecimal("20"),
                new BandPricing(
                        mode, List.of(new PriceBand(0, 1000L, euros("12")), new PriceBand(1001, null, euros("10")))));
    }

    /** "95 % des dossiers sous 48 h": target 95 %, minimum 93 %, share 20 %, critical. */
    private static ServiceLevel filesWithin48h() {
        return new ServiceLevel(
                "dossiers-48h",
                "95 % des dossiers sous 48 h",
                "",
                new BigDecimal("95"),
                new BigDecimal("93"),
                MeasurementWindow.MONTHLY,
                true,
                new BigDecimal("20"));
    }

    /** "taux d'erreur ≤ 1 %" read as "dossiers sans erreur ≥ 99 %": a key indicator, reported only. */
    private static ServiceLevel errorRate() {
        return new ServiceLevel(
                "taux-erreur",
                "Taux d'erreur ≤ 1 %",
                "",
                new BigDecimal("99"),
                new BigDecimal("98"),
                MeasurementWindow.MONTHLY,
                false,
                BigDecimal.ZERO);
    }

    private static ServiceLevel level(
            String key, String target, String minimum, MeasurementWindow window, boolean critical, String share) {
        return new ServiceLevel(
                key,
                "Niveau " + key,
                "",
                new BigDecimal(target),
                new BigDecimal(minimum),
                window,
                critical,
                new BigDecimal(share));
    }

    /** The ARC/RRC example of PRODUCT.md: at-risk 10 % of the month's charges, a generous penalty cap. */
    private static Terms arcRrcContract() {
        return new Terms(
                header("10", "50000"),
                List.of(),
                List.of(item("dossiers", "Traitement des dossiers", arcRrc())),
                List.of(errorRate(), filesWithin48h()));
    }

    private static Terms terms(ContractHeader header, List<ScopeItem> items, List<ServiceLevel> levels) {
        return new Terms(header, List.of(), items, levels);
    }

    /** One deliverable of {@code units} units, on time and accepted first time, no recorded cost. */
    private static ItemActuals units(long units) {
        return new ItemActuals(1, 1, 1, 0, 0, units, BigDecimal.ZERO);
    }

    private static MonthFigures compute(
            YearMonth month, Terms terms, Map<String, ItemActuals> actuals, Map<String, BigDecimal> measured) {
        return MonthCalculator.compute(month, 1, terms, actuals, measured, NOTHING_CONSUMED);
    }

    private static SlaResult level(MonthFigures figures, String key) {
        return figures.serviceLevels().stream()
                .filter(l -> l.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    // ---------------------------------------------------------------- PRODUCT.md: ARC/RRC, at-risk, credits
    @Test
    void month_1_above_the_deadband_charges_180_arc_units_and_a_missed_csl_costs_279_60() {
        // 1 180 RU: deadband 950–1 050 left above → ARC (1 180 − 1 000) × 11 = 1 980,00
        // charges 12 000,00 + 1 980,00 = 13 980,00; at-risk 10 % = 1 398,00
        // "95 % sous 48 h" measured 91 < minimum 93 → missed → 20 % × 1 398,00 = 279,60
        // "taux d'erreur" measured 99,4 ≥ 99 → met → 0
        // total due 13 980,00 − 279,60 = 13 700,40; per unit 13 700,40 / 1 180 = 11,6105… → 11,61
        // nominal: 12 000,00 for the 1 000 baseline RU → 12,00
        MonthFigures month = compute(
                MAY,
                arcRrcContract(),
                Map.of("dossiers", units(1180)),
                Map.of("dossiers-48h", new BigDecimal("91"), "taux-erreur", new BigDecimal("99.4")));

        assertThat(month.baseCharges()).isEqualTo(euros("12000.00"));
        assertThat(month.arc()).isEqualTo(euros("1980.00"));
        assertThat(month.rrc()).isEqualTo(euros("0.00"));
        assertThat(month.chargesBeforeCredits()).isEqualTo(euros("13980.00"));
        assertThat(month.atRiskAmount()).isEqualTo(euros("1398.00"));
        assertThat(level(month, "dossiers-48h").status()).isEqualTo(SlaStatus.MISSED);
        assertThat(level(month, "dossiers-48h").credit()).isEqualTo(euros("279.60"));
        assertThat(level(month, "taux-erreur").status()).isEqualTo(SlaStatus.MET);
        assertThat(level(month, "taux-erreur").credit()).isEqualTo(euros("0.00"));
        assertThat(month.creditsUncapped()).isEqualTo(euros("279.60"));
        assertThat(month.credits()).isEqualTo(euros("279.60"));
        assertThat(month.totalDue()).isEqualTo(euros("13700.40"));
        assertThat(month.billableUnits()).isEqualTo(1180);
        assertThat(month.costPerUnit()).isEqualTo(euros("11.61"));
        assertThat(month.nominalUnitPrice()).isEqualTo(euros("12.00"));
    }

    @Test
    void month_2_inside_the_deadband_costs_the_fixed_charge_only() {
        // 1 030 RU is inside 950–1 050 → 12 000,00, no ARC, no RRC; at-risk 1 200,00
        MonthFigures month = compute(MAY, arcRrcContract(), Map.of("dossiers", units(1030)), Map.of());

        assertThat(month.chargesBeforeCredits()).isEqualTo(euros("12000.00"));
        assertThat(month.arc()).isEqualTo(euros("0.00"));
        assertThat(month.rrc()).isEqualTo(euros("0.00"));
        assertThat(month.atRiskAmount()).isEqualTo(euros("1200.00"));
        assertThat(month.totalDue()).isEqualTo(euros("12000.00"));
        // 12 000,00 / 1 030 = 11,6504… → 11,65
        assertThat(month.costPerUnit()).isEqualTo(euros("11.65"));
    }

    @Test
    void month_3_below_the_deadband_credits_180_rrc_units() {
        // 820 RU: below 950 → RRC (1 000 − 820) × 9 = 1 620,00 credited → 10 380,00
        MonthFigures month = compute(MAY, arcRrcContract(), Map.of("dossiers", units(820)), Map.of());

        assertThat(month.baseCharges()).isEqualTo(euros("12000.00"));
        assertThat(month.rrc()).isEqualTo(euros("1620.00"));
        assertThat(month.chargesBeforeCredits()).isEqualTo(euros("10380.00"));
        assertThat(month.totalDue()).isEqualTo(euros("10380.00"));
        // at-risk 10 % × 10 380,00 = 1 038,00
        assertThat(month.atRiskAmount()).isEqualTo(euros("1038.00"));
        assertThat(month.charges())
                .singleElement()
                .extracting(ItemCharge::units)
                .isEqualTo(820L);
    }

    @Test
    void the_deadband_edges_are_inside() {
        // 950 and 1 050 are exactly on the edges: 12 000,00; 1 051 is out: ARC 51 × 11 = 561,00;
        // 949 is out: RRC 51 × 9 = 459,00
        assertThat(compute(MAY, arcRrcContract(), Map.of("dossiers", units(950)), Map.of())
                        .chargesBeforeCredits())
                .isEqualTo(euros("12000.00"));
        assertThat(compute(MAY, arcRrcContract(), Map.of("dossiers", units(1050)), Map.of())
                        .chargesBeforeCredits())
                .isEqualTo(euros("12000.00"));
        MonthFigures above = compute(MAY, arcRrcContract(), Map.of("dossiers", units(1051)), Map.of());
        assertThat(above.arc()).isEqualTo(euros("561.00"));
        assertThat(above.chargesBeforeCredits()).isEqualTo(euros("12561.00"));
        MonthFigures below = compute(MAY, arcRrcContract(), Map.of("dossiers", units(949)), Map.of());
        assertThat(below.rrc()).isEqualTo(euros("459.00"));
        assertThat(below.chargesBeforeCredits()).isEqualTo(euros("11541.00"));
    }

    @Test
    void the_charge_lines_are_those_of_the_terms_pricing() {
        MonthFigures month = compute(MAY, arcRrcContract(), Map.of("dossiers", units(1180)), Map.of());

        assertThat(month.charges()).singleElement().satisfies(charge -> {
            assertThat(charge.scopeItemKey()).isEqualTo("dossiers");
            assertThat(charge.title()).isEqualTo("Traitement des dossiers");
            assertThat(charge.charge().total()).isEqualTo(euros("13980.00"));
            assertThat(charge.charge().lines())
                    .extracting(ChargeLine::kind, ChargeLine::amount)
                    .containsExactly(
                            tuple(ChargeLineKind.FIXED, euros("12000.00")),
                            tuple(ChargeLineKind.ARC, euros("1980.00")));
        });
    }

    // ---------------------------------------------------------------- PRODUCT.md: unit-price bands

    private static Terms bandContract(BandMode mode) {
        return terms(header("10", "50000"), List.of(item("dossiers", "Dossiers", twoBands(mode))), List.of());
    }

    @Test
    void graduated_bands_charge_13800_for_1180_units() {
        // 1 000 × 12 + 180 × 10 = 12 000,00 + 1 800,00 = 13 800,00 (all of it base charges, no ARC/RRC)
        MonthFigures month = compute(MAY, bandContract(BandMode.GRADUATED), Map.of("dossiers", units(1180)), Map.of());

        assertThat(month.baseCharges()).isEqualTo(euros("13800.00"));
        assertThat(month.arc()).isEqualTo(euros("0.00"));
        assertThat(month.chargesBeforeCredits()).isEqualTo(euros("13800.00"));
        assertThat(month.totalDue()).isEqualTo(euros("13800.00"));
        // 13 800,00 / 1 180 = 11,6949… → 11,69; nominal 1 000 × 12 / 1 000 = 12,00
        assertThat(month.costPerUnit()).isEqualTo(euros("11.69"));
        assertThat(month.nominalUnitPrice()).isEqualTo(euros("12.00"));
    }

    @Test
    void volume_bands_charge_11800_for_1180_units() {
        // every unit at the rate of the band reached: 1 180 × 10 = 11 800,00
        MonthFigures month = compute(MAY, bandContract(BandMode.VOLUME), Map.of("dossiers", units(1180)), Map.of());

        assertThat(month.baseCharges()).isEqualTo(euros("11800.00"));
        assertThat(month.totalDue()).isEqualTo(euros("11800.00"));
        assertThat(month.costPerUnit()).isEqualTo(euros("10.00"));
    }

    // ---------------------------------------------------------------- PRODUCT.md: the worked example
    @Test
    void the_baseline_month_costs_1540_and_a_missed_month_costs_6_percent() {
        // 800 invoices in May (coefficient 1): 500 × 2,00 + 300 × 1,80 = 1 000,00 + 540,00 = 1 540,00
        // at-risk 12 % × 1 540,00 = 184,80; "factures sous 48 h" 85 < minimum 90 → missed
        // credit 50 % × 184,80 = 92,40 = 6 % of 1 540,00; total 1 447,60
        MonthFigures month = compute(
                MAY, INVOICES, Map.of("saisie-factures", units(800)), Map.of("factures-48h", new BigDecimal("85")));

        assertThat(month.chargesBeforeCredits()).isEqualTo(euros("1540.00"));
        assertThat(month.atRiskAmount()).isEqualTo(euros("184.80"));
        assertThat(month.credits()).isEqualTo(euros("92.40"));
        assertThat(month.credits().multiply(BigDecimal.valueOf(100)).divide(month.chargesBeforeCredits()))
                .isEqualByComparingTo("6");
        assertThat(month.totalDue()).isEqualTo(euros("1447.60"));
        // 1 447,60 / 800 = 1,8095 → 1,81; nominal 1 540,00 / 800 = 1,925 → 1,93 (half-up)
        assertThat(month.costPerUnit()).isEqualTo(euros("1.81"));
        assertThat(month.nominalUnitPrice()).isEqualTo(euros("1.93"));
        assertThat(month.volumes())
                .singleElement()
                .isEqualTo(new ItemVolume(
                        "saisie-factures",
                        "Saisie des factures fournisseurs",
                        "facture traitée",
                        800,
                        800L,
                        640L,
                        960L,
                        VolumeStatus.INSIDE));
    }

    @Test
    void a_met_month_earns_no_credit() {
        MonthFigures month = compute(
                MAY, INVOICES, Map.of("saisie-factures", units(800)), Map.of("factures-48h", new BigDecimal("96.5")));

        assertThat(level(month, "factures-48h").status()).isEqualTo(SlaStatus.MET);
        assertThat(month.credits()).isEqualTo(euros("0.00"));
        assertThat(month.totalDue()).isEqualTo(euros("1540.00"));
    }

    @Test
    void january_measures_against_a_baseline_of_1040_and_august_against_480() {
        // January ×1,3: baseline 1 040, flex ±20 % = 832–1 248; 1 040 invoices cost
        // 500 × 2,00 + 500 × 1,80 + 40 × 1,60 = 1 964,00; nominal 1 964,00 / 1 040 = 1,8884… → 1,89
        MonthFigures january =
                compute(YearMonth.of(2026, 1), INVOICES, Map.of("saisie-factures", units(1040)), Map.of());
        // August ×0,6: baseline 480, flex 384–576; 800 invoices are above and still cost 1 540,00
        // (bands price the actual units); nominal 480 × 2,00 / 480 = 2,00
        MonthFigures august = compute(YearMonth.of(2026, 8), INVOICES, Map.of("saisie-factures", units(800)), Map.of());

        assertThat(january.volumes().getFirst())
                .extracting(ItemVolume::monthBaseline, ItemVolume::flexMin, ItemVolume::flexMax, ItemVolume::status)
                .containsExactly(1040L, 832L, 1248L, VolumeStatus.INSIDE);
        assertThat(january.chargesBeforeCredits()).isEqualTo(euros("1964.00"));
        assertThat(january.nominalUnitPrice()).isEqualTo(euros("1.89"));
        assertThat(august.volumes().getFirst())
                .extracting(ItemVolume::monthBaseline, ItemVolume::flexMin, ItemVolume::flexMax, ItemVolume::status)
                .containsExactly(480L, 384L, 576L, VolumeStatus.ABOVE);
        assertThat(august.chargesBeforeCredits()).isEqualTo(euros("1540.00"));
        assertThat(august.nominalUnitPrice()).isEqualTo(euros("2.00"));
    }

    @Test
    void the_flex_range_edges_are_inside() {
        // May: 800 ± 20 % = 640–960
        assertThat(statusFor(640)).isEqualTo(VolumeStatus.INSIDE);
        assertThat(statusFor(960)).isEqualTo(VolumeStatus.INSIDE);
        assertThat(statusFor(639)).isEqualTo(VolumeStatus.BELOW);
        assertThat(statusFor(961)).isEqualTo(VolumeStatus.ABOVE);
    }

    private static VolumeStatus statusFor(long units) {
        return compute(MAY, INVOICES, Map.of("saisie-factures", units(units)), Map.of())
                .volumes()
                .getFirst()
                .status();
    }

    @Test
    void at_risk_and_missed_follow_the_target_and_the_minimum() {
        // target 95, minimum 90: 95 met, 94,9 and 90 at risk (no credit), 89,9 missed
        assertThat(statusMeasuring("95")).isEqualTo(SlaStatus.MET);
        assertThat(statusMeasuring("94.9")).isEqualTo(SlaStatus.AT_RISK);
        assertThat(statusMeasuring("90")).isEqualTo(SlaStatus.AT_RISK);
        assertThat(statusMeasuring("89.9")).isEqualTo(SlaStatus.MISSED);
        assertThat(compute(
                                MAY,
                                INVOICES,
                                Map.of("saisie-factures", units(800)),
                                Map.of("factures-48h", new BigDecimal("92")))
                        .credits())
                .isEqualTo(euros("0.00"));
    }

    private static SlaStatus statusMeasuring(String percent) {
        return compute(
                        MAY,
                        INVOICES,
                        Map.of("saisie-factures", units(800)),
                        Map.of("factures-48h", new BigDecimal(percent)))
                .serviceLevels()
                .getFirst()
                .status();
    }

    @Test
    void an_unmeasured_level_is_reported_as_such_and_earns_nothing() {
        MonthFigures month = compute(MAY, INVOICES, Map.of("saisie-factures", units(800)), Map.of());

        assertThat(month.serviceLevels()).singleElement().satisfies(level -> {
            assertThat(level.status()).isEqualTo(SlaStatus.NOT_MEASURED);
            assertThat(level.measuredPercent()).isNull();
            assertThat(level.credit()).isEqualTo(euros("0.00"));
        });
    }

    @Test
    void the_service_level_result_carries_the_terms_of_the_level() {
        MonthFigures month = compute(
                MAY, INVOICES, Map.of("saisie-factures", units(800)), Map.of("factures-48h", new BigDecimal("85")));

        assertThat(month.serviceLevels())
                .containsExactly(new SlaResult(
                        "factures-48h",
                        "Factures saisies sous 48 h",
                        true,
                        MeasurementWindow.MONTHLY,
                        new BigDecimal("95"),
                        new BigDecimal("90"),
                        new BigDecimal("85"),
                        SlaStatus.MISSED,
                        new BigDecimal("50"),
                        euros("92.40"),
                        null,
                        null,
                        0,
                        0));
    }

    // ---------------------------------------------------------------- empty months
    @Test
    void has_no_rates_and_no_cost_per_unit_and_band_pricing_charges_nothing() {
        MonthFigures month = compute(MAY, TermsFixtures.invoiceEntryExample(), Map.of(), Map.of());

        assertThat(month.rates()).isEqualTo(Rates.NONE);
        assertThat(month.rates().onTimePercent()).isNull();
        assertThat(month.rates().firstPassPercent()).isNull();
        assertThat(month.rates().reworkPercent()).isNull();
        assertThat(month.billableUnits()).isZero();
        assertThat(month.costPerUnit()).isNull();
        assertThat(month.baseCharges()).isEqualTo(euros("0.00"));
        assertThat(month.atRiskAmount()).isEqualTo(euros("0.00"));
        assertThat(month.totalDue()).isEqualTo(euros("0.00"));
        // the nominal price does not depend on what was delivered: 1 540,00 / 800 → 1,93
        assertThat(month.nominalUnitPrice()).isEqualTo(euros("1.93"));
        assertThat(month.charges()).singleElement().satisfies(charge -> {
            assertThat(charge.units()).isZero();
            assertThat(charge.charge().lines()).isEmpty();
        });
        assertThat(month.volumes().getFirst().status()).isEqualTo(VolumeStatus.BELOW);
    }

    @Test
    void a_missed_level_of_an_empty_band_month_earns_nothing_as_nothing_is_at_risk() {
        MonthFigures month = compute(
                MAY, TermsFixtures.invoiceEntryExample(), Map.of(), Map.of("factures-48h", new BigDecimal("50")));

        assertThat(level(month, "factures-48h").status()).isEqualTo(SlaStatus.MISSED);
        assertThat(month.credits()).isEqualTo(euros("0.00"));
    }

    @Test
    void still_owes_the_fixed_charge_less_the_rrc_credit_of_the_whole_baseline() {
        // 0 RU: fixed 12 000,00; RRC 1 000 × 9 = 9 000,00 → 3 000,00; at-risk 10 % = 300,00
        MonthFigures month = compute(MAY, arcRrcContract(), Map.of(), Map.of());

        assertThat(month.baseCharges()).isEqualTo(euros("12000.00"));
        assertThat(month.rrc()).isEqualTo(euros("9000.00"));
        assertThat(month.chargesBeforeCredits()).isEqualTo(euros("3000.00"));
        assertThat(month.atRiskAmount()).isEqualTo(euros("300.00"));
        assertThat(month.totalDue()).isEqualTo(euros("3000.00"));
        assertThat(month.costPerUnit()).isNull();
        assertThat(month.nominalUnitPrice()).isEqualTo(euros("12.00"));
        assertThat(month.rates().delivered()).isZero();
        assertThat(month.rates().onTimePercent()).isNull();
    }

    @Test
    void the_rrc_credit_stops_at_the_fixed_charge_so_a_month_never_costs_less_than_nothing() {
        // PRODUCT.md, edge rules: fixed 100,00 € for 1 000 units, RRC 9 €; 0 units would credit 9 000,00 €
        // (a month at −8 900,00 €): the credit is capped at the fixed charge, the month costs 0,00 €
        VolumeTerms smallFixed = new VolumeTerms(
                1000,
                SeasonalProfile.flat(),
                new BigDecimal("20"),
                new BaselineChargePricing(euros("100"), euros("11"), euros("9"), new BigDecimal("5")));
        Terms terms = terms(
                header("10", "50000"), List.of(item("dossiers", "Dossiers", smallFixed)), List.of(filesWithin48h()));

        MonthFigures month = compute(MAY, terms, Map.of(), Map.of("dossiers-48h", new BigDecimal("10")));

        assertThat(month.charges().getFirst().charge().lines())
                .extracting(ChargeLine::kind, ChargeLine::amount)
                .containsExactly(
                        tuple(ChargeLineKind.FIXED, euros("100.00")), tuple(ChargeLineKind.RRC, euros("-100.00")));
        assertThat(month.rrc()).isEqualTo(euros("100.00"));
        assertThat(month.chargesBeforeCredits()).isEqualTo(euros("0.00"));
        // service credits are computed on that: nothing at risk, nothing credited
        assertThat(month.atRiskAmount()).isEqualTo(euros("0.00"));
        assertThat(month.credits()).isEqualTo(euros("0.00"));
        assertThat(month.totalDue()).isEqualTo(euros("0.00"));
        // below the fixed charge the RRC credit is unchanged: PRODUCT.md's month 3, 820 RU → 180 × 9 = 1 620,00
        MonthFigures inside = compute(
                MAY,
                terms(header("10", "50000"), List.of(item("dossiers", "Dossiers", arcRrc())), List.of()),
                Map.of("dossiers", units(820)),
                Map.of());
        assertThat(inside.rrc()).isEqualTo(euros("1620.00"));
        assertThat(inside.totalDue()).isEqualTo(euros("10380.00"));
    }

    @Test
    void of_a_contract_without_volume_terms_has_no_nominal_price() {
        Terms terms = terms(header("10", null), List.of(itemWithoutVolume("conseil")), List.of());

        MonthFigures month = compute(MAY, terms, Map.of("conseil", units(3)), Map.of());

        assertThat(month.nominalUnitPrice()).isNull();
        assertThat(month.charges()).isEmpty();
        assertThat(month.volumes())
                .singleElement()
                .isEqualTo(new ItemVolume(
                        "conseil",
                        "Conseil ponctuel",
                        "intervention",
                        3,
                        null,
                        null,
                        null,
                        VolumeStatus.NO_VOLUME_TERMS));
        assertThat(month.billableUnits()).isEqualTo(3);
        // nothing is charged for this item (no volume terms, no recorded cost): it has no cost per deliverable
        assertThat(month.itemCosts()).isEmpty();
        assertThat(month.costPerUnit()).isNull();
    }

    @Test
    void has_no_nominal_price_when_the_month_baseline_is_zero() {
        // coefficient 0 in May: baseline 0 → no nominal price
        List<BigDecimal> coefficients = new java.util.ArrayList<>(java.util.Collections.nCopies(12, BigDecimal.ONE));
        coefficients.set(4, BigDecimal.ZERO);
        VolumeTerms closedInMay = new VolumeTerms(
                800, new SeasonalProfile(coefficients), new BigDecimal("20"), TermsFixtures.invoiceBands());
        Terms terms = terms(header("10", null), List.of(item("saisie", "Saisie", closedInMay)), List.of());

        MonthFigures month = compute(MAY, terms, Map.of(), Map.of());

        assertThat(month.nominalUnitPrice()).isNull();
        assertThat(month.volumes().getFirst())
                .extracting(ItemVolume::monthBaseline, ItemVolume::status)
                .containsExactly(0L, VolumeStatus.INSIDE);
    }

    // ---------------------------------------------------------------- actuals

    @Test
    void rejected_deliverables_count_in_the_rates_but_not_in_the_billed_units() {
        // 10 deliverables: 8 on time, 6 first pass, 2 after rework, 2 rejected; the 2 rejected are left out
        // of the 800 billable units (the aggregate excludes them) → 1 540,00
        ItemActuals actual = new ItemActuals(10, 8, 6, 2, 2, 800, BigDecimal.ZERO);

        MonthFigures month =
                compute(MAY, TermsFixtures.invoiceEntryExample(), Map.of("saisie-factures", actual), Map.of());

        assertThat(month.billableUnits()).isEqualTo(800);
        assertThat(month.chargesBeforeCredits()).isEqualTo(euros("1540.00"));
        assertThat(month.rates()).isEqualTo(Rates.of(10, 8, 6, 2, 2));
        assertThat(month.rates().onTimePercent()).isEqualTo(new BigDecimal("80.0"));
        assertThat(month.rates().firstPassPercent()).isEqualTo(new BigDecimal("60.0"));
        assertThat(month.rates().reworkPercent()).isEqualTo(new BigDecimal("20.0"));
    }

    @Test
    void recorded_costs_add_to_the_base_charges_and_so_to_the_at_risk_amount() {
        // 1 540,00 + 12,50 + 7,25 = 1 559,75; at-risk 12 % = 187,17; missed: 50 % × 187,17 = 93,585 → 93,59
        // total 1 559,75 − 93,59 = 1 466,16; per unit 1 466,16 / 800 = 1,8327 → 1,83
        Terms terms = TermsFixtures.invoiceEntryExample().withScopeItem(itemWithoutVolume("conseil"));

        MonthFigures month = MonthCalculator.compute(
                MAY,
                1,
                terms,
                Map.of(
                        "saisie-factures",
                        new ItemActuals(4, 4, 4, 0, 0, 800, euros("12.50")),
                        "conseil",
                        new ItemActuals(1, 1, 1, 0, 0, 0, euros("7.25"))),
                Map.of("factures-48h", new BigDecimal("80")),
                NOTHING_CONSUMED);

        assertThat(month.recordedCosts()).isEqualTo(euros("19.75"));
        assertThat(month.baseCharges()).isEqualTo(euros("1559.75"));
        assertThat(month.chargesBeforeCredits()).isEqualTo(euros("1559.75"));
        assertThat(month.atRiskAmount()).isEqualTo(euros("187.17"));
        assertThat(month.credits()).isEqualTo(euros("93.59"));
        assertThat(month.totalDue()).isEqualTo(euros("1466.16"));
        // two items are charged (invoices, and the advice by its recorded cost): cost per deliverable is per item,
        // never over the units of both
        assertThat(month.costPerUnit()).isNull();
        assertThat(month.nominalUnitPrice()).isNull();
        // invoices: 1 552,50 of charges, share of credits 93,59 × 1 552,50 / 1 559,75 = 93,151… → 93,15;
        // cost 1 552,50 × (1 559,75 − 93,59) / (1 559,75 × 800) = 1,8242… → 1,82; nominal 1 540,00 / 800 → 1,93
        assertThat(month.itemCosts())
                .containsExactly(
                        new ItemUnitCost(
                                "saisie-factures",
                                "Saisie des factures fournisseurs",
                                "facture traitée",
                                800,
                                euros("1552.50"),
                                euros("93.15"),
                                euros("1.82"),
                                euros("1.93")),
                        new ItemUnitCost(
                                "conseil",
                                "Conseil ponctuel",
                                "intervention",
                                0,
                                euros("7.25"),
                                euros("0.44"),
                                null,
                                null));
    }

    @Test
    void actuals_of_items_not_in_the_terms_are_ignored() {
        MonthFigures month = compute(
                MAY,
                TermsFixtures.invoiceEntryExample(),
                Map.of(
                        "saisie-factures",
                        units(800),
                        "ancienne-prestation",
                        new ItemActuals(5, 5, 5, 0, 0, 500, euros("99.99"))),
                Map.of());

        assertThat(month.billableUnits()).isEqualTo(800);
        assertThat(month.recordedCosts()).isEqualTo(euros("0.00"));
        assertThat(month.rates().delivered()).isEqualTo(1);
        assertThat(month.volumes()).extracting(ItemVolume::scopeItemKey).containsExactly("saisie-factures");
        assertThat(month.totalDue()).isEqualTo(euros("1540.00"));
    }

    @Test
    void several_items_are_listed_in_terms_order_and_summed() {
        // conseil: 3 units, no volume terms; dossiers (ARC/RRC): 1 180 RU → 13 980,00; saisie: 800 → 1 540,00
        // base 12 000,00 + 1 540,00 = 13 540,00; ARC 1 980,00; charges 15 520,00; units 1 983
        // nominal (12 000,00 + 1 540,00) / (1 000 + 800) = 7,5222… → 7,52
        Terms terms = terms(
                header("10", "50000"),
                List.of(
                        itemWithoutVolume("conseil"),
                        item("dossiers", "Dossiers", arcRrc()),
                        TermsFixtures.invoiceEntry()),
                List.of());

        MonthFigures month = compute(
                MAY,
                terms,
                Map.of("saisie-factures", units(800), "dossiers", units(1180), "conseil", units(3)),
                Map.of());

        assertThat(month.volumes())
                .extracting(ItemVolume::scopeItemKey)
                .containsExactly("conseil", "dossiers", "saisie-factures");
        assertThat(month.charges()).extracting(ItemCharge::scopeItemKey).containsExactly("dossiers", "saisie-factures");
        assertThat(month.baseCharges()).isEqualTo(euros("13540.00"));
        assertThat(month.arc()).isEqualTo(euros("1980.00"));
        assertThat(month.chargesBeforeCredits()).isEqualTo(euros("15520.00"));
        assertThat(month.billableUnits()).isEqualTo(1983);
        assertThat(month.rates().delivered()).isEqualTo(3);
        // PRODUCT.md, edge rules: units of different items are never added (there was a 7,83 € "per unit" over
        // resource units and invoices together); each item in its own unit against its own nominal price
        assertThat(month.costPerUnit()).isNull();
        assertThat(month.nominalUnitPrice()).isNull();
        // dossiers 13 980,00 / 1 180 = 11,847… → 11,85 against 12 000,00 / 1 000 = 12,00;
        // invoices 1 540,00 / 800 = 1,925 → 1,93 against the same at baseline; the advice has nothing charged
        assertThat(month.itemCosts())
                .extracting(ItemUnitCost::scopeItemKey, ItemUnitCost::costPerUnit, ItemUnitCost::nominalUnitPrice)
                .containsExactly(
                        tuple("dossiers", euros("11.85"), euros("12.00")),
                        tuple("saisie-factures", euros("1.93"), euros("1.93")));
    }

    @Test
    void the_figures_name_the_month_and_the_version_that_priced_it() {
        MonthFigures month = MonthCalculator.compute(
                MAY, 7, TermsFixtures.invoiceEntryExample(), Map.of(), Map.of(), NOTHING_CONSUMED);

        assertThat(month.month()).isEqualTo(MAY);
        assertThat(month.versionNumber()).isEqualTo(7);
    }

    // ---------------------------------------------------------------- service levels, at-risk cap
    @Test
    void a_quarterly_level_is_not_assessed_before_the_quarter_ends() {
        // the same measured 80 % (below minimum 90): May is not a quarter's last month → not measured, no
        // credit; June closes the quarter → missed, 30 % of at-risk 10 % × 1 540,00 = 154,00 → 46,20
        Terms terms = terms(
                header("10", "50000"),
                List.of(TermsFixtures.invoiceEntry()),
                List.of(level("trimestre", "95", "90", MeasurementWindow.QUARTERLY, true, "30")));
        Map<String, BigDecimal> measured = Map.of("trimestre", new BigDecimal("80"));

        MonthFigures may = compute(MAY, terms, Map.of("saisie-factures", units(800)), measured);
        MonthFigures june = compute(JUNE, terms, Map.of("saisie-factures", units(800)), measured);

        assertThat(may.serviceLevels().getFirst().status()).isEqualTo(SlaStatus.NOT_MEASURED);
        assertThat(may.serviceLevels().getFirst().measuredPercent()).isNull();
        assertThat(may.credits()).isEqualTo(euros("0.00"));
        assertThat(june.serviceLevels().getFirst().status()).isEqualTo(SlaStatus.MISSED);
        assertThat(june.serviceLevels().getFirst().measuredPercent()).isEqualTo(new BigDecimal("80"));
        assertThat(june.credits()).isEqualTo(euros("46.20"));
    }

    @Test
    void quarterly_levels_are_assessed_in_march_june_september_and_december_only() {
        ServiceLevel quarterly = level("trimestre", "95", "90", MeasurementWindow.QUARTERLY, true, "30");
        for (int m = 1; m <= 12; m++) {
            SlaStatus status = ServiceLevelAssessment.assess(
                            YearMonth.of(2026, m), quarterly, new BigDecimal("99"), euros("100.00"))
                    .status();
            assertThat(status).as("month %d", m).isEqualTo(m % 3 == 0 ? SlaStatus.MET : SlaStatus.NOT_MEASURED);
        }
    }

    @Test
    void an_indicator_only_level_never_earns_a_credit_even_when_missed() {
        // same month as the product brief's month 1, but only the KPI is missed (97 < 98)
        MonthFigures month = compute(
                MAY,
                arcRrcContract(),
                Map.of("dossiers", units(1180)),
                Map.of("dossiers-48h", new BigDecimal("96"), "taux-erreur", new BigDecimal("97")));

        SlaResult kpi = level(month, "taux-erreur");
        assertThat(kpi.critical()).isFalse();
        assertThat(kpi.status()).isEqualTo(SlaStatus.MISSED);
        assertThat(kpi.sharePercent()).isEqualByComparingTo("0");
        assertThat(kpi.credit()).isEqualTo(euros("0.00"));
        assertThat(month.creditsUncapped()).isEqualTo(euros("0.00"));
        assertThat(month.totalDue()).isEqualTo(euros("13980.00"));
    }

    @Test
    void critical_levels_come_first_then_the_terms_order() {
        Terms terms = terms(
                header("10", "50000"),
                List.of(TermsFixtures.invoiceEntry()),
                List.of(
                        level("kpi-a", "95", "90", MeasurementWindow.MONTHLY, false, "0"),
                        level("csl-b", "95", "90", MeasurementWindow.MONTHLY, true, "10"),
                        level("kpi-c", "95", "90", MeasurementWindow.MONTHLY, false, "0"),
                        level("csl-d", "95", "90", MeasurementWindow.MONTHLY, true, "10")));

        MonthFigures month = compute(MAY, terms, Map.of(), Map.of());

        assertThat(month.serviceLevels())
                .extracting(SlaResult::key)
                .containsExactly("csl-b", "csl-d", "kpi-a", "kpi-c");
    }

    @Test
    void several_missed_levels_add_their_credits() {
        // at-risk 10 % × 13 980,00 = 1 398,00; missed 20 % → 279,60 and 30 % → 419,40; at risk (no credit)
        // 50 %; total 699,00; due 13 980,00 − 699,00 = 13 281,00
        Terms terms = terms(
                header("10", "50000"),
                List.of(item("dossiers", "Dossiers", arcRrc())),
                List.of(
                        level("a", "95", "93", MeasurementWindow.MONTHLY, true, "20"),
                        level("b", "95", "93", MeasurementWindow.MONTHLY, true, "30"),
                        level("c", "95", "93", MeasurementWindow.MONTHLY, true, "50")));

        MonthFigures month = compute(
                MAY,
                terms,
                Map.of("dossiers", units(1180)),
                Map.of("a", new BigDecimal("91"), "b", new BigDecimal("92.99"), "c", new BigDecimal("93")));

        assertThat(month.serviceLevels())
                .extracting(SlaResult::status, SlaResult::credit)
                .containsExactly(
                        tuple(SlaStatus.MISSED, euros("279.60")),
                        tuple(SlaStatus.MISSED, euros("419.40")),
                        tuple(SlaStatus.AT_RISK, euros("0.00")));
        assertThat(month.creditsUncapped()).isEqualTo(euros("699.00"));
        assertThat(month.credits()).isEqualTo(euros("699.00"));
        assertThat(month.totalDue()).isEqualTo(euros("13281.00"));
    }

    @Test
    void the_at_risk_amount_caps_credits_whose_rounded_lines_add_up_to_more() {
        // one unit at 0,50 €: charges 0,50; at-risk 10 % = 0,05; two missed levels with 50 % each:
        // 0,025 → 0,03 each (half-up), uncapped 0,06 > at-risk 0,05 → credits 0,05; due 0,45
        VolumeTerms cheap = new VolumeTerms(
                1,
                SeasonalProfile.flat(),
                new BigDecimal("20"),
                new BandPricing(BandMode.GRADUATED, List.of(new PriceBand(0, null, euros("0.50")))));
        Terms terms = terms(
                header("10", "50000"),
                List.of(item("timbres", "Timbres", cheap)),
                List.of(
                        level("a", "95", "90", MeasurementWindow.MONTHLY, true, "50"),
                        level("b", "95", "90", MeasurementWindow.MONTHLY, true, "50")));

        MonthFigures month = compute(
                MAY, terms, Map.of("timbres", units(1)), Map.of("a", new BigDecimal("1"), "b", new BigDecimal("2")));

        assertThat(month.atRiskAmount()).isEqualTo(euros("0.05"));
        assertThat(month.serviceLevels()).extracting(SlaResult::credit).containsExactly(euros("0.03"), euros("0.03"));
        assertThat(month.creditsUncapped()).isEqualTo(euros("0.06"));
        assertThat(month.credits()).isEqualTo(euros("0.05"));
        assertThat(month.totalDue()).isEqualTo(euros("0.45"));
    }

    @Test
    void every_critical_level_missed_takes_the_whole_at_risk_amount() {
        // shares 40 + 60 = 100 %: at-risk 12 % × 1 540,00 = 184,80 → 73,92 + 110,88 = 184,80
        Terms terms = terms(
                header("12", "50000"),
                List.of(TermsFixtures.invoiceEntry()),
                List.of(
                        level("a", "95", "90", MeasurementWindow.MONTHLY, true, "40"),
                        level("b", "95", "90", MeasurementWindow.MONTHLY, true, "60")));

        MonthFigures month = compute(
                MAY,
                terms,
                Map.of("saisie-factures", units(800)),
                Map.of("a", new BigDecimal("0"), "b", new BigDecimal("0")));

        assertThat(month.serviceLevels())
                .extracting(SlaResult::credit)
                .containsExactly(euros("73.92"), euros("110.88"));
        assertThat(month.credits()).isEqualTo(euros("184.80")).isEqualTo(month.atRiskAmount());
        assertThat(month.totalDue()).isEqualTo(euros("1355.20"));
    }

    // ---------------------------------------------------------------- the penalty cap
    // worked example: cap 5 000,00; a missed May earns 92,40 before the cap

    private static MonthFigures mayWithConsumed(String consumedBefore) {
        return MonthCalculator.compute(
                MAY,
                1,
                TermsFixtures.invoiceEntryExample(),
                Map.of("saisie-factures", units(800)),
                Map.of("factures-48h", new BigDecimal("85")),
                new BigDecimal(consumedBefore));
    }

    @Test
    void is_consumed_by_each_month_s_credits() {
        // 100,00 consumed before + 92,40 = 192,40, far from 5 000,00
        MonthFigures month = mayWithConsumed("100.00");

        assertThat(month.credits()).isEqualTo(euros("92.40"));
        assertThat(month.penaltyCap())
                .isEqualTo(new PenaltyCap(euros("5000.00"), euros("100.00"), euros("192.40"), false));
    }

    @Test
    void limits_the_credits_to_what_remains_of_it_and_is_then_reached() {
        // 4 950,00 consumed: only 50,00 remain of 5 000,00 → credits 50,00 (not 92,40); due 1 490,00
        MonthFigures month = mayWithConsumed("4950");

        assertThat(month.creditsUncapped()).isEqualTo(euros("92.40"));
        assertThat(month.credits()).isEqualTo(euros("50.00"));
        assertThat(month.totalDue()).isEqualTo(euros("1490.00"));
        assertThat(month.penaltyCap())
                .isEqualTo(new PenaltyCap(euros("5000.00"), euros("4950.00"), euros("5000.00"), true));
    }

    @Test
    void reached_exactly_by_this_month_s_credits() {
        // 4 907,60 + 92,40 = 5 000,00
        MonthFigures month = mayWithConsumed("4907.60");

        assertThat(month.credits()).isEqualTo(euros("92.40"));
        assertThat(month.penaltyCap().consumedToDate()).isEqualTo(euros("5000.00"));
        assertThat(month.penaltyCap().reached()).isTrue();
    }

    @Test
    void once_reached_leaves_no_further_credit_due() {
        MonthFigures month = mayWithConsumed("5000");

        assertThat(month.creditsUncapped()).isEqualTo(euros("92.40"));
        assertThat(month.credits()).isEqualTo(euros("0.00"));
        assertThat(month.totalDue()).isEqualTo(euros("1540.00"));
        assertThat(month.penaltyCap())
                .isEqualTo(new PenaltyCap(euros("5000.00"), euros("5000.00"), euros("5000.00"), true));
    }

    @Test
    void reached_by_a_month_without_credits_stays_reached() {
        MonthFigures month = MonthCalculator.compute(
                MAY, 1, TermsFixtures.invoiceEntryExample(), Map.of(), Map.of(), new BigDecimal("5000"));

        assertThat(month.penaltyCap().reached()).isTrue();
    }

    @Test
    void absent_leaves_every_credit_due_and_is_never_reached() {
        // PRODUCT.md, edge rules: the cap is optional; absent means no cap (a cap of 0 is refused by the terms)
        Terms terms = TermsFixtures.invoiceEntryExample().withHeader(header("12", null));

        MonthFigures month = MonthCalculator.compute(
                MAY,
                1,
                terms,
                Map.of("saisie-factures", units(800)),
                Map.of("factures-48h", new BigDecimal("85")),
                new BigDecimal("1000000"));

        assertThat(month.creditsUncapped()).isEqualTo(euros("92.40"));
        assertThat(month.credits()).isEqualTo(euros("92.40"));
        assertThat(month.penaltyCap()).isEqualTo(new PenaltyCap(null, euros("1000000.00"), euros("1000092.40"), false));
        assertThat(month.penaltyCap().isSet()).isFalse();
    }

    // ---------------------------------------------------------------- a version changing mid-month
    /** Version 2 of the worked example: baseline 1 040, units above 1 000 at 1,70 € instead of 1,60 €. */
    private static Terms version2() {
        VolumeTerms volume = new VolumeTerms(
                1040,
                TermsFixtures.januaryHighAugustLow(),
                new BigDecimal("20"),
                new BandPricing(
                        BandMode.GRADUATED,
                        List.of(
                                TermsFixtures.band(0, 500L, "2.00"),
                                TermsFixtures.band(501, 1000L, "1.80"),
                                TermsFixtures.band(1001, null, "1.70"))));
        ScopeItem invoices = TermsFixtures.invoiceEntry();
        return TermsFixtures.invoiceEntryExample()
                .withScopeItem(new ScopeItem(
                        invoices.key(),
                        invoices.title(),
                        invoices.description(),
                        invoices.acceptanceCriteria(),
                        invoices.unitOfMeasure(),
                        invoices.documentationUrl(),
                        invoices.retainedDecision(),
                        volume));
    }

    private static Terms termsOfVersion(int version) {
        return version == 1 ? TermsFixtures.invoiceEntryExample() : version2();
    }

    private static Instant paris(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(PARIS).toInstant();
    }

    private static MonthFigures priced(VersionTimeline timeline, YearMonth month) {
        int version = timeline.versionPricing(month);
        return MonthCalculator.compute(
                month,
                version,
                termsOfVersion(version),
                Map.of("saisie-factures", units(1100)),
                Map.of(),
                NOTHING_CONSUMED);
    }

    @Test
    void prices_the_whole_month_of_its_adoption_and_not_the_month_before() {
        // 1 100 invoices: v1 500 × 2,00 + 500 × 1,80 + 100 × 1,60 = 2 060,00 (1 100 above 800 × 1,2 = 960)
        //                 v2 … + 100 × 1,70 = 2 070,00 (1 100 inside 1 040 ± 20 % = 832–1 248)
        VersionTimeline timeline = new VersionTimeline(
                List.of(new VersionAdoption(1, paris(1, 5, 10, 0)), new VersionAdoption(2, paris(6, 20, 15, 30))));

        MonthFigures may = priced(timeline, MAY);
        MonthFigures june = priced(timeline, JUNE);

        assertThat(may.versionNumber()).isEqualTo(1);
        assertThat(may.chargesBeforeCredits()).isEqualTo(euros("2060.00"));
        assertThat(may.volumes().getFirst().status()).isEqualTo(VolumeStatus.ABOVE);
        assertThat(june.versionNumber()).isEqualTo(2);
        assertThat(june.chargesBeforeCredits()).isEqualTo(euros("2070.00"));
        assertThat(june.volumes().getFirst())
                .extracting(ItemVolume::monthBaseline, ItemVolume::status)
                .containsExactly(1040L, VolumeStatus.INSIDE);
        // nominal: May 1 540,00 / 800 → 1,93; June 500 × 2 + 500 × 1,8 + 40 × 1,7 = 1 968,00 / 1 040 → 1,89
        assertThat(may.nominalUnitPrice()).isEqualTo(euros("1.93"));
        assertThat(june.nominalUnitPrice()).isEqualTo(euros("1.89"));
    }

    @Test
    void adopted_a_minute_before_midnight_paris_on_the_last_day_prices_that_month() {
        VersionTimeline lastMinute = new VersionTimeline(
                List.of(new VersionAdoption(1, paris(1, 5, 10, 0)), new VersionAdoption(2, paris(5, 31, 23, 59))));

        assertThat(priced(lastMinute, MAY).chargesBeforeCredits()).isEqualTo(euros("2070.00"));
    }

    @Test
    void adopted_at_midnight_paris_on_the_first_day_prices_from_that_month_on() {
        VersionTimeline midnight = new VersionTimeline(
                List.of(new VersionAdoption(1, paris(1, 5, 10, 0)), new VersionAdoption(2, paris(6, 1, 0, 0))));

        assertThat(priced(midnight, MAY).chargesBeforeCredits()).isEqualTo(euros("2060.00"));
        assertThat(priced(midnight, JUNE).chargesBeforeCredits()).isEqualTo(euros("2070.00"));
    }

    // ---------------------------------------------------------------- earn-back

    /** The worked example with an earn-back target of 97 % on "factures saisies sous 48 h" (target 95 %). */
    private static Terms invoicesWithEarnBack(@Nullable String cap) {
        Terms example = TermsFixtures.invoiceEntryExample().withHeader(header("12", cap));
        return example.withServiceLevel(example.serviceLevels().getFirst().withEarnBack(new BigDecimal("97")));
    }

    /** Months from March 2026, 800 invoices each, with these measurements of "factures-48h" (null: not measured). */
    private static List<MonthFigures> monthsFromMarch(Terms terms, @Nullable String... measured) {
        List<MonthFigures> months = new ArrayList<>();
        BigDecimal consumed = BigDecimal.ZERO;
        YearMonth month = YearMonth.of(2026, 3);
        for (String value : measured) {
            Map<String, BigDecimal> measures = value == null ? Map.of() : Map.of("factures-48h", new BigDecimal(value));
            MonthFigures figures = MonthCalculator.compute(
                    month, 1, terms, Map.of("saisie-factures", units(800)), measures, consumed, months);
            months.add(figures);
            consumed = consumed.add(figures.credits());
            month = month.plusMonths(1);
        }
        return months;
    }

    @Test
    void earn_back_pays_a_missed_months_credit_back_on_the_third_month_after_it_once() {
        // March missed (85 % < 90 %): credit 50 % × 12 % × 1 540,00 = 92,40; April to June average
        // (98 + 97 + 96) / 3 = 97 ≥ 97: June's statement pays the 92,40 back, 1 540,00 + 92,40 = 1 632,40
        List<MonthFigures> months = monthsFromMarch(invoicesWithEarnBack("5000"), "85", "98", "97", "96", "99");

        assertThat(months.get(0).credits()).isEqualTo(euros("92.40"));
        assertThat(months.get(1).earnBack()).isEqualTo(euros("0.00"));
        assertThat(months.get(2).earnBack()).isEqualTo(euros("0.00"));
        MonthFigures june = months.get(3);
        assertThat(june.earnBacks())
                .containsExactly(new EarnBack(
                        "factures-48h",
                        "Factures saisies sous 48 h",
                        YearMonth.of(2026, 3),
                        new BigDecimal("97"),
                        new BigDecimal("97"),
                        euros("92.40")));
        assertThat(june.earnBack()).isEqualTo(euros("92.40"));
        assertThat(june.totalDue()).isEqualTo(euros("1632.40"));
        // once: July looks at April, which was met
        assertThat(months.get(4).earnBack()).isEqualTo(euros("0.00"));
        assertThat(months.get(4).totalDue()).isEqualTo(euros("1540.00"));
    }

    @Test
    void earn_back_needs_the_target_reached_on_average_over_three_measured_months() {
        // just below: (98 + 97 + 95,99) / 3 = 96,996… < 97
        assertThat(monthsFromMarch(invoicesWithEarnBack("5000"), "85", "98", "97", "95.99")
                        .getLast()
                        .earnBack())
                .isEqualTo(euros("0.00"));
        // a month not measured is not a month that reached the target
        assertThat(monthsFromMarch(invoicesWithEarnBack("5000"), "85", "100", null, "100")
                        .getLast()
                        .earnBack())
                .isEqualTo(euros("0.00"));
        // a level without an earn-back target never pays back
        Terms without = TermsFixtures.invoiceEntryExample().withHeader(header("12", "5000"));
        assertThat(monthsFromMarch(without, "85", "100", "100", "100").getLast().earnBack())
                .isEqualTo(euros("0.00"));
        // a month missed again inside the three months does not stop the first one's earn-back if the average
        // holds, and earns its own credit: (100 + 100 + 89) / 3 = 96,33… < 97 here, so nothing is paid back
        List<MonthFigures> missedAgain = monthsFromMarch(invoicesWithEarnBack("5000"), "85", "100", "100", "89");
        assertThat(missedAgain.getLast().earnBack()).isEqualTo(euros("0.00"));
        assertThat(missedAgain.getLast().credits()).isEqualTo(euros("92.40"));
    }

    @Test
    void earn_back_pays_back_what_the_penalty_cap_let_the_month_take_and_leaves_the_cap_consumed() {
        // cap 50,00: March takes 50,00 of its 92,40; June pays back those 50,00, not 92,40; the cap stays
        // consumed (a credit paid back does not make room for new ones)
        List<MonthFigures> months = monthsFromMarch(invoicesWithEarnBack("50"), "85", "98", "97", "97");

        assertThat(months.get(0).credits()).isEqualTo(euros("50.00"));
        assertThat(months.getLast().earnBack()).isEqualTo(euros("50.00"));
        assertThat(months.getLast().totalDue()).isEqualTo(euros("1590.00"));
        assertThat(months.getLast().penaltyCap().consumedToDate()).isEqualTo(euros("50.00"));
    }
}
