package app.avenant.contract.terms;

import static app.avenant.contract.terms.TermsFixtures.band;
import static app.avenant.contract.terms.TermsFixtures.header;
import static app.avenant.contract.terms.TermsFixtures.invoiceEntry;
import static app.avenant.contract.terms.TermsFixtures.invoiceVolume;
import static app.avenant.contract.terms.TermsFixtures.invoicesWithin48h;
import static app.avenant.contract.terms.TermsFixtures.timeSaved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TermsValidatorTest {

    private static final String ITEM = "scopeItems[saisie-factures]";
    private static final String PRICING = ITEM + ".volume.pricing";

    /** The violations as "path code" lines, the way a reviewer reads them. */
    private static List<String> violations(Supplier<Terms> build) {
        return violationList(build).stream().map(v -> v.path() + " " + v.code()).toList();
    }

    private static List<TermsViolation> violationList(Supplier<Terms> build) {
        try {
            build.get();
        } catch (InvalidTermsException e) {
            return e.violations();
        }
        return fail("expected InvalidTermsException");
    }

    private static Terms withHeader(ContractHeader header) {
        return new Terms(header, List.of(), List.of(), List.of());
    }

    private static ContractHeader headerOf(int initial, int renewalTerm, int notice, String atRisk, String cap) {
        return new ContractHeader(
                LocalDate.of(2026, 1, 1),
                initial,
                Renewal.TACIT,
                renewalTerm,
                notice,
                atRisk == null ? null : new BigDecimal(atRisk),
                cap == null ? null : new BigDecimal(cap));
    }

    private static Terms withItem(ScopeItem item) {
        return new Terms(header(), List.of(), List.of(item), List.of());
    }

    private static ScopeItem item(String key, String title) {
        ScopeItem example = invoiceEntry();
        return new ScopeItem(
                key,
                title,
                example.description(),
                example.acceptanceCriteria(),
                example.unitOfMeasure(),
                example.documentationUrl(),
                false,
                null);
    }

    private static Terms withVolume(VolumeTerms volume) {
        ScopeItem example = invoiceEntry();
        return withItem(new ScopeItem(
                example.key(),
                example.title(),
                example.description(),
                example.acceptanceCriteria(),
                example.unitOfMeasure(),
                example.documentationUrl(),
                false,
                volume));
    }

    private static Terms withPricing(Pricing pricing) {
        VolumeTerms volume = invoiceVolume();
        return withVolume(new VolumeTerms(
                volume.baselineMonthlyUnits(), volume.seasonalProfile(), volume.flexRangePercent(), pricing));
    }

    private static Terms withBands(PriceBand... bands) {
        return withPricing(new BandPricing(BandMode.GRADUATED, Arrays.asList(bands)));
    }

    private static Terms withSeasonal(BigDecimal... coefficients) {
        VolumeTerms volume = invoiceVolume();
        return withVolume(new VolumeTerms(
                volume.baselineMonthlyUnits(),
                new SeasonalProfile(Arrays.asList(coefficients)),
                volume.flexRangePercent(),
                volume.pricing()));
    }

    private static BigDecimal[] twelve(String coefficient) {
        BigDecimal[] coefficients = new BigDecimal[12];
        Arrays.fill(coefficients, new BigDecimal(coefficient));
        return coefficients;
    }

    private static ServiceLevel level(String key, String target, String minimum, boolean critical, String share) {
        return new ServiceLevel(
                key,
                "Indicateur " + key,
                "",
                new BigDecimal(target),
                new BigDecimal(minimum),
                MeasurementWindow.MONTHLY,
                critical,
                new BigDecimal(share));
    }

    private static Terms withLevels(ServiceLevel... levels) {
        return new Terms(header(), List.of(), List.of(), List.of(levels));
    }

    @Test
    void the_worked_example_and_a_large_contract_are_valid() {
        assertThatCode(TermsFixtures::invoiceEntryExample).doesNotThrowAnyException();
        assertThatCode(() -> TermsFixtures.large(1000)).doesNotThrowAnyException();
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        assertThat(violations(() -> new Terms(
                        headerOf(0, 12, -1, "120", "-5"),
                        List.of(new Objective("gain-temps", ObjectiveKind.TIME_SAVED, " ", "")),
                        List.of(item("saisie-factures", "")),
                        List.of(level("delai-48h", "95", "96", true, "10")))))
                .containsExactly(
                        "header.initialTermMonths positive.required",
                        "header.noticePeriodMonths negative",
                        "header.atRiskPercent percent.range",
                        "header.penaltyCapAmount positive.required",
                        "objectives[gain-temps].description required",
                        ITEM + ".title required",
                        "serviceLevels[delai-48h].minimumPercent minimum.above.target");
    }

    @Test
    void the_exception_message_lists_each_path_and_code_for_the_logs() {
        InvalidTermsException e = new InvalidTermsException(List.of(
                TermsViolation.of("header.noticePeriodMonths", "notice.too.long", 12),
                TermsViolation.of(ITEM + ".title", "required")));

        assertThat(e.message())
                .isEqualTo(e.getMessage())
                .contains("header.noticePeriodMonths notice.too.long [12]", ITEM + ".title required");
    }

    @Nested
    class Header {

        @Test
        void is_required() {
            assertThat(violations(() -> new Terms(null, List.of(), List.of(), List.of())))
                    .containsExactly("header required");
        }

        @Test
        void needs_its_start_date_renewal_and_amounts() {
            assertThat(violations(() -> withHeader(new ContractHeader(null, 12, null, 12, 3, null, null))))
                    .containsExactly(
                            "header.startDate required", "header.renewal required", "header.atRiskPercent required");
        }

        @Test
        void needs_positive_term_lengths() {
            assertThat(violations(() -> withHeader(headerOf(0, -1, 0, "10", null))))
                    .containsExactly(
                            "header.initialTermMonths positive.required", "header.renewalTermMonths positive.required");
        }

        @Test
        void needs_a_notice_period_shorter_than_the_initial_term() {
            List<TermsViolation> violations = violationList(() -> withHeader(headerOf(12, 12, 12, "10", null)));

            assertThat(violations)
                    .containsExactly(new TermsViolation("header.noticePeriodMonths", "notice.too.long", List.of(12)));
            assertThatCode(() -> withHeader(headerOf(12, 12, 11, "10", null))).doesNotThrowAnyException();
        }

        @Test
        void may_set_no_penalty_cap_but_a_cap_it_sets_is_above_zero() {
            // PRODUCT.md, edge rules: a cap of 0 would wipe out every credit while reading as "no cap"
            assertThatCode(() -> withHeader(headerOf(12, 12, 3, "10", null))).doesNotThrowAnyException();
            assertThatCode(() -> withHeader(headerOf(12, 12, 3, "10", "0.01"))).doesNotThrowAnyException();
            assertThat(violations(() -> withHeader(headerOf(12, 12, 3, "10", "0"))))
                    .containsExactly("header.penaltyCapAmount positive.required");
            assertThat(violations(() -> withHeader(headerOf(12, 12, 3, "10", "-1"))))
                    .containsExactly("header.penaltyCapAmount positive.required");
        }

        @Test
        void keeps_the_at_risk_percentage_between_0_and_100() {
            assertThat(violationList(() -> withHeader(headerOf(12, 12, 3, "100.01", null))))
                    .containsExactly(new TermsViolation("header.atRiskPercent", "percent.range", List.of(0, 100)));
            assertThatCode(() -> withHeader(headerOf(12, 12, 3, "100", null))).doesNotThrowAnyException();
            assertThatCode(() -> withHeader(headerOf(12, 12, 3, "0", null))).doesNotThrowAnyException();
        }
    }

    @Nested
    class Keys {

        @Test
        void must_not_be_blank() {
            assertThat(violations(() -> withItem(item(" ", "Saisie")))).containsExactly("scopeItems[#1].key required");
        }

        @Test
        void use_lowercase_letters_digits_and_dashes_only() {
            List<TermsViolation> violations = violationList(() -> withItem(item("Saisie Factures", "")));

            // an item with an invalid key is named by its position
            assertThat(violations)
                    .containsExactly(
                            new TermsViolation("scopeItems[#1].key", "key.invalid", List.of("Saisie Factures")),
                            new TermsViolation("scopeItems[#1].title", "required", List.of()));
            assertThat(violations(() -> withItem(item("-saisie", "Saisie"))))
                    .containsExactly("scopeItems[#1].key key.invalid");
            assertThat(violations(() -> withItem(item("a".repeat(65), "Saisie"))))
                    .containsExactly("scopeItems[#1].key key.invalid");
            assertThatCode(() -> withItem(item("0-" + "a".repeat(62), "Saisie")))
                    .doesNotThrowAnyException();
        }

        @Test
        void are_unique_within_their_list() {
            assertThat(violations(() -> new Terms(
                            header(),
                            List.of(timeSaved(), timeSaved()),
                            List.of(item("saisie", "A"), item("lettrage", "B"), item("saisie", "")),
                            List.of(invoicesWithin48h(), invoicesWithin48h()))))
                    .containsExactly(
                            "objectives[#2].key key.duplicate",
                            "scopeItems[#3].key key.duplicate",
                            "scopeItems[#3].title required",
                            "serviceLevels[#2].key key.duplicate");
        }

        @Test
        void may_repeat_across_lists() {
            assertThatCode(() -> new Terms(
                            header(),
                            List.of(new Objective("fiabilite", ObjectiveKind.RELIABILITY, "x", "")),
                            List.of(item("fiabilite", "Fiabilité")),
                            List.of(level("fiabilite", "95", "90", false, "0"))))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class Objectives_and_scope_items {

        @Test
        void an_objective_needs_a_kind_a_description_and_a_present_indicator() {
            assertThat(violations(() -> new Terms(
                            header(), List.of(new Objective("gain-temps", null, "", null)), List.of(), List.of())))
                    .containsExactly(
                            "objectives[gain-temps].kind required",
                            "objectives[gain-temps].description required",
                            "objectives[gain-temps].indicator required");
        }

        @Test
        void a_scope_item_needs_a_title_while_its_other_texts_may_be_blank_but_not_missing() {
            assertThatCode(() -> withItem(new ScopeItem("saisie", "Saisie", "", " ", "", "", true, null)))
                    .doesNotThrowAnyException();
            assertThat(violations(() -> withItem(new ScopeItem("saisie", null, null, null, null, null, true, null))))
                    .containsExactly(
                            "scopeItems[saisie].title required",
                            "scopeItems[saisie].description required",
                            "scopeItems[saisie].acceptanceCriteria required",
                            "scopeItems[saisie].unitOfMeasure required",
                            "scopeItems[saisie].documentationUrl required");
        }

        @Test
        void a_text_over_its_limit_is_refused_with_its_length_never_cut() {
            String title = "T".repeat(TextLimits.TITLE + 1);
            List<TermsViolation> found = violationList(() ->
                    withItem(new ScopeItem("saisie", title, "d".repeat(TextLimits.LONG_TEXT), "", "", "", true, null)));

            assertThat(found)
                    .containsExactly(new TermsViolation(
                            "scopeItems[saisie].title",
                            "text.too.long",
                            List.of(TextLimits.TITLE + 1, TextLimits.TITLE)));
            assertThatCode(() -> withItem(
                            new ScopeItem("saisie", "T".repeat(TextLimits.TITLE) + "  ", "", "", "", "", true, null)))
                    .doesNotThrowAnyException();
        }

        @Test
        void a_documentation_link_is_an_http_or_https_address() {
            ScopeItem example = invoiceEntry();
            Supplier<Terms> ftp = () ->
                    withItem(new ScopeItem("saisie", "Saisie", "", "", "", "ftp://docs.example.fr/x", false, null));

            assertThat(violations(ftp)).containsExactly("scopeItems[saisie].documentationUrl url.invalid");
            assertThatCode(() -> withItem(
                            new ScopeItem("saisie", "Saisie", "", "", "", "http://intranet/proc", false, null)))
                    .doesNotThrowAnyException();
            assertThat(example.documentationUrl()).startsWith("https://");
        }

        @Test
        void null_lists_and_null_items_are_reported_not_thrown_as_null_pointers() {
            assertThat(violations(() -> new Terms(header(), null, null, null)))
                    .containsExactly("objectives required", "scopeItems required", "serviceLevels required");
            assertThat(violations(() -> new Terms(
                            header(),
                            Collections.singletonList(null),
                            Arrays.asList(invoiceEntry(), null),
                            Collections.singletonList(null))))
                    .containsExactly(
                            "objectives[#1] required", "scopeItems[#2] required", "serviceLevels[#1] required");
        }
    }

    @Nested
    class Volumes {

        @Test
        void the_baseline_is_not_negative() {
            VolumeTerms volume = invoiceVolume();

            assertThat(violations(() -> withVolume(new VolumeTerms(
                            -1, volume.seasonalProfile(), volume.flexRangePercent(), volume.pricing()))))
                    .containsExactly(ITEM + ".volume.baselineMonthlyUnits negative");
        }

        @Test
        void the_flex_range_is_a_percentage() {
            VolumeTerms volume = invoiceVolume();

            assertThat(violations(() -> withVolume(
                            new VolumeTerms(800, volume.seasonalProfile(), new BigDecimal("-1"), volume.pricing()))))
                    .containsExactly(ITEM + ".volume.flexRangePercent percent.range");
        }

        @Test
        void the_seasonal_profile_has_exactly_twelve_coefficients() {
            List<TermsViolation> violations = violationList(() -> withSeasonal(Arrays.copyOf(twelve("1"), 11)));

            assertThat(violations)
                    .containsExactly(new TermsViolation(
                            ITEM + ".volume.seasonalProfile.coefficients", "seasonal.size", List.of(12, 11)));
        }

        @Test
        void each_seasonal_coefficient_is_present_and_between_0_and_10() {
            BigDecimal[] coefficients = twelve("1");
            coefficients[2] = null;
            coefficients[3] = new BigDecimal("-0.1");
            coefficients[4] = new BigDecimal("10.01");
            coefficients[5] = BigDecimal.TEN;
            coefficients[6] = BigDecimal.ZERO;

            assertThat(violations(() -> withSeasonal(coefficients)))
                    .containsExactly(
                            ITEM + ".volume.seasonalProfile.coefficients[3] required",
                            ITEM + ".volume.seasonalProfile.coefficients[4] seasonal.negative",
                            ITEM + ".volume.seasonalProfile.coefficients[5] seasonal.above.max");
        }

        @Test
        void missing_profile_and_pricing_are_reported() {
            assertThat(violations(() -> withVolume(new VolumeTerms(800, null, null, null))))
                    .containsExactly(
                            ITEM + ".volume.seasonalProfile required",
                            ITEM + ".volume.flexRangePercent required",
                            ITEM + ".volume.pricing required");
            assertThat(violations(() -> withVolume(new VolumeTerms(
                            800, new SeasonalProfile(null), BigDecimal.TEN, new BandPricing(null, null)))))
                    .containsExactly(
                            ITEM + ".volume.seasonalProfile.coefficients seasonal.size",
                            PRICING + ".mode required",
                            PRICING + ".bands required");
        }
    }

    @Nested
    class Bands {

        @Test
        void the_worked_example_bands_follow_one_another() {
            assertThatCode(() -> withBands(band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, null, "1.60")))
                    .doesNotThrowAnyException();
        }

        @Test
        void at_least_one_band_is_needed() {
            assertThat(violations(TermsValidatorTest::withBands)).containsExactly(PRICING + ".bands required");
        }

        @Test
        void the_first_band_starts_at_zero() {
            assertThat(violationList(() -> withBands(band(1, 500L, "2"), band(501, null, "1"))))
                    .containsExactly(
                            new TermsViolation(PRICING + ".bands[1].fromUnits", "band.first.start", List.of(0)));
        }

        @Test
        void the_first_band_holds_at_least_one_unit() {
            assertThat(violationList(() -> withBands(band(0, 0L, "2"), band(1, null, "1"))))
                    .containsExactly(
                            new TermsViolation(PRICING + ".bands[1].toUnits", "band.to.before.from", List.of(1L)));
        }

        @Test
        void a_band_starting_after_the_unit_that_follows_the_previous_band_leaves_a_gap() {
            assertThat(violationList(
                            () -> withBands(band(0, 500L, "2"), band(501, 1000L, "1.8"), band(1002, null, "1.6"))))
                    .containsExactly(new TermsViolation(PRICING + ".bands[3].fromUnits", "band.gap", List.of(1001L)));
        }

        @Test
        void a_band_starting_before_the_end_of_the_previous_band_overlaps_it() {
            assertThat(violationList(() -> withBands(band(0, 500L, "2"), band(500, null, "1.8"))))
                    .containsExactly(
                            new TermsViolation(PRICING + ".bands[2].fromUnits", "band.overlap", List.of(501L)));
        }

        @Test
        void only_the_last_band_may_be_open_ended() {
            assertThat(violations(() -> withBands(band(0, null, "2"), band(501, null, "1.8"))))
                    .containsExactly(PRICING + ".bands[1].toUnits band.open.not.last");
        }

        @Test
        void the_last_band_is_always_open() {
            // PRODUCT.md, edge rules: no unit is ever left unpriced
            assertThat(violationList(() -> withBands(band(0, 500L, "2"), band(501, 1000L, "1.8"))))
                    .containsExactly(new TermsViolation(PRICING + ".bands[2].toUnits", "band.last.closed", List.of()));
            assertThat(violations(() -> withBands(band(0, 500L, "2"))))
                    .containsExactly(PRICING + ".bands[1].toUnits band.last.closed");
            assertThatCode(() -> withBands(band(0, 500L, "2"), band(501, null, "1.8")))
                    .doesNotThrowAnyException();
        }

        @Test
        void a_band_does_not_end_before_it_starts() {
            assertThat(violationList(() -> withBands(band(0, 500L, "2"), band(501, 400L, "1.8"), band(401, null, "1"))))
                    .containsExactly(
                            new TermsViolation(PRICING + ".bands[2].toUnits", "band.to.before.from", List.of(501L)));
        }

        @Test
        void unit_prices_are_not_negative_and_have_at_most_four_decimals() {
            assertThat(violations(() -> withBands(
                            band(0, 500L, "-0.01"), band(501, 1000L, "1.23456"), band(1001, null, "1.60000"))))
                    .containsExactly(
                            PRICING + ".bands[1].unitPrice negative", PRICING + ".bands[2].unitPrice decimals.max");
            assertThatCode(() -> withBands(band(0, null, "0.3333"))).doesNotThrowAnyException();
        }

        @Test
        void a_missing_band_or_price_is_reported() {
            assertThat(violations(() -> withBands(band(0, 500L, "2"), null, new PriceBand(1001, null, null))))
                    .containsExactly(PRICING + ".bands[2] required", PRICING + ".bands[3].unitPrice required");
        }
    }

    @Nested
    class Baseline_charge {

        private static BaselineChargePricing pricing(String fixed, String arc, String rrc, String deadband) {
            return new BaselineChargePricing(
                    new BigDecimal(fixed), new BigDecimal(arc), new BigDecimal(rrc), new BigDecimal(deadband));
        }

        @Test
        void rates_and_charge_are_not_negative_and_the_deadband_is_a_percentage() {
            assertThat(violations(() -> withPricing(pricing("-1", "-1", "-1", "101"))))
                    .containsExactly(
                            PRICING + ".fixedMonthlyCharge negative", PRICING + ".arcRate negative",
                            PRICING + ".rrcRate negative", PRICING + ".deadbandPercent percent.range");
        }

        @Test
        void needs_a_positive_baseline() {
            assertThat(violations(() -> withVolume(new VolumeTerms(
                            0, SeasonalProfile.flat(), BigDecimal.TEN, pricing("12000", "11", "9", "5")))))
                    .containsExactly(ITEM + ".volume.baselineMonthlyUnits positive.required");
        }

        @Test
        void missing_amounts_are_reported() {
            assertThat(violations(() -> withPricing(new BaselineChargePricing(null, null, null, null))))
                    .containsExactly(
                            PRICING + ".fixedMonthlyCharge required", PRICING + ".arcRate required",
                            PRICING + ".rrcRate required", PRICING + ".deadbandPercent required");
        }
    }

    @Nested
    class Service_levels {

        @Test
        void targets_and_minimums_are_percentages() {
            assertThat(violations(() -> withLevels(level("delai-48h", "101", "-1", false, "0"))))
                    .containsExactly(
                            "serviceLevels[delai-48h].targetPercent percent.range",
                            "serviceLevels[delai-48h].minimumPercent percent.range");
        }

        @Test
        void the_minimum_is_not_above_the_target() {
            assertThat(violationList(() -> withLevels(level("delai-48h", "95", "95.5", true, "10"))))
                    .containsExactly(new TermsViolation(
                            "serviceLevels[delai-48h].minimumPercent",
                            "minimum.above.target",
                            List.of(new BigDecimal("95"))));
            assertThatCode(() -> withLevels(level("delai-48h", "95", "95.0", true, "10")))
                    .doesNotThrowAnyException();
        }

        @Test
        void an_earn_back_target_is_optional_for_a_critical_level_and_above_its_target() {
            ServiceLevel critical = level("delai-48h", "95", "90", true, "50");
            assertThatCode(() -> withLevels(critical.withEarnBack(null))).doesNotThrowAnyException();
            assertThatCode(() -> withLevels(critical.withEarnBack(new BigDecimal("97"))))
                    .doesNotThrowAnyException();
            assertThat(violationList(() -> withLevels(critical.withEarnBack(new BigDecimal("95")))))
                    .containsExactly(new TermsViolation(
                            "serviceLevels[delai-48h].earnBackTargetPercent",
                            "earnBack.not.above.target",
                            List.of(new BigDecimal("95"))));
            assertThat(violations(() -> withLevels(critical.withEarnBack(new BigDecimal("101")))))
                    .containsExactly("serviceLevels[delai-48h].earnBackTargetPercent percent.range");
            assertThat(violations(() -> withLevels(
                            level("delai-48h", "95", "90", false, "0").withEarnBack(new BigDecimal("97")))))
                    .containsExactly("serviceLevels[delai-48h].earnBackTargetPercent earnBack.not.critical");
        }

        @Test
        void only_a_critical_level_has_a_share_of_the_at_risk_amount() {
            assertThat(violations(() -> withLevels(level("delai-48h", "95", "90", false, "10"))))
                    .containsExactly("serviceLevels[delai-48h].atRiskSharePercent share.not.critical");
        }

        @Test
        void the_shares_of_critical_levels_add_up_to_at_most_100() {
            assertThatCode(() -> withLevels(
                            level("a", "95", "90", true, "60"),
                            level("b", "95", "90", true, "40"),
                            level("c", "95", "90", false, "0")))
                    .doesNotThrowAnyException();
            assertThat(violationList(
                            () -> withLevels(level("a", "95", "90", true, "60"), level("b", "95", "90", true, "40.5"))))
                    .containsExactly(
                            new TermsViolation("serviceLevels", "shares.above.100", List.of(new BigDecimal("100.5"))));
        }

        @Test
        void missing_fields_are_reported() {
            assertThat(violations(
                            () -> withLevels(new ServiceLevel("delai-48h", " ", null, null, null, null, true, null))))
                    .containsExactly(
                            "serviceLevels[delai-48h].metric required",
                            "serviceLevels[delai-48h].measurement required",
                            "serviceLevels[delai-48h].targetPercent required",
                            "serviceLevels[delai-48h].minimumPercent required",
                            "serviceLevels[delai-48h].window required",
                            "serviceLevels[delai-48h].atRiskSharePercent required");
        }
    }

    @Test
    void violations_of_an_item_deep_in_a_large_contract_name_that_item() {
        Terms large = TermsFixtures.large(50);
        List<ScopeItem> items = new ArrayList<>(large.scopeItems());
        ScopeItem victim = items.get(30);
        items.set(
                30,
                new ScopeItem(
                        victim.key(),
                        victim.title(),
                        victim.description(),
                        victim.acceptanceCriteria(),
                        victim.unitOfMeasure(),
                        "docs/local",
                        victim.retainedDecision(),
                        victim.volume()));

        assertThat(violations(() -> new Terms(large.header(), large.objectives(), items, large.serviceLevels())))
                .containsExactly("scopeItems[prestation-31].documentationUrl url.invalid");
    }
}
