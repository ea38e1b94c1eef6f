package app.avenant.performance.ui;

import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A part of the Indicateurs tab: a heading and the texts and number formats of the reader's language. */
abstract class IndicatorsSection extends Div {

    /** What an empty value shows. */
    static final String NONE = "—";

    IndicatorsSection(String className) {
        addClassName(className);
    }

    final H3 heading(String text) {
        H3 heading = new H3(text);
        add(heading);
        return heading;
    }

    final String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    final Locale locale() {
        return getLocale();
    }

    /** {@code octobre 2026} */
    final String monthName(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale()).format(month.atDay(1));
    }

    final String money(@Nullable BigDecimal amount) {
        return amount == null ? NONE : Formats.money(amount, locale());
    }

    final String percent(@Nullable BigDecimal percent) {
        return percent == null ? NONE : Formats.percent(percent, locale());
    }

    final String units(@Nullable Long units) {
        return units == null ? NONE : Formats.units(units, locale());
    }
}
