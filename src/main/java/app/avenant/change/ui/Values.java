package app.avenant.change.ui;

import app.avenant.contract.terms.BandMode;
import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.ValueKind;
import app.avenant.contract.ui.Labels;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Values of the terms as a person reads them (money, percentages, units, dates, enums by name), and the
 * names of changed fields ("Prix unitaire — tranche à partir de 1 001"), in the component's language.
 * Field names use the contract screens' {@code terms.field.*} keys so the compare views agree.
 */
public final class Values {

    private Values() {}

    /** The component's language (Component.getLocale() is protected): the UI's, else French. */
    static Locale locale(Component c) {
        UI ui = c.getUI().orElseGet(UI::getCurrent);
        return ui != null ? ui.getLocale() : Locale.FRANCE;
    }

    /** "—" for a missing value. */
    public static String format(Component c, String field, ValueKind kind, @Nullable Object value) {
        Locale locale = locale(c);
        if (value == null) {
            return c.getTranslation("changeui.none");
        }
        if (kind == ValueKind.NUMBER && field.endsWith("Months") && value instanceof Number months) {
            return c.getTranslation("contract.header.months", Formats.units(months.longValue(), locale));
        }
        if ("pricing.mechanism".equals(field)) {
            return Labels.translatedOr(c, "terms.pricing." + value, String.valueOf(value));
        }
        return switch (kind) {
            case MONEY -> value instanceof BigDecimal amount ? Formats.money(amount, locale) : String.valueOf(value);
            case PERCENT -> value instanceof BigDecimal p ? Formats.percent(p, locale) : String.valueOf(value);
            case COEFFICIENT ->
                value instanceof BigDecimal f ? "×" + Formats.decimal(f, 3, locale) : String.valueOf(value);
            case NUMBER ->
                value instanceof BigDecimal d
                        ? Formats.decimal(d, 3, locale)
                        : value instanceof Number n ? Formats.units(n.longValue(), locale) : String.valueOf(value);
            case DATE -> value instanceof LocalDate date ? Formats.date(date, locale) : String.valueOf(value);
            case BOOLEAN ->
                value instanceof Boolean b
                        ? c.getTranslation(b ? "changeui.yes" : "changeui.no")
                        : String.valueOf(value);
            case ENUM -> enumLabel(c, value);
            case TEXT -> String.valueOf(value).isBlank() ? c.getTranslation("changeui.none") : String.valueOf(value);
        };
    }

    static String enumLabel(Component c, Object value) {
        return switch (value) {
            case Renewal r -> c.getTranslation("terms.renewal." + r.name());
            case BandMode m -> c.getTranslation("terms.bandMode." + m.name());
            case MeasurementWindow w -> c.getTranslation("terms.window." + w.name());
            case ObjectiveKind k -> Labels.objective(c, k);
            case Enum<?> e -> e.name();
            default -> String.valueOf(value);
        };
    }

    /** The field's name, with the band or month it belongs to when the item has several. */
    public static String fieldLabel(Component c, String field, @Nullable String detail) {
        String label = Labels.translatedOr(c, "terms.field." + field, field);
        if (detail == null || detail.isBlank()) {
            return label;
        }
        return label + " — " + detail(c, field, detail.strip());
    }

    private static String detail(Component c, String field, String detail) {
        if (field.startsWith("band.") && detail.matches("\\d{1,15}")) {
            return c.getTranslation("terms.detail.band.from", Formats.units(Long.parseLong(detail), locale(c)));
        }
        if ((field.contains("season") || field.contains("month")) && detail.matches("1[0-2]|[1-9]")) {
            String name = Month.of(Integer.parseInt(detail)).getDisplayName(TextStyle.FULL_STANDALONE, locale(c));
            return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale(c)) + name.substring(1);
        }
        return detail;
    }

    static String money(Component c, BigDecimal amount) {
        return Formats.money(amount, locale(c));
    }

    /** "+240,00 €" / "−120,00 €" / "0,00 €": the sign says which way it goes. */
    static String signedMoney(Component c, BigDecimal delta) {
        String amount = Formats.money(delta.abs(), locale(c));
        return delta.signum() > 0 ? "+" + amount : delta.signum() < 0 ? "−" + amount : amount;
    }

    static String units(Component c, @Nullable Long units) {
        return units == null ? c.getTranslation("changeui.none") : Formats.units(units, locale(c));
    }

    static String percent(Component c, @Nullable BigDecimal percent) {
        return percent == null ? c.getTranslation("changeui.none") : Formats.percent(percent, locale(c));
    }
}
