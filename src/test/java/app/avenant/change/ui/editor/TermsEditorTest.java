package app.avenant.change.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsFixtures;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The terms editor on the product brief's worked example, in French. */
class TermsEditorTest extends UiTest {

    private final Terms example = TermsFixtures.invoiceEntryExample();
    private TermsEditor editor;

    @BeforeEach
    void openEditor() {
        login("claire.martin");
        editor = new TermsEditor(example);
        UI.getCurrent().add(editor);
    }

    private VolumeEditor invoiceVolume() {
        return editor.scope.items.getFirst().volume;
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    @Test
    void untouched_terms_come_back_equal_and_unchanged() {
        assertThat(editor.hasChanges()).isFalse();
        assertThat(editor.validatedValue()).contains(example);
    }

    @Test
    void editing_the_baseline_and_a_band_price_gives_the_expected_terms() {
        _setValue(invoiceVolume().baseline, "1 040");
        _setValue(invoiceVolume().bands.get(2).price, "1,70");

        ScopeItem item = TermsFixtures.invoiceEntry();
        VolumeTerms volume = item.volume();
        BandPricing bands = (BandPricing) volume.pricing();
        List<PriceBand> expectedBands =
                List.of(bands.bands().get(0), bands.bands().get(1), new PriceBand(1001, null, new BigDecimal("1.70")));
        Terms expected = example.withScopeItem(new ScopeItem(
                item.key(),
                item.title(),
                item.description(),
                item.acceptanceCriteria(),
                item.unitOfMeasure(),
                item.documentationUrl(),
                item.retainedDecision(),
                new VolumeTerms(
                        1040,
                        volume.seasonalProfile(),
                        volume.flexRangePercent(),
                        new BandPricing(bands.mode(), expectedBands))));
        assertThat(editor.hasChanges()).isTrue();
        assertThat(editor.validatedValue()).contains(expected);
    }

    @Test
    void an_unreadable_amount_is_shown_next_to_its_field_and_gives_no_terms() {
        TextField price = invoiceVolume().bands.get(1).price;
        _setValue(price, "12,3,4");

        assertThat(editor.validatedValue()).isEmpty();
        assertThat(price.isInvalid()).isTrue();
        assertThat(price.getErrorMessage()).isEqualTo("Saisissez un nombre, par exemple 1 540,50.");
        assertThat(invoiceVolume().baseline.isInvalid()).isFalse();
    }

    @Test
    void a_gap_between_bands_is_shown_next_to_the_from_field_of_that_band() {
        TextField from = invoiceVolume().bands.get(2).from;
        _setValue(from, "1 005");

        assertThat(editor.validatedValue()).isEmpty();
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage())
                .startsWith("Il manque des unités entre les tranches : celle-ci doit commencer à")
                .satisfies(message -> assertThat(digits(message)).isEqualTo("1001"));
        assertThat(invoiceVolume().bands.get(1).to.isInvalid()).isFalse();
    }

    @Test
    void errors_clear_once_corrected() {
        TextField from = invoiceVolume().bands.get(2).from;
        _setValue(from, "1 005");
        assertThat(editor.validatedValue()).isEmpty();

        _setValue(from, "1001");
        assertThat(from.isInvalid()).as("cleared as soon as the value changes").isFalse();
        assertThat(editor.validatedValue()).isPresent();
        assertThat(from.isInvalid()).isFalse();
    }

    @Test
    void a_minimum_above_the_target_is_shown_next_to_the_minimum() {
        ServiceLevelsSection.Row level = editor.serviceLevels.levels.getFirst();
        _setValue(level.minimum, "97");

        assertThat(editor.validatedValue()).isEmpty();
        assertThat(level.minimum.isInvalid()).isTrue();
        assertThat(level.minimum.getErrorMessage()).startsWith("Le minimum ne peut pas dépasser la cible (95");
        assertThat(level.target.isInvalid()).isFalse();
    }

    @Test
    void shares_above_100_percent_are_shown_in_the_service_levels_part() {
        _click(editor.serviceLevels.add);
        ServiceLevelsSection.Row added = editor.serviceLevels.levels.getLast();
        _setValue(added.metric, "Taux d’erreur ≤ 1 %");
        _setValue(added.target, "99");
        _setValue(added.minimum, "98");
        _setValue(added.critical, true);
        _setValue(added.share, "60");

        assertThat(editor.validatedValue()).isEmpty();
        assertThat(_get(
                                editor.serviceLevels,
                                com.vaadin.flow.component.html.Span.class,
                                spec -> spec.withClasses("av-error"))
                        .getText())
                .contains("110")
                .contains("100 %");
    }

    @Test
    void new_scope_items_get_unique_keys_made_from_their_titles() {
        _click(editor.scope.add);
        _setValue(editor.scope.items.get(1).title, "Relances clients (B2B)");
        _click(editor.scope.add);
        _setValue(editor.scope.items.get(2).title, "Relances clients – B2B");

        Optional<Terms> terms = editor.validatedValue();

        assertThat(terms).isPresent();
        assertThat(terms.get().scopeItems())
                .extracting(ScopeItem::key)
                .containsExactly("saisie-factures", "relances-clients-b2b", "relances-clients-b2b-2");
        assertThat(terms.get().scopeItems().get(1).volume()).isNull();
    }

    @Test
    void the_key_of_an_existing_item_never_changes_with_its_title() {
        _setValue(editor.scope.items.getFirst().title, "Saisie des factures d’achat");

        assertThat(editor.validatedValue().orElseThrow().scopeItems())
                .extracting(ScopeItem::key)
                .containsExactly("saisie-factures");
    }

    @Test
    void removing_a_scope_item_asks_for_confirmation_first() {
        _click(editor.scope.items.getFirst().remove);

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("Saisie des factures fournisseurs");
        assertThat(editor.scope.items).hasSize(1);

        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(editor.scope.items).isEmpty();
        assertThat(editor.validatedValue().orElseThrow().scopeItems()).isEmpty();
    }

    @Test
    void cancelling_the_removal_keeps_the_item() {
        _click(editor.scope.items.getFirst().remove);
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));

        assertThat(editor.validatedValue().orElseThrow().scopeItems()).hasSize(1);
    }

    @Test
    void a_seasonal_coefficient_can_be_edited() {
        _setValue(invoiceVolume().coefficients.get(Month.AUGUST.ordinal()), "0,5");

        VolumeTerms volume = editor.validatedValue()
                .orElseThrow()
                .scopeItem("saisie-factures")
                .orElseThrow()
                .volume();
        assertThat(volume.seasonalProfile().coefficient(Month.AUGUST)).isEqualByComparingTo("0.5");
        assertThat(volume.seasonalProfile().coefficient(Month.JANUARY)).isEqualByComparingTo("1.3");
    }

    @Test
    void a_new_band_starts_one_unit_after_the_previous_one() {
        _setValue(invoiceVolume().bands.get(2).to, "2 000");
        _click(invoiceVolume().addBand);

        VolumeEditor.BandRow added = invoiceVolume().bands.get(3);
        assertThat(digits(added.from.getValue())).isEqualTo("2001");
        _setValue(added.price, "1,50");

        BandPricing pricing = (BandPricing) editor.validatedValue()
                .orElseThrow()
                .scopeItems()
                .getFirst()
                .volume()
                .pricing();
        assertThat(pricing.bands()).last().isEqualTo(new PriceBand(2001, null, new BigDecimal("1.50")));
    }

    @Test
    void switching_to_a_fixed_charge_with_arc_and_rrc() {
        VolumeEditor volume = invoiceVolume();
        _setValue(volume.mechanism, VolumeEditor.Mechanism.BASELINE_CHARGE);
        _setValue(volume.fixedCharge, "12 000");
        _setValue(volume.arc, "11");
        _setValue(volume.rrc, "9");

        assertThat(editor.validatedValue()
                        .orElseThrow()
                        .scopeItems()
                        .getFirst()
                        .volume()
                        .pricing())
                .isEqualTo(new app.avenant.contract.terms.BaselineChargePricing(
                        new BigDecimal("12000"), new BigDecimal("11"), new BigDecimal("9"), new BigDecimal("5")));
    }

    @Test
    void an_item_no_longer_priced_by_volume_has_no_volume_terms() {
        _setValue(invoiceVolume().priced, false);

        assertThat(editor.validatedValue().orElseThrow().scopeItems().getFirst().volume())
                .isNull();
    }

    @Test
    void a_notice_longer_than_the_initial_term_is_shown_next_to_the_notice() {
        _setValue(editor.header.notice, "12");

        assertThat(editor.validatedValue()).isEmpty();
        assertThat(editor.header.notice.getErrorMessage())
                .isEqualTo("Le préavis ne peut pas dépasser la durée initiale (12 mois).");
        // the summary lists it once, as a link to that field, and nothing else (docs/decisions/0022)
        assertThat(summaryLinks())
                .extracting(Button::getText)
                .containsExactly("Contrat — " + editor.header.notice.getLabel()
                        + " : Le préavis ne peut pas dépasser la durée initiale (12 mois).");
        assertThat(_find(editor, ListItem.class)).hasSize(1);
    }

    private List<Button> summaryLinks() {
        return _find(editor, Button.class, spec -> spec.withClasses("av-summary-link"));
    }

    @Test
    void every_error_is_shown_at_once_next_to_its_field_and_listed_with_a_link_in_the_summary() {
        VolumeEditor volume = invoiceVolume();
        ServiceLevelsSection.Row level = editor.serviceLevels.levels.getFirst();
        _setValue(volume.bands.get(1).price, "1.000,50"); // unreadable: mixed separators
        _setValue(volume.bands.get(2).price, "-1"); // a rule: negative price
        _setValue(level.target, "150"); // a rule: above 100 %
        _setValue(editor.scope.items.getFirst().title, ""); // a rule: required

        assertThat(editor.validatedValue()).isEmpty();

        assertThat(volume.bands.get(1).price.getErrorMessage())
                .isEqualTo("« 1.000,50 » mêle virgule et point : écrivez 1\u00A0000,50.");
        assertThat(volume.bands.get(2).price.isInvalid()).isTrue();
        assertThat(level.target.isInvalid()).isTrue();
        assertThat(editor.scope.items.getFirst().title.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(summaryLinks()).hasSize(4);
        assertThat(summaryLinks())
                .extracting(Button::getText)
                .anySatisfy(text ->
                        assertThat(text).contains(level.target.getLabel()).contains("100"));
    }

    @Test
    void a_summary_link_opens_the_part_that_holds_its_field() {
        Details levels = _find(editor, Details.class).getLast();
        levels.setOpened(false);
        _setValue(editor.serviceLevels.levels.getFirst().target, "150");
        assertThat(editor.validatedValue()).isEmpty();

        _click(summaryLinks().getFirst());

        assertThat(levels.isOpened()).isTrue();
    }

    @Test
    void a_typing_error_hides_the_rule_it_would_break_since_that_says_nothing_more() {
        TextField baseline = invoiceVolume().baseline;
        _setValue(baseline, "1.040");

        assertThat(editor.validatedValue()).isEmpty();

        assertThat(baseline.getErrorMessage())
                .isEqualTo("« 1.040 » : les milliers se séparent par une espace. Écrivez 1\u00A0040.");
        assertThat(summaryLinks()).hasSize(1);
    }

    @Test
    void an_ambiguous_amount_is_refused_with_both_readings_suggested() {
        TextField price = invoiceVolume().bands.get(2).price;
        _setValue(price, "1.040");

        assertThat(editor.validatedValue()).isEmpty();

        assertThat(price.getErrorMessage()).isEqualTo("« 1.040 » est ambigu : écrivez 1\u00A0040 ou 1,04.");
        _setValue(price, "1,04");
        assertThat(editor.validatedValue()).isPresent();
    }

    @Test
    void a_text_limit_is_a_counter_and_a_longer_text_is_refused_not_cut() {
        TextField title = editor.scope.items.getFirst().title;
        assertThat(title.getHelperText()).isEqualTo(title.getValue().length() + " / 200");
        assertThat(title.getMaxLength())
                .as("no browser maxlength: it cuts pasted text")
                .isZero();

        String pasted = "Saisie ".repeat(30);
        _setValue(title, pasted);

        assertThat(title.getHelperText()).isEqualTo(pasted.strip().length() + " / 200");
        assertThat(title.isInvalid()).isTrue();
        assertThat(editor.validatedValue()).isEmpty();
        assertThat(title.getValue()).isEqualTo(pasted);
        assertThat(title.getErrorMessage())
                .startsWith("Trop long : " + pasted.strip().length());
    }
}
