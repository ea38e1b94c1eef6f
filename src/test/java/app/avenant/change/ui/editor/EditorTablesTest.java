package app.avenant.change.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsFixtures;
import app.avenant.testing.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Price bands and service levels as tables (issue 12, point 1; docs/decisions/0031): one row per band or level,
 * a column per field, add and remove buttons that say which row, an error under the cell it is about, and the
 * words of the trade explained.
 */
class EditorTablesTest extends UiTest {

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

    private static BandPricing bands(Terms terms) {
        return (BandPricing) terms.scopeItems().getFirst().volume().pricing();
    }

    /** The element of the row (role "row") of the table that holds {@code field} in one of its cells. */
    private static Element rowOf(Component field) {
        Element cell = field.getElement().getParent();
        assertThat(cell.getAttribute("role")).isEqualTo("cell");
        Element row = cell.getParent();
        assertThat(row.getAttribute("role")).isEqualTo("row");
        return row;
    }

    @Test
    void the_band_table_has_one_row_per_band_under_named_columns() {
        EditTable table = invoiceVolume().bandTable;
        assertThat(table.getElement().getAttribute("role")).isEqualTo("table");
        assertThat(table.getElement().getAttribute("aria-label")).contains("Tranches de prix");
        List<String> headers = table.getElement()
                .getChild(0)
                .getChildren()
                .map(cell -> cell.getTextRecursively().strip())
                .toList();
        assertThat(headers).containsExactly("De", "À", "Prix unitaire (€)", "");
        int bandCount = bands(example).bands().size();
        assertThat(invoiceVolume().bands).hasSize(bandCount);
        assertThat(table.getElement().getChild(1).getChildCount()).isEqualTo(bandCount);
        for (VolumeEditor.BandRow band : invoiceVolume().bands) {
            assertThat(rowOf(band.price)).isEqualTo(band.getElement());
            assertThat(rowOf(band.from)).isEqualTo(band.getElement());
        }
    }

    @Test
    void a_price_typed_in_the_second_row_changes_the_second_band_only() {
        _setValue(invoiceVolume().bands.get(1).price, "1,95");

        List<PriceBand> before = bands(example).bands();
        List<PriceBand> after = bands(editor.validatedValue().orElseThrow()).bands();
        assertThat(after.get(1))
                .isEqualTo(
                        new PriceBand(before.get(1).fromUnits(), before.get(1).toUnits(), new BigDecimal("1.95")));
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(2)).isEqualTo(before.get(2));
    }

    @Test
    void a_band_row_is_added_and_removed_with_buttons_that_say_which_row() {
        int count = invoiceVolume().bands.size();
        assertThat(invoiceVolume().addBand.getElement().getAttribute("aria-label"))
                .isEqualTo("Ajouter une tranche de prix à « "
                        + example.scopeItems().getFirst().title() + " »");
        _setValue(invoiceVolume().bands.getLast().to, "5 000");

        _click(invoiceVolume().addBand);

        VolumeEditor.BandRow added = invoiceVolume().bands.getLast();
        assertThat(invoiceVolume().bands).hasSize(count + 1);
        assertThat(added.getParent()).isPresent();
        assertThat(added.from.getValue().replaceAll("\\D", "")).isEqualTo("5001");
        assertThat(added.remove.getElement().getAttribute("aria-label")).isEqualTo("Retirer la tranche " + (count + 1));
        _setValue(added.price, "1,10");
        assertThat(bands(editor.validatedValue().orElseThrow()).bands()).hasSize(count + 1);

        _click(added.remove);

        assertThat(invoiceVolume().bands).hasSize(count);
        assertThat(added.getParent()).isEmpty();
        assertThat(editor.hasChanges()).isTrue();
    }

    @Test
    void an_error_shows_under_the_cell_of_the_band_it_is_about() {
        VolumeEditor.BandRow second = invoiceVolume().bands.get(1);
        _setValue(second.price, "-1");

        assertThat(editor.validatedValue()).isEmpty();

        assertThat(second.price.isInvalid()).isTrue();
        assertThat(second.price.getErrorMessage()).isNotBlank();
        assertThat(rowOf(second.price)).isEqualTo(second.getElement());
        assertThat(invoiceVolume().bands.get(0).price.isInvalid()).isFalse();
        assertThat(invoiceVolume().bands.get(2).price.isInvalid()).isFalse();
        assertThat(second.from.isInvalid()).isFalse();
    }

    @Test
    void the_service_levels_are_a_table_whose_rows_are_added_and_removed() {
        ServiceLevelsSection levels = editor.serviceLevels;
        int count = levels.levels.size();
        ServiceLevelsSection.Row first = levels.levels.getFirst();
        assertThat(rowOf(first.target)).isEqualTo(first.getElement());
        assertThat(rowOf(first.window)).isEqualTo(first.getElement());
        assertThat(first.remove.getElement().getAttribute("aria-label"))
                .isEqualTo("Retirer le niveau de service « " + first.metric.getValue() + " »");

        _click(levels.add);
        ServiceLevelsSection.Row added = levels.levels.getLast();
        _setValue(added.metric, "Taux d’erreur");
        _setValue(added.target, "99");
        _setValue(added.minimum, "98");
        assertThat(added.remove.getElement().getAttribute("aria-label"))
                .isEqualTo("Retirer le niveau de service « Taux d’erreur »");

        List<ServiceLevel> built = editor.validatedValue().orElseThrow().serviceLevels();
        assertThat(built).hasSize(count + 1);
        assertThat(built.getLast().metric()).isEqualTo("Taux d’erreur");
        assertThat(built.getLast().targetPercent()).isEqualByComparingTo("99");

        _click(first.remove);

        assertThat(editor.validatedValue().orElseThrow().serviceLevels())
                .hasSize(count)
                .noneMatch(level ->
                        level.key().equals(example.serviceLevels().getFirst().key()));
    }

    @Test
    void a_minimum_above_the_target_shows_in_the_minimum_cell_of_that_level() {
        ServiceLevelsSection.Row level = editor.serviceLevels.levels.getFirst();
        _setValue(level.minimum, "99,5");

        assertThat(editor.validatedValue()).isEmpty();
        assertThat(level.minimum.isInvalid()).isTrue();
        assertThat(rowOf(level.minimum)).isEqualTo(level.getElement());
        assertThat(level.target.isInvalid()).isFalse();
    }

    @Test
    void the_words_of_the_trade_are_explained_in_plain_french() {
        List<String> help = new java.util.ArrayList<>(helpTexts());
        // the fixed charge with ARC/RRC is the other pricing mechanism: its fields show when it is chosen
        _setValue(invoiceVolume().mechanism, VolumeEditor.Mechanism.BASELINE_CHARGE);
        help.addAll(helpTexts());
        assertThat(help)
                .anySatisfy(text -> assertThat(text).startsWith("ARC").contains("au-dessus du volume de référence"))
                .anySatisfy(text -> assertThat(text).startsWith("RRC"))
                .anySatisfy(text -> assertThat(text).startsWith("Bande morte"))
                .anySatisfy(text -> assertThat(text).startsWith("Coefficients saisonniers"))
                .anySatisfy(text -> assertThat(text).startsWith("Part à risque"))
                .anySatisfy(text -> assertThat(text).startsWith("Plafond de pénalités"))
                .anySatisfy(text -> assertThat(text).startsWith("Plancher de la tranche"))
                .anySatisfy(text -> assertThat(text).startsWith("Plafond de la tranche"))
                .anySatisfy(text -> assertThat(text).startsWith("Minimum de service"));
    }

    private List<String> helpTexts() {
        return _find(editor, Icon.class, spec -> spec.withClasses("av-help")).stream()
                .map(icon -> icon.getElement().getAttribute("aria-label"))
                .toList();
    }

    @Test
    void a_field_typed_in_a_table_is_named_in_the_summary_by_its_column() {
        TextField price = invoiceVolume().bands.get(2).price;
        _setValue(price, "abc");

        assertThat(editor.validatedValue()).isEmpty();
        assertThat(_find(
                        editor,
                        com.vaadin.flow.component.button.Button.class,
                        spec -> spec.withClasses("av-summary-link")))
                .singleElement()
                .satisfies(link -> assertThat(link.getText()).contains("Prix unitaire"));
        assertThat(_find(editor, EditTable.class)).isNotEmpty();
    }
}
