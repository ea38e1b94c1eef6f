package app.avenant.notification;

import app.avenant.shared.format.Formats;
import app.avenant.shared.i18n.Translations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The sentence of one notification in the reader's language: a change request's number, version and actor, or a
 * contract alert's date, amount or person, formatted the French way in French.
 */
final class NotificationTexts {

    private NotificationTexts() {
    }

    static String text(NotificationView n, Locale locale) {
        String key = "notification.kind." + n.kind();
        return switch (n.kind()) {
            case AWAITS_APPROVAL, COUNTER_PROPOSAL, COMMENT, ACCEPTED, CLOSED, APPROVAL_WITHDRAWN -> Translations.get(locale, key,
                    n.changeRequestNumber() != null ? n.changeRequestNumber() : 0, n.actorName(),
                    n.producedVersion() != null ? n.producedVersion() : 0);
            case CONTACT_PERSON_CHANGED -> Translations.get(locale, key,
                    side(n.context(), locale), orEmpty(n.detail()));
            case NOTICE_DEADLINE -> Translations.get(locale, key, date(n.detail(), locale), orEmpty(n.context()));
            case PENALTY_CAP_REACHED -> Translations.get(locale, key, amount(n.detail(), locale),
                    orEmpty(n.context()));
        };
    }

    private static String side(@Nullable String side, Locale locale) {
        return "CLIENT".equals(side) || "PROVIDER".equals(side) ? Translations.get(locale, "notification.side." + side)
                : "?";
    }

    private static String date(@Nullable String iso, Locale locale) {
        try {
            return Formats.date(LocalDate.parse(orEmpty(iso)), locale);
        } catch (DateTimeParseException e) {
            return orEmpty(iso);
        }
    }

    private static String amount(@Nullable String plain, Locale locale) {
        try {
            return Formats.money(new BigDecimal(orEmpty(plain)), locale);
        } catch (NumberFormatException e) {
            return orEmpty(plain);
        }
    }

    private static String orEmpty(@Nullable String text) {
        return text != null ? text : "";
    }
}
