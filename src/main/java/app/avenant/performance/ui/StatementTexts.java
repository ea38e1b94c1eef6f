package app.avenant.performance.ui;

import app.avenant.contract.terms.VolumePricing.ChargeLine;
import app.avenant.performance.SlaStatus;
import app.avenant.performance.StatementStatus;
import app.avenant.performance.VolumeStatus;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words of the statement and overview screens: statuses, charge lines in French words ("Tranche 0–500 :
 * 500 × 2,00 €"), months, amounts. Everything goes through the component's translations and locale.
 */
final class StatementTexts {

    private StatementTexts() {}

    /** The reader's language (Component#getLocale is protected): the component's UI, else the current one. */
    static Locale locale(Component c) {
        UI ui = c.getUI().orElseGet(UI::getCurrent);
        return ui == null ? Locale.FRANCE : ui.getLocale();
    }

    static String money(Component c, BigDecimal amount) {
        return Formats.money(amount, locale(c));
    }

    static String units(Component c, long units) {
        return Formats.units(units, locale(c));
    }

    static String percent(Component c, @Nullable BigDecimal percent) {
        return percent == null ? "—" : Formats.percent(percent, locale(c));
    }

    /** "octobre 2026" (inside a sentence) in French, "October 2026" in English. */
    static String month(Component c, YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale(c)).format(month);
    }

    /** "Octobre 2026": a month as a heading or a table cell. */
    static String monthTitle(Component c, YearMonth month) {
        String text = month(c, month);
        Locale locale = locale(c);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    static String status(Component c, StatementStatus status) {
        return c.getTranslation("performance.statementui.status." + status.name());
    }

    static StatementPill.Tone tone(StatementStatus status) {
        return switch (status) {
            case OPEN -> StatementPill.Tone.NEUTRAL;
            case VALIDATED_BY_CLIENT, VALIDATED_BY_PROVIDER -> StatementPill.Tone.INFO;
            case LOCKED -> StatementPill.Tone.SUCCESS;
        };
    }

    static String slaStatus(Component c, SlaStatus status) {
        return c.getTranslation("performance.statementui.sla." + status.name());
    }

    static String volumeStatus(Component c, VolumeStatus status) {
        return c.getTranslation("performance.statementui.volume." + status.name());
    }

    /**
     * Red, amber, green (or grey when not measured) with an icon and a word, so that the colour is never the
     * only sign.
     */
    static Span rag(Component c, SlaStatus status) {
        VaadinIcon icon = switch (status) {
            case MET -> VaadinIcon.CHECK_CIRCLE;
            case AT_RISK -> VaadinIcon.WARNING;
            case MISSED -> VaadinIcon.CLOSE_CIRCLE;
            case NOT_MEASURED -> VaadinIcon.QUESTION_CIRCLE_O;
        };
        Icon symbol = icon.create();
        symbol.getElement().setAttribute("aria-hidden", "true");
        symbol.addClassName("av-rag-icon");
        Span label = new Span(slaStatus(c, status));
        Span rag = new Span(symbol, label);
        rag.addClassNames("av-rag", "av-rag--" + ragColour(status));
        return rag;
    }

    static String ragColour(SlaStatus status) {
        return switch (status) {
            case MET -> "green";
            case AT_RISK -> "amber";
            case MISSED -> "red";
            case NOT_MEASURED -> "grey";
        };
    }

    /** One priced line of a scope item, in words: what is charged and how it was computed. */
    static String chargeLine(Component c, ChargeLine line) {
        String units = units(c, line.units());
        String rate = money(c, line.rate());
        return switch (line.kind()) {
            case BAND ->
                c.getTranslation("performance.statementui.line.band", bandRange(c, line.detail()), units, rate);
            case FIXED -> {
                String coefficient = coefficient(c, line.detail());
                yield coefficient == null
                        ? c.getTranslation("performance.statementui.line.fixed", units)
                        : c.getTranslation("performance.statementui.line.fixedSeasonal", units, coefficient);
            }
            case ARC -> c.getTranslation("performance.statementui.line.arc", units, deadband(c, line.detail()), rate);
            case RRC -> c.getTranslation("performance.statementui.line.rrc", units, deadband(c, line.detail()), rate);
        };
    }

    /** "0–500" stays "0–500" with grouped digits; an open band "1001–" reads "1 001 et au-delà". */
    static String bandRange(Component c, String detail) {
        int dash = detail.indexOf('–');
        if (dash < 0) {
            return detail;
        }
        try {
            long from = Long.parseLong(detail.substring(0, dash).strip());
            String rest = detail.substring(dash + 1).strip();
            if (rest.isEmpty()) {
                return c.getTranslation("performance.statementui.line.band.open", units(c, from));
            }
            return units(c, from) + "–" + units(c, Long.parseLong(rest));
        } catch (NumberFormatException e) {
            return detail;
        }
    }

    /** "×1.3" → "1,3"; a flat month (×1) gives null: nothing seasonal to say. */
    static @Nullable String coefficient(Component c, String detail) {
        String number = detail.startsWith("×") ? detail.substring(1) : detail;
        try {
            BigDecimal value = new BigDecimal(number.strip());
            return value.compareTo(BigDecimal.ONE) == 0 ? null : Formats.decimal(value, 3, locale(c));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "950–1050" (possibly with decimals) → "950–1 050" in the reader's language. */
    static String deadband(Component c, String detail) {
        int dash = detail.indexOf('–');
        if (dash < 0) {
            return detail;
        }
        try {
            BigDecimal lower = new BigDecimal(detail.substring(0, dash).strip());
            BigDecimal upper = new BigDecimal(detail.substring(dash + 1).strip());
            return Formats.decimal(lower, 2, locale(c)) + "–" + Formats.decimal(upper, 2, locale(c));
        } catch (NumberFormatException e) {
            return detail;
        }
    }
}
