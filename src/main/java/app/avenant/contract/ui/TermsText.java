package app.avenant.contract.ui;

import app.avenant.contract.terms.BandMode;
import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.DeadlineUnit;
import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.ValueKind;
import app.avenant.contract.terms.WorkingCalendar;
import app.avenant.shared.format.Formats;
import app.avenant.shared.i18n.Translations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Values of the terms as a person reads them (money, percentages, units, dates, enums by name) and the names of
 * changed fields ("Prix unitaire — tranche à partir de 1 001"), in a given language, without a component: the change
 * screens use it through their component's language, the PDFs of versions and amendments with the reader's. Field
 * names use the contract screens' {@code terms.field.*} keys so the compare views and the paper agree.
 */
@NamedInterface("labels")
public final class TermsText {

    private TermsText() {}

    /** "—" for a missing value. */
    public static String format(Locale locale, String field, ValueKind kind, @Nullable Object value) {
        if (value == null) {
            // an optional value left empty has a meaning of its own: no cap, no earn-back
            return switch (field) {
                case "header.penaltyCapAmount" -> t(locale, "contract.header.penaltyCap.none");
                case "sla.earnBackTargetPercent" -> t(locale, "changeeditor.sla.earnBack.none");
                default -> t(locale, "changeui.none");
            };
        }
        if (kind == ValueKind.NUMBER && field.endsWith("Months") && value instanceof Number months) {
            return t(locale, "contract.header.months", Formats.units(months.longValue(), locale));
        }
        if ("pricing.mechanism".equals(field)) {
            return translatedOr(locale, "terms.pricing." + value, String.valueOf(value));
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
                value instanceof Boolean b ? t(locale, b ? "changeui.yes" : "changeui.no") : String.valueOf(value);
            case ENUM -> enumLabel(locale, value);
            case DEADLINE -> value instanceof Deadline d ? deadlineValue(locale, d) : String.valueOf(value);
            case TEXT -> String.valueOf(value).isBlank() ? t(locale, "changeui.none") : String.valueOf(value);
        };
    }

    /** « 2 jours ouvrés » */
    public static String deadlineTime(Locale locale, Deadline deadline) {
        return t(locale, "terms.deadline.unit." + deadline.unit().name(), deadline.amount());
    }

    /** « 2 jours ouvrés, jours fériés : France » (the scope item measured is named apart, by its title). */
    public static String deadlineValue(Locale locale, Deadline deadline) {
        return t(
                locale,
                "terms.deadline.value",
                deadlineTime(locale, deadline),
                t(locale, "terms.deadline.calendar." + deadline.calendar().name()));
    }

    public static String enumLabel(Locale locale, Object value) {
        return switch (value) {
            case Renewal r -> t(locale, "terms.renewal." + r.name());
            case BandMode m -> t(locale, "terms.bandMode." + m.name());
            case MeasurementWindow w -> t(locale, "terms.window." + w.name());
            case ObjectiveKind k -> t(locale, "terms.objectiveKind." + k.name());
            case DeadlineUnit u -> t(locale, "terms.deadline.unitName." + u.name());
            case WorkingCalendar c -> t(locale, "terms.deadline.calendarName." + c.name());
            case Enum<?> e -> e.name();
            default -> String.valueOf(value);
        };
    }

    /** The field's name, with the band or month it belongs to when the item has several. */
    public static String fieldLabel(Locale locale, String field, @Nullable String detail) {
        String label = translatedOr(locale, "terms.field." + field, field);
        if (detail == null || detail.isBlank()) {
            return label;
        }
        return label + " — " + detail(locale, field, detail.strip());
    }

    private static String detail(Locale locale, String field, String detail) {
        if (field.startsWith("band.") && detail.matches("\\d{1,15}")) {
            return t(locale, "terms.detail.band.from", Formats.units(Long.parseLong(detail), locale));
        }
        if ((field.contains("season") || field.contains("month")) && detail.matches("1[0-2]|[1-9]")) {
            return Labels.month(Month.of(Integer.parseInt(detail)), locale);
        }
        return detail;
    }

    /** The translation of {@code key}, or {@code fallback} when the bundles lack it. */
    public static String translatedOr(Locale locale, String key, String fallback) {
        String text = t(locale, key);
        return text.isBlank() || text.contains(key) ? fallback : text;
    }

    private static String t(Locale locale, String key, Object... args) {
        return Translations.get(locale, key, args);
    }
}
