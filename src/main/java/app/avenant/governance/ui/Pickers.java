package app.avenant.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.Locale;

/** Date and date-time pickers in the portal's format: 26/11/2026 and 14:05, weeks starting on Monday. */
final class Pickers {

    private Pickers() {
    }

    static DatePicker.DatePickerI18n dateI18n(Component owner) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setFirstDayOfWeek(1);
        i18n.setBadInputErrorMessage(owner.getTranslation("governance.date.invalid"));
        return i18n;
    }

    static void french(DatePicker picker, Component owner, Locale locale) {
        picker.setLocale(locale);
        picker.setI18n(dateI18n(owner));
        picker.setPlaceholder("jj/mm/aaaa");
    }

    static void french(DateTimePicker picker, Component owner, Locale locale) {
        picker.setLocale(locale);
        picker.setDatePickerI18n(dateI18n(owner));
        picker.setDatePlaceholder("jj/mm/aaaa");
        picker.setTimePlaceholder("hh:mm");
        picker.setStep(java.time.Duration.ofMinutes(15));
    }
}
