package app.avenant.shared.ui;

import app.avenant.shared.i18n.Translations;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every date picker of the portal speaks the user's language: month and day names, "Aujourd'hui" and
 * "Annuler" in French (the web component's own defaults are English), dates typed and shown as 26/11/2026,
 * weeks starting on Monday.
 */
public final class DatePickers {

    /** How dates are typed and shown in both languages, like {@code Formats.date}. */
    public static final String DATE_FORMAT = "dd/MM/yyyy";

    private DatePickers() {}

    /** Sets the picker's language and texts; {@code badInput} is the message for a date it cannot read. */
    public static DatePicker localised(DatePicker picker, Locale locale, @Nullable String badInput) {
        picker.setLocale(locale);
        picker.setI18n(i18n(locale, badInput));
        return picker;
    }

    public static DatePicker localised(DatePicker picker, Locale locale) {
        return localised(picker, locale, null);
    }

    /** The texts alone, for the date part of a date-time picker. */
    public static DatePicker.DatePickerI18n i18n(Locale locale, @Nullable String badInput) {
        Locale language = Translations.supported(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setDateFormat(DATE_FORMAT)
                .setFirstDayOfWeek(1)
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> capitalised(m, language))
                        .toList())
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, language))
                .setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, language))
                .setToday(Translations.get(language, "shared.datePicker.today"))
                .setCancel(Translations.get(language, "shared.cancel"));
        if (badInput != null) {
            i18n.setBadInputErrorMessage(badInput);
        }
        return i18n;
    }

    /** "jj/mm/aaaa" in French, "dd/mm/yyyy" in English. */
    public static String placeholder(Locale locale) {
        return Translations.get(locale, "shared.datePicker.placeholder");
    }

    private static String capitalised(Month month, Locale locale) {
        String name = month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** Sunday first, as the web component expects, whatever day the calendar starts on. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        DayOfWeek[] order = {
            DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
            DayOfWeek.SATURDAY
        };
        return Arrays.stream(order).map(d -> d.getDisplayName(style, locale)).toList();
    }
}
