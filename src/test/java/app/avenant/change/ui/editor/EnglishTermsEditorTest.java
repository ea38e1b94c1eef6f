package app.avenant.change.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsFixtures;
import app.avenant.testing.UiTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor on an English screen: what it shows, it reads back. It used to show 1,040 units and then refuse
 * that very value on saving ("Enter a whole number, for example 1,040").
 */
class EnglishTermsEditorTest extends UiTest {

    private final Terms example = TermsFixtures.invoiceEntryExample();
    private TermsEditor editor;

    @BeforeEach
    void openEditorInEnglish() {
        login("claire.martin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        editor = new TermsEditor(example);
        UI.getCurrent().add(editor);
    }

    @Test
    void untouched_terms_with_thousands_are_read_back_unchanged() {
        VolumeEditor volume = editor.scope.items.getFirst().volume;
        assertThat(volume.bands.get(1).to.getValue()).isEqualTo("1\u00A0000");
        assertThat(volume.bands.get(2).from.getValue()).isEqualTo("1\u00A0001");

        assertThat(editor.validatedValue()).contains(example);
        assertThat(volume.baseline.isInvalid()).isFalse();
    }

    @Test
    void a_comma_before_three_digits_is_refused_as_ambiguous_with_both_readings() {
        VolumeEditor volume = editor.scope.items.getFirst().volume;
        _setValue(volume.bands.get(2).price, "1,040");

        assertThat(editor.validatedValue()).isEmpty();
        assertThat(volume.bands.get(2).price.isInvalid()).isTrue();
        assertThat(volume.bands.get(2).price.getErrorMessage()).contains("ambiguous", "1\u00A0040", "1.04");
    }

    @Test
    void an_english_decimal_point_is_read() {
        VolumeEditor volume = editor.scope.items.getFirst().volume;
        _setValue(volume.bands.get(2).price, "1.70");

        assertThat(editor.validatedValue()).isPresent();
        assertThat(volume.bands.get(2).price.isInvalid()).isFalse();
    }
}
