package app.avenant.contract.terms;

import static app.avenant.contract.terms.TermsFixtures.band;
import static app.avenant.contract.terms.TermsFixtures.invoiceEntry;
import static app.avenant.contract.terms.TermsFixtures.invoiceEntryExample;
import static app.avenant.contract.terms.TermsFixtures.invoiceVolume;
import static app.avenant.contract.terms.TermsFixtures.invoicesWithin48h;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TermsDiffTest {

    private static final Terms EXAMPLE = invoiceEntryExample();

    private static TermsDiff diff(Terms after) {
        return TermsDiff.between(EXAMPLE, after);
    }

    private static ScopeItem invoiceEntryWith(VolumeTerms volume) {
        ScopeItem item = invoiceEntry();
        return new ScopeItem(
                item.key(),
                item.title(),
                item.description(),
                item.acceptanceCriteria(),
                item.unitOfMeasure(),
                item.documentationUrl(),
                item.retainedDecision(),
                volume);
    }

    private static Terms withVolume(VolumeTerms volume) {
        return EXAMPLE.withScopeItem(invoiceEntryWith(volume));
    }

    private static Terms withPricing(Pricing pricing) {
        VolumeTerms volume = invoiceVolume();
        return withVolume(new VolumeTerms(
                volume.baselineMonthlyUnits(), volume.seasonalProfile(), volume.flexRangePercent(), pricing));
    }

    private static Terms withBands(PriceBand... bands) {
        return withPricing(new BandPricing(BandMode.GRADUATED, List.of(bands)));
    }

    private static ScopeItem item(String key, String title) {
        return new ScopeItem(key, title, "", "", "", "", false, null);
    }

    /** The only item change of the diff. */
    private static ItemChange single(TermsDiff diff) {
        assertThat(diff.changes()).hasSize(1);
        return diff.changes().getFirst();
    }

    private static FieldChange field(String field, Object before, Object after, ValueKind kind) {
        return new FieldChange(field, null, kind, before, after);
    }

    private static FieldChange bandField(String field, String from, ValueKind kind, Object before, Object after) {
        return new FieldChange(field, from, kind, before, after);
    }

    @Test
    void identical_terms_give_an_empty_diff() {
        assertThat(TermsDiff.between(EXAMPLE, EXAMPLE).isEmpty()).isTrue();
        assertThat(TermsDiff.between(EXAMPLE, invoiceEntryExample()).isEmpty()).isTrue();
        assertThat(TermsDiff.between(TermsFixtures.large(300), TermsFixtures.large(300))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void amounts_are_compared_by_value_not_by_scale() {
        Terms before = withBands(band(0, 500L, "2"), band(501, 1000L, "1.80"), band(1001, null, "1.6"));
        Terms after = withBands(band(0, 500L, "2.00"), band(501, 1000L, "1.8"), band(1001, null, "1.6000"));

        assertThat(TermsDiff.between(before, after).isEmpty()).isTrue();
    }

    @Test
    void a_header_change_is_reported_under_the_header_key() {
        ContractHeader header = EXAMPLE.header();
        ContractHeader changed = new ContractHeader(
                LocalDate.of(2026, 2, 1),
                header.initialTermMonths(),
                Renewal.EXPRESS,
                header.renewalTermMonths(),
                2,
                new BigDecimal("12.0"),
                new BigDecimal("6000"));

        ItemChange change = single(diff(EXAMPLE.withHeader(changed)));

        assertThat(change.section()).isEqualTo(TermsSection.HEADER);
        assertThat(change.key()).isEqualTo("header");
        assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
        assertThat(change.fields())
                .containsExactly(
                        field("header.startDate", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), ValueKind.DATE),
                        field("header.renewal", Renewal.TACIT, Renewal.EXPRESS, ValueKind.ENUM),
                        field("header.noticePeriodMonths", 3L, 2L, ValueKind.NUMBER),
                        field(
                                "header.penaltyCapAmount",
                                new BigDecimal("5000"),
                                new BigDecimal("6000"),
                                ValueKind.MONEY));
    }

    @Test
    void an_added_objective_lists_its_fields_with_nothing_before() {
        Objective reliability = new Objective("fiabilite", ObjectiveKind.RELIABILITY, "Moins d'erreurs de saisie", "");

        ItemChange change = single(diff(EXAMPLE.withObjective(reliability)));

        assertThat(change)
                .isEqualTo(new ItemChange(
                        TermsSection.OBJECTIVES,
                        "fiabilite",
                        "Moins d'erreurs de saisie",
                        ChangeKind.ADDED,
                        List.of(
                                field("objective.kind", null, ObjectiveKind.RELIABILITY, ValueKind.ENUM),
                                field("objective.description", null, "Moins d'erreurs de saisie", ValueKind.TEXT))));
    }

    @Test
    void a_removed_objective_lists_its_fields_with_nothing_after() {
        ItemChange change = single(diff(EXAMPLE.withoutObjective("gain-temps")));

        assertThat(change.kind()).isEqualTo(ChangeKind.REMOVED);
        assertThat(change.label()).isEqualTo(TermsFixtures.timeSaved().description());
        assertThat(change.fields())
                .extracting(FieldChange::field, FieldChange::after)
                .containsExactly(
                        Tuple.tuple("objective.kind", null),
                        Tuple.tuple("objective.description", null),
                        Tuple.tuple("objective.indicator", null));
    }

    @Test
    void a_changed_objective_shows_only_its_changed_fields() {
        Objective objective = TermsFixtures.timeSaved();

        ItemChange change = single(diff(EXAMPLE.withObjective(
                new Objective(objective.key(), ObjectiveKind.CONTINUITY, objective.description(), ""))));

        assertThat(change.fields())
                .containsExactly(
                        field("objective.kind", ObjectiveKind.TIME_SAVED, ObjectiveKind.CONTINUITY, ValueKind.ENUM),
                        field("objective.indicator", objective.indicator(), null, ValueKind.TEXT));
    }

    @Test
    void a_changed_scope_field_is_labelled_with_the_newer_title() {
        ScopeItem item = invoiceEntry();
        ScopeItem renamed = new ScopeItem(
                item.key(),
                "Saisie et lettrage des factures",
                item.description(),
                item.acceptanceCriteria(),
                item.unitOfMeasure(),
                item.documentationUrl(),
                true,
                item.volume());

        ItemChange change = single(diff(EXAMPLE.withScopeItem(renamed)));

        assertThat(change.section()).isEqualTo(TermsSection.SCOPE);
        assertThat(change.label()).isEqualTo("Saisie et lettrage des factures");
        assertThat(change.fields())
                .containsExactly(
                        field("scope.title", item.title(), "Saisie et lettrage des factures", ValueKind.TEXT),
                        field("scope.retainedDecision", false, true, ValueKind.BOOLEAN));
    }

    @Test
    void blank_texts_count_as_empty() {
        Terms before = EXAMPLE.withScopeItem(item("lettrage", "Lettrage"));
        Terms blanks = EXAMPLE.withScopeItem(new ScopeItem("lettrage", "Lettrage", " ", "", "", "", false, null));
        Terms described =
                EXAMPLE.withScopeItem(new ScopeItem("lettrage", "Lettrage", "Rapprochement", "", "", "", false, null));

        assertThat(TermsDiff.between(before, blanks).isEmpty()).isTrue();
        assertThat(single(TermsDiff.between(before, described)).fields())
                .containsExactly(field("scope.description", null, "Rapprochement", ValueKind.TEXT));
    }

    @Test
    void an_added_scope_item_with_volume_terms_also_adds_its_volume_terms() {
        ScopeItem added = new ScopeItem(
                "relances",
                "Relances clients",
                "Relance des impayés",
                "",
                "relance",
                "",
                true,
                new VolumeTerms(
                        200,
                        SeasonalProfile.flat(),
                        BigDecimal.TEN,
                        new BandPricing(BandMode.VOLUME, List.of(band(0, 100L, "3"), band(101, null, "2.5")))));

        TermsDiff diff = diff(EXAMPLE.withScopeItem(added));

        assertThat(diff.changes())
                .extracting(ItemChange::section, ItemChange::key, ItemChange::kind)
                .containsExactly(
                        Tuple.tuple(TermsSection.SCOPE, "relances", ChangeKind.ADDED),
                        Tuple.tuple(TermsSection.VOLUMES, "relances", ChangeKind.ADDED));
        assertThat(diff.changes().get(0).fields())
                .containsExactly(
                        field("scope.title", null, "Relances clients", ValueKind.TEXT),
                        field("scope.description", null, "Relance des impayés", ValueKind.TEXT),
                        field("scope.unitOfMeasure", null, "relance", ValueKind.TEXT),
                        field("scope.retainedDecision", null, true, ValueKind.BOOLEAN));
        List<FieldChange> volume = diff.changes().get(1).fields();
        assertThat(diff.changes().get(1).label()).isEqualTo("Relances clients");
        assertThat(volume).allMatch(f -> f.before() == null);
        assertThat(volume)
                .extracting(FieldChange::field, FieldChange::detail, FieldChange::after)
                .containsExactly(
                        Tuple.tuple("volume.baselineMonthlyUnits", null, 200L),
                        Tuple.tuple("volume.flexRangePercent", null, BigDecimal.TEN),
                        Tuple.tuple("volume.seasonalCoefficient", "1", BigDecimal.ONE),
                        Tuple.tuple("volume.seasonalCoefficient", "2", BigDecimal.ONE),
                        Tuple.tuple("volume.seasonalCoefficient", "3", BigDecimal.ONE),
                        Tuple.tuple("volume.seasonalCoefficient", "4", BigDecimal.ONE),
                        Tuple.tuple("volume.seasonalCoefficient", "5", BigDecimal.ONE),
                        Tuple.tuple("volume.seasonalCoefficient", "6", BigDecimal.ONE),
                        Tuple.tuple("volume.seasonalCoefficient", "7", BigDecimal.ONE),
                        Tuple.tuple("volume.seasonalCoefficient", "8", BigDecimal.ONE),
                        Tuple.tuple("volume.seasonalCoefficient", "9", BigDecimal.ONE),
                        Tuple.tuple("volume.seasonalCoefficient", "10", BigDecimal.ONE),
                        Tuple.tuple("volume.seasonalCoefficient", "11", BigDecimal.ONE),
                        Tuple.tuple("volume.seasonalCoefficient", "12", BigDecimal.ONE),
                        Tuple.tuple("pricing.mechanism", null, "BANDS"),
                        Tuple.tuple("pricing.bandMode", null, BandMode.VOLUME),
                        Tuple.tuple("band.unitPrice", "0", new BigDecimal("3")),
                        Tuple.tuple("band.toUnits", "0", 100L),
                        Tuple.tuple("band.unitPrice", "101", new BigDecimal("2.5")));
    }

    @Test
    void a_removed_scope_item_removes_its_volume_terms_too_and_both_come_last_in_their_sections() {
        Terms before = EXAMPLE.withScopeItem(item("lettrage", "Lettrage"));
        Terms after = before.withoutScopeItem("saisie-factures")
                .withScopeItem(item("lettrage", "Lettrage bancaire"))
                .withScopeItem(item("relances", "Relances"));

        TermsDiff diff = TermsDiff.between(before, after);

        assertThat(diff.changes())
                .extracting(ItemChange::section, ItemChange::key, ItemChange::kind)
                .containsExactly(
                        Tuple.tuple(TermsSection.SCOPE, "lettrage", ChangeKind.CHANGED),
                        Tuple.tuple(TermsSection.SCOPE, "relances", ChangeKind.ADDED),
                        Tuple.tuple(TermsSection.SCOPE, "saisie-factures", ChangeKind.REMOVED),
                        Tuple.tuple(TermsSection.VOLUMES, "saisie-factures", ChangeKind.REMOVED));
        ItemChange removedVolume = diff.changes().get(3);
        assertThat(removedVolume.label()).isEqualTo("Saisie des factures fournisseurs");
        assertThat(removedVolume.fields()).allMatch(f -> f.after() == null);
        assertThat(removedVolume.fields())
                .extracting(FieldChange::field)
                .contains("volume.baselineMonthlyUnits", "pricing.mechanism", "pricing.bandMode", "band.unitPrice");
    }

    @Test
    void volume_terms_dropped_from_a_kept_scope_item_are_removed() {
        ItemChange change = single(diff(EXAMPLE.withScopeItem(invoiceEntryWith(null))));

        assertThat(change.section()).isEqualTo(TermsSection.VOLUMES);
        assertThat(change.kind()).isEqualTo(ChangeKind.REMOVED);
    }

    @Test
    void a_baseline_change_is_a_volume_change_of_the_scope_item() {
        VolumeTerms volume = invoiceVolume();

        ItemChange change = single(diff(withVolume(
                new VolumeTerms(1040, volume.seasonalProfile(), volume.flexRangePercent(), volume.pricing()))));

        assertThat(change)
                .isEqualTo(new ItemChange(
                        TermsSection.VOLUMES,
                        "saisie-factures",
                        "Saisie des factures fournisseurs",
                        ChangeKind.CHANGED,
                        List.of(field("volume.baselineMonthlyUnits", 800L, 1040L, ValueKind.NUMBER))));
    }

    @Test
    void only_the_seasonal_months_that_differ_are_reported_with_their_month_number() {
        VolumeTerms volume = invoiceVolume();
        List<BigDecimal> coefficients = new ArrayList<>(volume.seasonalProfile().coefficients());
        coefficients.set(0, new BigDecimal("1.30")); // same value, other scale
        coefficients.set(11, new BigDecimal("1.2"));

        ItemChange change = single(diff(withVolume(
                new VolumeTerms(800, new SeasonalProfile(coefficients), volume.flexRangePercent(), volume.pricing()))));

        assertThat(change.fields())
                .containsExactly(bandField(
                        "volume.seasonalCoefficient",
                        "12",
                        ValueKind.COEFFICIENT,
                        BigDecimal.ONE,
                        new BigDecimal("1.2")));
    }

    @Test
    void a_band_price_change_names_the_band_by_its_first_unit() {
        ItemChange change =
                single(diff(withBands(band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, null, "1.70"))));

        assertThat(change.fields())
                .containsExactly(bandField(
                        "band.unitPrice", "1001", ValueKind.MONEY, new BigDecimal("1.60"), new BigDecimal("1.70")));
    }

    @Test
    void an_added_band_has_no_price_before() {
        ItemChange change = single(diff(withBands(
                band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, 2000L, "1.60"), band(2001, null, "1.50"))));

        assertThat(change.fields())
                .containsExactly(
                        bandField("band.toUnits", "1001", ValueKind.NUMBER, null, 2000L),
                        bandField("band.unitPrice", "2001", ValueKind.MONEY, null, new BigDecimal("1.50")));
    }

    @Test
    void a_removed_band_has_no_price_after() {
        ItemChange change = single(diff(withBands(band(0, 500L, "2.00"), band(501, null, "1.80"))));

        assertThat(change.fields())
                .containsExactly(
                        bandField("band.toUnits", "501", ValueKind.NUMBER, 1000L, null),
                        bandField("band.unitPrice", "1001", ValueKind.MONEY, new BigDecimal("1.60"), null));
    }

    @Test
    void switching_the_pricing_mechanism_shows_the_old_parameters_leaving_and_the_new_ones_arriving() {
        ItemChange change = single(diff(withPricing(new BaselineChargePricing(
                new BigDecimal("1500"), new BigDecimal("1.9"), new BigDecimal("1.5"), new BigDecimal("5")))));

        assertThat(change.fields())
                .containsExactly(
                        field("pricing.mechanism", "BANDS", "BASELINE_CHARGE", ValueKind.TEXT),
                        field("pricing.bandMode", BandMode.GRADUATED, null, ValueKind.ENUM),
                        bandField("band.unitPrice", "0", ValueKind.MONEY, new BigDecimal("2.00"), null),
                        bandField("band.toUnits", "0", ValueKind.NUMBER, 500L, null),
                        bandField("band.unitPrice", "501", ValueKind.MONEY, new BigDecimal("1.80"), null),
                        bandField("band.toUnits", "501", ValueKind.NUMBER, 1000L, null),
                        bandField("band.unitPrice", "1001", ValueKind.MONEY, new BigDecimal("1.60"), null),
                        field("pricing.fixedMonthlyCharge", null, new BigDecimal("1500"), ValueKind.MONEY),
                        field("pricing.arcRate", null, new BigDecimal("1.9"), ValueKind.MONEY),
                        field("pricing.rrcRate", null, new BigDecimal("1.5"), ValueKind.MONEY),
                        field("pricing.deadbandPercent", null, new BigDecimal("5"), ValueKind.PERCENT));
    }

    @Test
    void band_mode_and_baseline_charge_parameters_are_compared() {
        BaselineChargePricing charge = new BaselineChargePricing(
                new BigDecimal("12000"), new BigDecimal("11"), new BigDecimal("9"), new BigDecimal("5"));
        Terms before = withPricing(charge);
        Terms after = withPricing(new BaselineChargePricing(
                new BigDecimal("12000.00"), new BigDecimal("11.5"), new BigDecimal("9"), new BigDecimal("4")));

        assertThat(single(TermsDiff.between(before, after)).fields())
                .containsExactly(
                        field("pricing.arcRate", new BigDecimal("11"), new BigDecimal("11.5"), ValueKind.MONEY),
                        field("pricing.deadbandPercent", new BigDecimal("5"), new BigDecimal("4"), ValueKind.PERCENT));
        assertThat(single(diff(withPricing(new BandPricing(
                                BandMode.VOLUME, ((BandPricing) invoiceVolume().pricing()).bands()))))
                        .fields())
                .containsExactly(field("pricing.bandMode", BandMode.GRADUATED, BandMode.VOLUME, ValueKind.ENUM));
    }

    @Test
    void a_service_level_target_change_is_reported_with_its_metric() {
        ServiceLevel level = invoicesWithin48h();

        ItemChange change = single(diff(EXAMPLE.withServiceLevel(new ServiceLevel(
                level.key(),
                level.metric(),
                level.measurement(),
                new BigDecimal("97"),
                level.minimumPercent(),
                level.window(),
                level.critical(),
                level.atRiskSharePercent()))));

        assertThat(change)
                .isEqualTo(new ItemChange(
                        TermsSection.SERVICE_LEVELS,
                        "factures-48h",
                        "Factures saisies sous 48 h",
                        ChangeKind.CHANGED,
                        List.of(field(
                                "sla.targetPercent", new BigDecimal("95"), new BigDecimal("97"), ValueKind.PERCENT))));
    }

    @Test
    void an_added_service_level_lists_every_field() {
        ServiceLevel errors = new ServiceLevel(
                "taux-erreur",
                "Taux d'erreur",
                "",
                new BigDecimal("99"),
                new BigDecimal("98"),
                MeasurementWindow.QUARTERLY,
                false,
                BigDecimal.ZERO);

        ItemChange change = single(diff(EXAMPLE.withServiceLevel(errors)));

        assertThat(change.kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(change.fields())
                .extracting(FieldChange::field)
                .containsExactly(
                        "sla.metric",
                        "sla.targetPercent",
                        "sla.minimumPercent",
                        "sla.atRiskSharePercent",
                        "sla.window",
                        "sla.critical");
    }

    @Test
    void a_removed_service_level_comes_after_the_kept_ones_with_nothing_after() {
        ServiceLevel errors = new ServiceLevel(
                "taux-erreur",
                "Taux d'erreur",
                "",
                new BigDecimal("99"),
                new BigDecimal("98"),
                MeasurementWindow.QUARTERLY,
                false,
                BigDecimal.ZERO);
        Terms before = new Terms(
                EXAMPLE.header(), EXAMPLE.objectives(), EXAMPLE.scopeItems(), List.of(invoicesWithin48h(), errors));
        ServiceLevel level = invoicesWithin48h();
        Terms after = EXAMPLE.withServiceLevel(new ServiceLevel(
                level.key(),
                level.metric(),
                level.measurement(),
                level.targetPercent(),
                level.minimumPercent(),
                MeasurementWindow.QUARTERLY,
                level.critical(),
                level.atRiskSharePercent()));

        TermsDiff diff = TermsDiff.between(before, after);

        assertThat(diff.changes())
                .extracting(ItemChange::key, ItemChange::kind)
                .containsExactly(
                        Tuple.tuple("factures-48h", ChangeKind.CHANGED),
                        Tuple.tuple("taux-erreur", ChangeKind.REMOVED));
        assertThat(diff.changes().get(1).label()).isEqualTo("Taux d'erreur");
        assertThat(diff.changes().get(1).fields())
                .extracting(FieldChange::field, FieldChange::before)
                .containsExactly(
                        Tuple.tuple("sla.metric", "Taux d'erreur"),
                        Tuple.tuple("sla.targetPercent", new BigDecimal("99")),
                        Tuple.tuple("sla.minimumPercent", new BigDecimal("98")),
                        Tuple.tuple("sla.atRiskSharePercent", BigDecimal.ZERO),
                        Tuple.tuple("sla.window", MeasurementWindow.QUARTERLY),
                        Tuple.tuple("sla.critical", false));
    }

    @Test
    void the_worked_example_negotiation_shows_exactly_the_two_agreed_changes() {
        VolumeTerms volume = invoiceVolume();
        Terms version3 = withVolume(new VolumeTerms(
                1040,
                volume.seasonalProfile(),
                volume.flexRangePercent(),
                new BandPricing(
                        BandMode.GRADUATED,
                        List.of(band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, null, "1.70")))));

        assertThat(single(diff(version3)).fields())
                .containsExactly(
                        field("volume.baselineMonthlyUnits", 800L, 1040L, ValueKind.NUMBER),
                        bandField(
                                "band.unitPrice",
                                "1001",
                                ValueKind.MONEY,
                                new BigDecimal("1.60"),
                                new BigDecimal("1.70")));
    }

    @Test
    void changes_come_in_section_order_then_in_the_order_of_the_newer_terms() {
        Terms before = EXAMPLE.withScopeItem(item("a", "A")).withScopeItem(item("b", "B"));
        // the newer version lists b before a
        Terms after = new Terms(
                        before.header(),
                        before.objectives(),
                        List.of(
                                item("b", "B2"),
                                item("a", "A2"),
                                before.scopeItems().getFirst()),
                        before.serviceLevels())
                .withServiceLevel(new ServiceLevel(
                        "taux-erreur",
                        "Taux d'erreur",
                        "",
                        new BigDecimal("99"),
                        new BigDecimal("98"),
                        MeasurementWindow.MONTHLY,
                        false,
                        BigDecimal.ZERO))
                .withObjective(new Objective("cout", ObjectiveKind.COST, "Coût maîtrisé", ""))
                .withHeader(new ContractHeader(
                        LocalDate.of(2026, 1, 1),
                        24,
                        Renewal.TACIT,
                        12,
                        3,
                        new BigDecimal("12"),
                        new BigDecimal("5000")));

        assertThat(TermsDiff.between(before, after).changes())
                .extracting(ItemChange::section, ItemChange::key)
                .containsExactly(
                        Tuple.tuple(TermsSection.HEADER, "header"),
                        Tuple.tuple(TermsSection.OBJECTIVES, "cout"),
                        Tuple.tuple(TermsSection.SCOPE, "b"),
                        Tuple.tuple(TermsSection.SCOPE, "a"),
                        Tuple.tuple(TermsSection.SERVICE_LEVELS, "taux-erreur"));
    }

    @Test
    void a_generated_five_percent_change_is_found_and_the_reverse_diff_mirrors_it() {
        Terms before = TermsFixtures.large(200, 7);
        Terms after = TermsFixtures.changed(before, 0.05, 11);

        TermsDiff forward = TermsDiff.between(before, after);
        TermsDiff backward = TermsDiff.between(after, before);

        assertThat(forward.changes()).isNotEmpty().hasSameSizeAs(backward.changes());
        for (int i = 0; i < forward.changes().size(); i++) {
            List<FieldChange> there = forward.changes().get(i).fields();
            List<FieldChange> back = backward.changes().get(i).fields();
            assertThat(back).hasSameSizeAs(there);
            for (int f = 0; f < there.size(); f++) {
                assertThat(back.get(f).before()).isEqualTo(there.get(f).after());
                assertThat(back.get(f).after()).isEqualTo(there.get(f).before());
            }
        }
    }
}
