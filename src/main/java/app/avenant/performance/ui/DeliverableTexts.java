package app.avenant.performance.ui;

import app.avenant.contract.terms.Deadline;
import app.avenant.performance.DeliverableSource;
import app.avenant.performance.DeliverableViolation;
import app.avenant.performance.QualityOutcome;
import app.avenant.performance.csv.DeliverableCsvError;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words of the deliverables screens, in the language of the user: qualities, sources, column names,
 * months, amounts, and the messages of the service and of the file reader ("Ligne 7 — échéance : date
 * invalide « 31/02/2026 »").
 */
final class DeliverableTexts {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final Component owner;

    DeliverableTexts(Component owner) {
        this.owner = owner;
    }

    String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.FRANCE;
    }

    String quality(@Nullable QualityOutcome quality) {
        return quality == null ? "" : t("performance.deliverables.quality." + quality.name());
    }

    String source(DeliverableSource source) {
        return t("performance.deliverables.source." + source.name());
    }

    /** "échéance", "poste"…: how a field is named in a message, from the service's field name. */
    String field(String field) {
        return t("performance.deliverables.field." + field);
    }

    String date(@Nullable LocalDate date) {
        return date == null ? "" : Formats.date(date, locale());
    }

    /**
     * « lundi 4 mai 2026 à 11:00 », or « mardi 5 mai 2026, jusqu’à minuit » for a deadline in days (due by the end of
     * its last day).
     */
    String dueMoment(LocalDateTime due) {
        String day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale()).format(due);
        if (Deadline.isEndOfDay(due)) {
            return t("performance.deliverables.due.endOfDay", day);
        }
        return t("performance.deliverables.due.at", day, HOUR.format(due));
    }

    /** « 04/05/2026 11:00 » when the time is known and not a day's end, else the date alone. */
    String withTime(LocalDate date, @Nullable LocalDateTime time) {
        return time == null || Deadline.isEndOfDay(time) ? date(date) : Formats.dateTime(time, locale());
    }

    String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : Formats.money(amount, locale());
    }

    String units(long units) {
        return Formats.units(units, locale());
    }

    /** "mars 2026" / "March 2026". */
    String month(YearMonth month) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale());
        return name + " " + month.getYear();
    }

    /** The message of a broken rule (service codes and reader codes live in the bundles). */
    String message(String code, java.util.List<String> args) {
        return t(code, args.toArray());
    }

    String violation(DeliverableViolation violation) {
        return message(violation.code(), violation.args());
    }

    /** "Ligne 7 — échéance : date invalide « 31/02/2026 »", "Ligne 8 — 3 colonnes au lieu de 7", "Le fichier est vide.". */
    String csvError(DeliverableCsvError error) {
        String message = message(error.code(), error.args());
        String column = error.column();
        if (error.line() <= 0) {
            return column == null
                    ? message
                    : t("performance.deliverables.report.field", field(column), afterColon(message));
        }
        String line = String.valueOf(error.line());
        return column == null
                ? t("performance.deliverables.report.line", line, afterColon(message))
                : t("performance.deliverables.report.lineField", line, field(column), afterColon(message));
    }

    /**
     * The service writes sentences; after "Ligne 7 — unités :" the sentence goes on in lower case ("L’échéance"
     * too: an elided article is a word, not an acronym).
     */
    private static String afterColon(String message) {
        if (message.length() > 1
                && Character.isUpperCase(message.charAt(0))
                && (Character.isLowerCase(message.charAt(1))
                        || message.charAt(1) == '’'
                        || message.charAt(1) == '\'')) {
            return Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        return message;
    }
}
