package app.avenant.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.shared.i18n.Translations;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

class DatePickersTest {

    @Test
    void a_french_picker_speaks_french_and_reads_dates_as_26_11_2026() {
        DatePicker.DatePickerI18n i18n = DatePickers.i18n(Translations.FRENCH, "Date illisible");

        assertThat(i18n.getMonthNames()).startsWith("Janvier", "Février").endsWith("Décembre");
        assertThat(i18n.getWeekdays()).startsWith("dimanche", "lundi");
        assertThat(i18n.getToday()).isEqualTo("Aujourd'hui");
        assertThat(i18n.getCancel()).isEqualTo("Annuler");
        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getBadInputErrorMessage()).isEqualTo("Date illisible");
        assertThat(String.join(" ", i18n.getMonthNames()) + i18n.getToday() + i18n.getCancel())
                .doesNotContain("January", "Today", "Cancel");
    }

    @Test
    void an_english_picker_speaks_english() {
        DatePicker.DatePickerI18n i18n = DatePickers.i18n(Translations.ENGLISH, null);

        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getWeekdaysShort()).startsWith("Sun", "Mon");
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getCancel()).isEqualTo("Cancel");
        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy");
    }

    @Test
    void the_picker_gets_the_locale_and_the_texts() {
        DatePicker picker = DatePickers.localised(new DatePicker(), Translations.FRENCH);

        assertThat(picker.getLocale()).isEqualTo(Translations.FRENCH);
        assertThat(picker.getI18n().getToday()).isEqualTo("Aujourd'hui");
    }
}
