package app.avenant.document.pdf;

import app.avenant.shared.format.Formats;
import app.avenant.shared.i18n.Translations;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** The reader's language on paper: texts from the bundles, figures and dates formatted as on screen. */
record Words(Locale locale) {

    /** Numbers are passed as written (version 1000 is "1000", not "1 000"), as the bundles expect strings. */
    String t(String key, Object... args) {
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return Translations.get(locale, key, written);
    }

    String money(BigDecimal amount) {
        return Formats.money(amount, locale);
    }

    String percent(BigDecimal percent) {
        return Formats.percent(percent, locale);
    }

    String units(long units) {
        return Formats.units(units, locale);
    }

    String date(LocalDate date) {
        return Formats.date(date, locale);
    }

    /** Paris time, as every date of the portal. */
    String dateTime(Instant instant) {
        return Formats.dateTime(instant, locale);
    }

    String date(Instant instant) {
        return Formats.date(LocalDate.ofInstant(instant, Formats.PARIS), locale);
    }
}
