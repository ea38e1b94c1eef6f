package app.avenant.performance.ui.charts;

import app.avenant.shared.format.Formats;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the values of one chart are written, on its value axis and in its data table. */
public enum ValueFormat {
    /** on the 0–100 scale: {@code 96,5 %} */
    PERCENT,
    /** whole units: {@code 1 040} */
    UNITS,
    /** euros: {@code 1,81 €} */
    MONEY;

    /** What an empty month shows in a table. */
    public static final String EMPTY = "—";

    /** A value for a table cell, or "—" when there is none. */
    public String format(@Nullable BigDecimal value, Locale locale) {
        if (value == null) {
            return EMPTY;
        }
        return switch (this) {
            case PERCENT -> Formats.percent(value, locale);
            case UNITS -> Formats.units(value.longValue(), locale);
            case MONEY -> Formats.money(value, locale);
        };
    }

    /** The value axis' tick labels: plain numbers of the locale (the unit is in the axis label). */
    NumberFormat axisFormat(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(this == MONEY ? 2 : 0);
        format.setMaximumFractionDigits(this == UNITS ? 0 : 2);
        return format;
    }
}
