package app.avenant.contract.terms;

import static app.avenant.contract.terms.TermsFixtures.band;
import static app.avenant.contract.terms.TermsFixtures.invoiceEntry;
import static app.avenant.contract.terms.TermsFixtures.invoiceEntryExample;
import static app.avenant.contract.terms.TermsFixtures.invoiceVolume;
import static app.avenant.contract.terms.TermsFixtures.invoicesWithin48h;
import static app.avenant.contract.terms.TermsFixtures.timeSaved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.avenant.change.ChangeFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TermsMergeTest {

    private static final Terms BASE = invoiceEntryExample();
    private static final String KEY = "saisie-factures";
    private static final String TITLE = "Saisie des factures fournisseurs";

    // ---- builders: each changes one thing of the worked example's only scope item ----

    private static ScopeItem invoiceEntryWith(@Nullable VolumeTerms volume) {
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

    private static Terms withTitle(Terms terms, String title) {
        ScopeItem item = terms.scopeItem(KEY).orElseThrow();
        return terms.withScopeItem(new ScopeItem(
                item.key(),
                title,
                item.description(),
                item.acceptanceCriteria(),
                item.unitOfMeasure(),
                item.documentationUrl(),
                item.retainedDecision(),
                item.volume()));
    }

    private static Terms withDescription(Terms terms, String description) {
        ScopeItem item = terms.scopeItem(KEY).orElseThrow();
        return terms.withScopeItem(new ScopeItem(
                item.key(),
                item.title(),
                description,
                item.acceptanceCriteria(),
                item.unitOfMeasure(),
                item.documentationUrl(),
                item.retainedDecision(),
                item.volume()));
    }

    private static VolumeTerms volume(Terms terms) {
        VolumeTerms volume = terms.scopeItem(KEY).orElseThrow().volume();
        assertThat(volume).isNotNull();
        return volume;
    }

    private static Terms withVolume(Terms terms, @Nullable VolumeTerms volume) {
        ScopeItem item = terms.scopeItem(KEY).orElseThrow();
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

    private static Terms withBaseline(Terms terms, long baseline) {
        VolumeTerms v = volume(terms);
        return withVolume(terms, new VolumeTerms(baseline, v.seasonalProfile(), v.flexRangePercent(), v.pricing()));
    }

    private static Terms withPricing(Terms terms, Pricing pricing) {
        VolumeTerms v = volume(terms);
        return withVolume(
                terms, new VolumeTerms(v.baselineMonthlyUnits(), v.seasonalProfile(), v.flexRangePercent(), pricing));
    }

    private static Terms withBands(Terms terms, PriceBand... bands) {
        return withPricing(terms, new BandPricing(BandMode.GRADUATED, List.of(bands)));
    }

    private static Terms withCoefficient(Terms terms, int month, String coefficient) {
        VolumeTerms v = volume(terms);
        List<BigDecimal> coefficients = new ArrayList<>(v.seasonalProfile().coefficients());
        coefficients.set(month - 1, new BigDecimal(coefficient));
        return withVolume(
                terms,
                new VolumeTerms(
                        v.baselineMonthlyUnits(),
                        new SeasonalProfile(coefficients),
                        v.flexRangePercent(),
                        v.pricing()));
    }

    private static Terms withSla(Terms terms, String key, String target, String minimum, String share) {
        ServiceLevel level = terms.serviceLevel(key).orElseThrow();
        return terms.withServiceLevel(new ServiceLevel(
                level.key(),
                level.metric(),
                level.measurement(),
                new BigDecimal(target),
                new BigDecimal(minimum),
                level.window(),
                level.critical(),
                new BigDecimal(share)));
    }

    private static Terms withPenaltyCap(Terms terms, String cap) {
        ContractHeader h = terms.header();
        return terms.withHeader(new ContractHeader(
                h.startDate(),
                h.initialTermMonths(),
                h.renewal(),
                h.renewalTermMonths(),
                h.noticePeriodMonths(),
                h.atRiskPercent(),
                new BigDecimal(cap)));
    }

    private static ScopeItem item(String key, String title) {
        return new ScopeItem(key, title, "", "", "", "", false, null);
    }

    private static Terms clean(MergeResult result) {
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.isClean()).isTrue();
        assertThat(result.merged()).isNotNull();
        return result.merged();
    }

    private static List<MergeConflict> conflicts(MergeResult result) {
        assertThat(result.merged()).isNull();
        assertThat(result.isClean()).isFalse();
        return result.conflicts();
    }

    private static MergeConflict conflict(
            TermsSection section,
            String field,
            @Nullable String detail,
            ValueKind kind,
            @Nullable Object base,
            @Nullable Object ours,
            @Nullable Object theirs) {
        return new MergeConflict(section, KEY, TITLE, field, detail, kind, base, ours, theirs);
    }

    @Nested
    class No_op_edits {

        @Test
        void when_ours_did_not_change_anything_the_result_is_theirs() {
            Terms theirs = withBaseline(BASE, 900);

            assertThat(clean(TermsMerge.merge(BASE, BASE, theirs))).isSameAs(theirs);
            assertThat(clean(TermsMerge.merge(BASE, invoiceEntryExample(), theirs)))
                    .isEqualTo(theirs);
        }

        @Test
        void when_theirs_did_not_change_anything_the_result_is_ours() {
            Terms ours = withBaseline(BASE, 1040);

            assertThat(clean(TermsMerge.merge(BASE, ours, BASE))).isSameAs(ours);
            assertThat(clean(TermsMerge.merge(BASE, ours, invoiceEntryExample())))
                    .isEqualTo(ours);
        }

        @Test
        void when_all_three_are_equal_the_result_is_the_same_terms() {
            assertThat(clean(TermsMerge.merge(BASE, invoiceEntryExample(), invoiceEntryExample())))
                    .isEqualTo(BASE);
            assertThat(clean(TermsMerge.merge(BASE, BASE, BASE))).isSameAs(BASE);
        }

        @Test
        void an_amount_rewritten_with_another_scale_is_no_edit() {
            Terms ours = withBands(BASE, band(0, 500L, "2"), band(501, 1000L, "1.8"), band(1001, null, "1.600"));
            Terms theirs = withBands(BASE, band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, null, "1.70"));

            Terms merged = clean(TermsMerge.merge(BASE, ours, theirs));

            assertThat(TermsDiff.between(theirs, merged).isEmpty()).isTrue();
        }

        @Test
        void blank_text_for_empty_text_is_no_edit() {
            Terms base = BASE.withScopeItem(item("lettrage", "Lettrage"));
            Terms ours = base.withScopeItem(new ScopeItem("lettrage", "Lettrage", "  ", "", "", "", false, null));
            Terms theirs =
                    base.withScopeItem(new ScopeItem("lettrage", "Lettrage", "Rapprochement", "", "", "", false, null));

            assertThat(clean(TermsMerge.merge(base, ours, theirs))
                            .scopeItem("lettrage")
                            .orElseThrow()
                            .description())
                    .isEqualTo("Rapprochement");
        }
    }

    @Nested
    class Fields_of_one_item {

        @Test
        void disjoint_field_edits_on_the_same_item_merge() {
            Terms ours = withTitle(BASE, "Saisie des factures");
            Terms theirs = withDescription(BASE, "Saisie et archivage");

            ScopeItem merged =
                    clean(TermsMerge.merge(BASE, ours, theirs)).scopeItem(KEY).orElseThrow();

            assertThat(merged.title()).isEqualTo("Saisie des factures");
            assertThat(merged.description()).isEqualTo("Saisie et archivage");
            assertThat(merged.volume()).isEqualTo(invoiceVolume());
        }

        @Test
        void the_same_edit_on_both_sides_is_not_a_conflict() {
            Terms ours = withBands(
                    withTitle(BASE, "Saisie"),
                    band(0, 500L, "2.00"),
                    band(501, 1000L, "1.80"),
                    band(1001, null, "1.70"));
            Terms theirs = withBands(
                    withTitle(BASE, "Saisie"),
                    band(0, 500L, "2.00"),
                    band(501, 1000L, "1.80"),
                    band(1001, null, "1.7"));

            Terms merged = clean(TermsMerge.merge(BASE, ours, theirs));

            assertThat(TermsDiff.between(ours, merged).isEmpty()).isTrue();
        }

        @Test
        void different_edits_of_the_same_field_conflict_with_the_three_values() {
            Terms ours = withTitle(BASE, "Saisie des factures");
            Terms theirs = withTitle(BASE, "Saisie et archivage des factures");

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(new MergeConflict(
                            TermsSection.SCOPE,
                            KEY,
                            "Saisie des factures",
                            "scope.title",
                            null,
                            ValueKind.TEXT,
                            TITLE,
                            "Saisie des factures",
                            "Saisie et archivage des factures"));
        }

        @Test
        void only_the_conflicting_fields_are_reported() {
            Terms ours = withBaseline(withTitle(BASE, "Saisie"), 1040);
            Terms theirs = withBaseline(withDescription(BASE, "Autre"), 900);

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(new MergeConflict(
                            TermsSection.VOLUMES,
                            KEY,
                            "Saisie",
                            "volume.baselineMonthlyUnits",
                            null,
                            ValueKind.NUMBER,
                            800L,
                            1040L,
                            900L));
        }
    }

    @Nested
    class Items {

        @Test
        void an_item_added_on_one_side_only_is_kept() {
            Terms ours = BASE.withScopeItem(item("lettrage", "Lettrage"));
            Terms theirs = BASE.withScopeItem(item("relances", "Relances"))
                    .withObjective(new Objective("fiabilite", ObjectiveKind.RELIABILITY, "Moins d'erreurs", ""));

            Terms merged = clean(TermsMerge.merge(BASE, ours, theirs));

            assertThat(merged.scopeItems()).extracting(ScopeItem::key).containsExactly(KEY, "relances", "lettrage");
            assertThat(merged.objectives()).extracting(Objective::key).containsExactly("gain-temps", "fiabilite");
        }

        @Test
        void the_merged_order_follows_theirs_then_the_items_only_ours_has_in_ours_order() {
            Terms base = BASE.withScopeItem(item("a", "A")).withScopeItem(item("b", "B"));
            Terms ours = base.withScopeItem(item("y", "Y")).withScopeItem(item("x", "X"));
            Terms theirs = new Terms(
                    base.header(),
                    base.objectives(),
                    List.of(item("b", "B"), item("z", "Z"), invoiceEntry(), item("a", "A")),
                    base.serviceLevels());

            assertThat(clean(TermsMerge.merge(base, ours, theirs)).scopeItems())
                    .extracting(ScopeItem::key)
                    .containsExactly("b", "z", KEY, "a", "y", "x");
        }

        @Test
        void an_item_added_on_both_sides_with_the_same_content_is_kept_once() {
            Terms ours = BASE.withScopeItem(item("lettrage", "Lettrage"));
            Terms theirs = BASE.withScopeItem(item("lettrage", "Lettrage"));

            assertThat(clean(TermsMerge.merge(BASE, ours, theirs)).scopeItems())
                    .extracting(ScopeItem::key)
                    .containsExactly(KEY, "lettrage");
        }

        @Test
        void an_item_added_on_both_sides_with_different_content_conflicts_on_each_differing_field() {
            Terms ours =
                    BASE.withScopeItem(new ScopeItem("lettrage", "Lettrage", "Rapprochement", "", "", "", true, null));
            Terms theirs = BASE.withScopeItem(
                    new ScopeItem("lettrage", "Lettrage des comptes", "Rapprochement", "", "", "", false, null));

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(
                            new MergeConflict(
                                    TermsSection.SCOPE,
                                    "lettrage",
                                    "Lettrage",
                                    "scope.title",
                                    null,
                                    ValueKind.TEXT,
                                    null,
                                    "Lettrage",
                                    "Lettrage des comptes"),
                            new MergeConflict(
                                    TermsSection.SCOPE,
                                    "lettrage",
                                    "Lettrage",
                                    "scope.retainedDecision",
                                    null,
                                    ValueKind.BOOLEAN,
                                    null,
                                    true,
                                    false));
        }

        @Test
        void an_item_deleted_on_one_side_and_unchanged_on_the_other_is_deleted() {
            Terms base = BASE.withScopeItem(item("lettrage", "Lettrage"));
            Terms deleted = base.withoutScopeItem("lettrage");
            Terms edited = withTitle(base, "Saisie");

            assertThat(clean(TermsMerge.merge(base, deleted, edited)).scopeItems())
                    .extracting(ScopeItem::key)
                    .containsExactly(KEY);
            assertThat(clean(TermsMerge.merge(base, edited, deleted)).scopeItems())
                    .extracting(ScopeItem::key)
                    .containsExactly(KEY);
        }

        @Test
        void an_item_deleted_on_both_sides_is_deleted() {
            Terms ours = withTitle(BASE.withoutServiceLevel("factures-48h"), "Saisie");
            Terms theirs = BASE.withoutServiceLevel("factures-48h");

            assertThat(clean(TermsMerge.merge(BASE, ours, theirs)).serviceLevels())
                    .isEmpty();
        }

        @Test
        void an_item_edited_by_ours_and_deleted_by_theirs_conflicts() {
            Terms ours = withTitle(BASE, "Saisie");
            Terms theirs = BASE.withoutScopeItem(KEY);

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(new MergeConflict(
                            TermsSection.SCOPE,
                            KEY,
                            "Saisie",
                            TermsMerge.DELETED_FIELD,
                            null,
                            ValueKind.TEXT,
                            TITLE,
                            "Saisie",
                            null));
        }

        @Test
        void an_item_deleted_by_ours_and_edited_by_theirs_conflicts() {
            Terms ours = BASE.withoutServiceLevel("factures-48h");
            Terms theirs = withSla(BASE, "factures-48h", "97", "90", "50");

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(new MergeConflict(
                            TermsSection.SERVICE_LEVELS,
                            "factures-48h",
                            "Factures saisies sous 48 h",
                            TermsMerge.DELETED_FIELD,
                            null,
                            ValueKind.TEXT,
                            "Factures saisies sous 48 h",
                            null,
                            "Factures saisies sous 48 h"));
        }

        @Test
        void volume_terms_removed_on_one_side_and_changed_on_the_other_conflict() {
            Terms ours = withVolume(BASE, null);
            Terms theirs = withBaseline(BASE, 900);

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(conflict(
                            TermsSection.VOLUMES, TermsMerge.DELETED_FIELD, null, ValueKind.TEXT, TITLE, null, TITLE));
        }

        @Test
        void volume_terms_removed_on_one_side_and_untouched_on_the_other_are_removed() {
            Terms ours = withVolume(BASE, null);
            Terms theirs = withTitle(BASE, "Saisie");

            ScopeItem merged =
                    clean(TermsMerge.merge(BASE, ours, theirs)).scopeItem(KEY).orElseThrow();

            assertThat(merged.volume()).isNull();
            assertThat(merged.title()).isEqualTo("Saisie");
        }
    }

    @Nested
    class Volumes_and_pricing {

        @Test
        void the_worked_example_merges_a_baseline_edit_with_a_band_price_edit() {
            Terms ours = withBaseline(BASE, 1040);
            Terms theirs = withBands(BASE, band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, null, "1.70"));

            Terms merged = clean(TermsMerge.merge(BASE, ours, theirs));

            VolumeTerms volume = volume(merged);
            assertThat(volume.baselineMonthlyUnits()).isEqualTo(1040);
            assertThat(((BandPricing) volume.pricing()).bands())
                    .containsExactly(band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, null, "1.70"));
            // history shows exactly those two changes
            List<ItemChange> changes = TermsDiff.between(BASE, merged).changes();
            assertThat(changes).hasSize(1);
            assertThat(changes.getFirst().fields())
                    .extracting(FieldChange::field)
                    .containsExactly("volume.baselineMonthlyUnits", "band.unitPrice");
        }

        @Test
        void a_band_price_edited_differently_on_both_sides_conflicts() {
            Terms ours = withBands(BASE, band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, null, "1.50"));
            Terms theirs = withBands(BASE, band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, null, "1.70"));

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(conflict(
                            TermsSection.VOLUMES,
                            "band.unitPrice",
                            "1001",
                            ValueKind.MONEY,
                            new BigDecimal("1.60"),
                            new BigDecimal("1.50"),
                            new BigDecimal("1.70")));
        }

        @Test
        void a_band_added_on_one_side_merges_with_a_price_edit_on_the_other() {
            Terms ours = withBands(
                    BASE,
                    band(0, 500L, "2.00"),
                    band(501, 1000L, "1.80"),
                    band(1001, 2000L, "1.60"),
                    band(2001, null, "1.40"));
            Terms theirs = withBands(BASE, band(0, 500L, "2.10"), band(501, 1000L, "1.80"), band(1001, null, "1.60"));

            Terms merged = clean(TermsMerge.merge(BASE, ours, theirs));

            assertThat(((BandPricing) volume(merged).pricing()).bands())
                    .containsExactly(
                            band(0, 500L, "2.10"),
                            band(501, 1000L, "1.80"),
                            band(1001, 2000L, "1.60"),
                            band(2001, null, "1.40"));
        }

        @Test
        void a_band_removed_on_one_side_and_repriced_on_the_other_conflicts() {
            Terms ours = withBands(BASE, band(0, 500L, "2.00"), band(501, null, "1.80"));
            Terms theirs = withBands(BASE, band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, null, "1.70"));

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(conflict(
                            TermsSection.VOLUMES,
                            "band.unitPrice",
                            "1001",
                            ValueKind.MONEY,
                            new BigDecimal("1.60"),
                            null,
                            new BigDecimal("1.70")));
        }

        @Test
        void a_band_removed_on_one_side_and_untouched_on_the_other_is_removed() {
            Terms ours = withBands(BASE, band(0, 500L, "2.00"), band(501, null, "1.80"));
            Terms theirs = withBands(BASE, band(0, 500L, "1.90"), band(501, 1000L, "1.80"), band(1001, null, "1.60"));

            assertThat(((BandPricing) volume(clean(TermsMerge.merge(BASE, ours, theirs)))
                                    .pricing())
                            .bands())
                    .containsExactly(band(0, 500L, "1.90"), band(501, null, "1.80"));
        }

        @Test
        void bands_split_differently_on_both_sides_are_one_conflict_on_the_band_list() {
            Terms ours = withBands(
                    BASE,
                    band(0, 500L, "2.00"),
                    band(501, 1000L, "1.80"),
                    band(1001, 2000L, "1.60"),
                    band(2001, null, "1.40"));
            Terms theirs = withBands(BASE, band(0, 800L, "2.00"), band(801, null, "1.70"));

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(conflict(
                            TermsSection.VOLUMES,
                            MergeVolumes.BANDS_FIELD,
                            null,
                            ValueKind.TEXT,
                            "0–500: 2.00; 501–1000: 1.80; 1001–: 1.60",
                            "0–500: 2.00; 501–1000: 1.80; 1001–2000: 1.60; 2001–: 1.40",
                            "0–800: 2.00; 801–: 1.70"));
        }

        @Test
        void the_same_new_split_on_both_sides_merges_its_bands() {
            Terms ours = withBands(BASE, band(0, 500L, "2.00"), band(501, null, "1.80"));
            Terms theirs = withBands(BASE, band(0, 500L, "2.00"), band(501, null, "1.80"));

            assertThat(((BandPricing) volume(clean(TermsMerge.merge(BASE, ours, theirs)))
                                    .pricing())
                            .bands())
                    .containsExactly(band(0, 500L, "2.00"), band(501, null, "1.80"));
        }

        @Test
        void seasonal_months_edited_by_different_sides_are_both_kept() {
            Terms ours = withCoefficient(BASE, 1, "1.4");
            Terms theirs = withCoefficient(BASE, 8, "0.5");

            SeasonalProfile profile =
                    volume(clean(TermsMerge.merge(BASE, ours, theirs))).seasonalProfile();

            assertThat(profile.coefficients().get(0)).isEqualByComparingTo("1.4");
            assertThat(profile.coefficients().get(7)).isEqualByComparingTo("0.5");
            assertThat(profile.coefficients().get(5)).isEqualByComparingTo("1");
        }

        @Test
        void the_same_month_edited_differently_conflicts() {
            Terms ours = withCoefficient(withCoefficient(BASE, 1, "1.4"), 8, "0.5");
            Terms theirs = withCoefficient(BASE, 1, "1.2");

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(conflict(
                            TermsSection.VOLUMES,
                            "volume.seasonalCoefficient",
                            "1",
                            ValueKind.COEFFICIENT,
                            new BigDecimal("1.3"),
                            new BigDecimal("1.4"),
                            new BigDecimal("1.2")));
        }

        @Test
        void a_mechanism_switch_against_a_parameter_edit_conflicts() {
            BaselineChargePricing charge = new BaselineChargePricing(
                    new BigDecimal("1500"), new BigDecimal("1.70"), new BigDecimal("1.50"), new BigDecimal("5"));
            Terms ours = withPricing(BASE, charge);
            Terms theirs = withBands(BASE, band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, null, "1.70"));

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(conflict(
                            TermsSection.VOLUMES,
                            "pricing.mechanism",
                            null,
                            ValueKind.TEXT,
                            "BANDS",
                            "BASELINE_CHARGE",
                            "BANDS"));
            assertThat(conflicts(TermsMerge.merge(BASE, theirs, ours)))
                    .containsExactly(conflict(
                            TermsSection.VOLUMES,
                            "pricing.mechanism",
                            null,
                            ValueKind.TEXT,
                            "BANDS",
                            "BANDS",
                            "BASELINE_CHARGE"));
        }

        @Test
        void a_mechanism_switch_wins_when_the_other_side_left_pricing_alone() {
            BaselineChargePricing charge = new BaselineChargePricing(
                    new BigDecimal("1500"), new BigDecimal("1.70"), new BigDecimal("1.50"), new BigDecimal("5"));
            Terms ours = withPricing(BASE, charge);
            Terms theirs = withBaseline(BASE, 900);

            VolumeTerms merged = volume(clean(TermsMerge.merge(BASE, ours, theirs)));

            assertThat(merged.pricing()).isEqualTo(charge);
            assertThat(merged.baselineMonthlyUnits()).isEqualTo(900);
        }

        @Test
        void baseline_charge_parameters_merge_one_by_one() {
            BaselineChargePricing charge = new BaselineChargePricing(
                    new BigDecimal("12000"), new BigDecimal("11"), new BigDecimal("9"), new BigDecimal("5"));
            Terms base = withPricing(BASE, charge);
            Terms ours = withPricing(
                    base,
                    new BaselineChargePricing(
                            new BigDecimal("12500"), new BigDecimal("11"), new BigDecimal("9"), new BigDecimal("5")));
            Terms theirs = withPricing(
                    base,
                    new BaselineChargePricing(
                            new BigDecimal("12000"), new BigDecimal("11"), new BigDecimal("9"), new BigDecimal("10")));

            assertThat(volume(clean(TermsMerge.merge(base, ours, theirs))).pricing())
                    .isEqualTo(new BaselineChargePricing(
                            new BigDecimal("12500"), new BigDecimal("11"), new BigDecimal("9"), new BigDecimal("10")));
        }
    }

    @Nested
    class Header_objectives_and_service_levels {

        @Test
        void header_edits_of_different_fields_merge() {
            Terms merged = clean(
                    TermsMerge.merge(BASE, ChangeFixtures.withNoticePeriod(BASE, 2), withPenaltyCap(BASE, "6000")));

            assertThat(merged.header().noticePeriodMonths()).isEqualTo(2);
            assertThat(merged.header().penaltyCapAmount()).isEqualByComparingTo("6000");
            assertThat(merged.header().startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        }

        @Test
        void header_edits_of_the_same_field_conflict_under_the_header_key() {
            assertThat(conflicts(TermsMerge.merge(
                            BASE, ChangeFixtures.withNoticePeriod(BASE, 2), ChangeFixtures.withNoticePeriod(BASE, 4))))
                    .containsExactly(new MergeConflict(
                            TermsSection.HEADER,
                            "header",
                            "",
                            "header.noticePeriodMonths",
                            null,
                            ValueKind.NUMBER,
                            3L,
                            2L,
                            4L));
        }

        @Test
        void a_service_level_target_and_minimum_edited_by_different_sides_merge() {
            Terms ours = withSla(BASE, "factures-48h", "97", "90", "50");
            Terms theirs = withSla(BASE, "factures-48h", "95", "92", "50");

            ServiceLevel merged = clean(TermsMerge.merge(BASE, ours, theirs))
                    .serviceLevel("factures-48h")
                    .orElseThrow();

            assertThat(merged.targetPercent()).isEqualByComparingTo("97");
            assertThat(merged.minimumPercent()).isEqualByComparingTo("92");
        }

        @Test
        void a_service_level_target_edited_differently_conflicts() {
            Terms ours = withSla(BASE, "factures-48h", "97", "90", "50");
            Terms theirs = withSla(BASE, "factures-48h", "98", "90", "50");

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(new MergeConflict(
                            TermsSection.SERVICE_LEVELS,
                            "factures-48h",
                            "Factures saisies sous 48 h",
                            "sla.targetPercent",
                            null,
                            ValueKind.PERCENT,
                            new BigDecimal("95"),
                            new BigDecimal("97"),
                            new BigDecimal("98")));
        }

        @Test
        void objectives_merge_field_by_field_and_conflict_on_the_same_field() {
            Objective objective = timeSaved();
            Terms ours = BASE.withObjective(
                    new Objective(objective.key(), ObjectiveKind.COST, objective.description(), objective.indicator()));
            Terms theirs = BASE.withObjective(
                    new Objective(objective.key(), objective.kind(), objective.description(), "Heures gagnées"));
            Terms otherIndicator = BASE.withObjective(
                    new Objective(objective.key(), objective.kind(), objective.description(), "Heures internes"));

            Objective merged = clean(TermsMerge.merge(BASE, ours, theirs))
                    .objective("gain-temps")
                    .orElseThrow();
            assertThat(merged.kind()).isEqualTo(ObjectiveKind.COST);
            assertThat(merged.indicator()).isEqualTo("Heures gagnées");
            assertThat(conflicts(TermsMerge.merge(BASE, theirs, otherIndicator)))
                    .extracting(
                            MergeConflict::section,
                            MergeConflict::itemKey,
                            MergeConflict::field,
                            MergeConflict::base,
                            MergeConflict::ours,
                            MergeConflict::theirs)
                    .containsExactly(tuple(
                            TermsSection.OBJECTIVES,
                            "gain-temps",
                            "objective.indicator",
                            objective.indicator(),
                            "Heures gagnées",
                            "Heures internes"));
        }
    }

    @Nested
    class Validity {

        @Test
        void a_merged_result_that_breaks_a_rule_gives_conflicts_not_an_exception() {
            ServiceLevel errors = new ServiceLevel(
                    "erreurs",
                    "Taux d'erreur",
                    "",
                    new BigDecimal("99"),
                    new BigDecimal("98"),
                    MeasurementWindow.MONTHLY,
                    true,
                    new BigDecimal("40"));
            Terms base = BASE.withServiceLevel(errors);
            Terms ours = withSla(base, "factures-48h", "95", "90", "55"); // 55 + 40 = 95 %
            Terms theirs = withSla(base, "erreurs", "99", "98", "50"); // 50 + 50 = 100 %

            assertThat(conflicts(TermsMerge.merge(base, ours, theirs)))
                    .containsExactly(new MergeConflict(
                            TermsSection.SERVICE_LEVELS,
                            "",
                            "",
                            TermsMerge.INVALID_FIELD,
                            "serviceLevels",
                            ValueKind.TEXT,
                            null,
                            "shares.above.100",
                            null));
        }

        @Test
        void an_item_level_violation_names_its_item() {
            Terms ours = withSla(BASE, "factures-48h", "95", "93", "50"); // minimum raised
            Terms theirs = withSla(BASE, "factures-48h", "92", "90", "50"); // target lowered

            assertThat(conflicts(TermsMerge.merge(BASE, ours, theirs)))
                    .containsExactly(new MergeConflict(
                            TermsSection.SERVICE_LEVELS,
                            "factures-48h",
                            "Factures saisies sous 48 h",
                            TermsMerge.INVALID_FIELD,
                            "serviceLevels[factures-48h].minimumPercent",
                            ValueKind.TEXT,
                            null,
                            "minimum.above.target",
                            null));
        }
    }

    @Nested
    class Large_contracts {

        @Test
        void disjoint_edits_of_a_large_contract_merge_into_the_union_of_both_changes() {
            Terms base = TermsFixtures.large(300, 1);
            Terms ours = TermsFixtures.changedItems(base, 0.1, 2, 0);
            Terms theirs = TermsFixtures.changedItems(base, 0.1, 3, 1);

            Terms merged = clean(TermsMerge.merge(base, ours, theirs));

            assertThat(TermsDiff.between(base, ours).isEmpty()).isFalse();
            assertThat(TermsDiff.between(base, theirs).isEmpty()).isFalse();
            for (int i = 0; i < base.scopeItems().size(); i++) {
                Terms side = i % 2 == 0 ? ours : theirs;
                assertThat(merged.scopeItems().get(i))
                        .isEqualTo(side.scopeItems().get(i));
            }
            assertThat(TermsMerge.merge(base, theirs, ours).merged()).isEqualTo(merged);
        }

        @Test
        void the_same_edits_made_on_both_sides_of_a_large_contract_merge_cleanly() {
            Terms base = TermsFixtures.large(200, 1);
            Terms ours = TermsFixtures.changed(base, 0.2, 2);
            Terms theirs = TermsFixtures.changed(base, 0.2, 3);

            Terms merged = clean(TermsMerge.merge(base, ours, theirs));

            // changed(...) always makes the same edit to a field: applying theirs' edits to ours gives the union
            assertThat(clean(TermsMerge.merge(base, merged, theirs))).isEqualTo(merged);
            assertThat(clean(TermsMerge.merge(base, merged, ours))).isEqualTo(merged);
        }

        @Test
        void overlapping_edits_of_a_large_contract_report_conflicts_without_failing() {
            Terms base = TermsFixtures.large(200, 1);
            Terms ours = TermsFixtures.changed(base, 0.2, 2);
            Terms theirs = TermsFixtures.changed(TermsFixtures.changed(base, 0.2, 3), 0.2, 4);

            MergeResult result = TermsMerge.merge(base, ours, theirs);

            assertThat(result.merged()).isNull();
            assertThat(result.conflicts()).isNotEmpty().allSatisfy(conflict -> {
                assertThat(MergeFields.same(conflict.ours(), conflict.theirs())).isFalse();
                assertThat(conflict.field()).isNotEqualTo(TermsMerge.INVALID_FIELD);
            });
        }
    }

    @Test
    void the_untouched_service_level_list_is_reused() {
        Terms ours = withBaseline(BASE, 1040);
        Terms theirs = withTitle(BASE, "Saisie");

        Terms merged = clean(TermsMerge.merge(BASE, ours, theirs));

        assertThat(merged.serviceLevels()).containsExactly(invoicesWithin48h());
    }

    /** The proposal editor settles each conflict with one side's value (docs/decisions/0028). */
    @Nested
    class Resolving {

        @Test
        void each_conflict_takes_ours_unless_chosen_otherwise_and_the_clean_fields_merge_as_usual() {
            Terms ours = withBaseline(withTitle(BASE, "Saisie"), 1040);
            Terms theirs = ChangeFixtures.withNoticePeriod(withBaseline(BASE, 900), 6);

            TermsMerge.ResolvedMerge mine = TermsMerge.resolve(BASE, ours, theirs, conflict -> false);
            assertThat(mine.conflicts())
                    .extracting(MergeConflict::field)
                    .containsExactly("volume.baselineMonthlyUnits");
            assertThat(mine.settled()).isNotNull();
            assertThat(volume(mine.settled()).baselineMonthlyUnits()).isEqualTo(1040);
            assertThat(mine.settled().scopeItem(KEY).orElseThrow().title()).isEqualTo("Saisie");
            assertThat(mine.settled().header().noticePeriodMonths()).isEqualTo(6);

            Terms inForce =
                    TermsMerge.resolve(BASE, ours, theirs, conflict -> true).settled();
            assertThat(inForce).isNotNull();
            assertThat(volume(inForce).baselineMonthlyUnits()).isEqualTo(900);
            assertThat(inForce.scopeItem(KEY).orElseThrow().title()).isEqualTo("Saisie");
        }

        @Test
        void an_item_one_side_edited_and_the_other_deleted_follows_the_chosen_side() {
            Terms ours = withTitle(BASE, "Saisie");
            Terms theirs = BASE.withoutScopeItem(KEY);

            Terms kept =
                    TermsMerge.resolve(BASE, ours, theirs, conflict -> false).settled();
            assertThat(kept).isNotNull();
            assertThat(kept.scopeItems()).extracting(ScopeItem::title).containsExactly("Saisie");
            Terms deleted =
                    TermsMerge.resolve(BASE, ours, theirs, conflict -> true).settled();
            assertThat(deleted).isNotNull();
            assertThat(deleted.scopeItems()).isEmpty();
        }

        @Test
        void a_clean_merge_resolves_to_the_same_terms() {
            Terms ours = withTitle(BASE, "Saisie");
            Terms theirs = ChangeFixtures.withNoticePeriod(BASE, 6);

            assertThat(TermsMerge.resolve(BASE, ours, theirs, conflict -> true).settled())
                    .isEqualTo(clean(TermsMerge.merge(BASE, ours, theirs)));
        }
    }
}
