package app.avenant.governance.ui;

import app.avenant.shared.ui.DatePickers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.Locale;

/** Governance's date and date-time pickers: the portal's ({@link DatePickers}), times by quarter hours. */
final class Pickers {

    private Pickers() {}

    static void french(DatePicker picker, Component owner, Locale locale) {
        DatePickers.localised(picker, locale, owner.getTranslation("governance.date.invalid"));
        picker.setPlaceholder(DatePickers.placeholder(locale));
    }

    static void french(DateTimePicker picker, Component owner, Locale locale) {
        picker.setLocale(locale);
        picker.setDatePickerI18n(DatePickers.i18n(locale, owner.getTranslation("governance.date.invalid")));
        picker.setDatePlaceholder(DatePickers.placeholder(locale));
        picker.setTimePlaceholder("hh:mm");
        picker.setStep(java.time.Duration.ofMinutes(15));
    }
}
