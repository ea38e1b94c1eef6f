package app.avenant.notification;

import app.avenant.shared.format.Formats;
import app.avenant.shared.i18n.Translations;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The sentence of one notification in the reader's language: a change request's number, version and actor, or a
 * contract alert's date, amount or person, formatted the French way in French.
 */
final class NotificationTexts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private NotificationTexts() {}

    /** Who did what, "(3 fois)" when it happened again before it was read. */
    static String text(NotificationView n, Locale locale) {
        String once = once(n, locale);
        return n.repeatCount() > 1 ? Translations.get(locale, "notification.repeated", once, n.repeatCount()) : once;
    }

    /**
     * When it last happened, as a person says it: "à l’instant", "il y a 5 min", "il y a 3 h" within the day,
     * then the date and time ("04/12 17:30"), in Paris time.
     */
    static String when(Instant at, Instant now, Locale locale) {
        Duration ago = Duration.between(at, now);
        if (ago.compareTo(Duration.ofMinutes(1)) < 0) {
            return Translations.get(locale, "notification.when.now");
        }
        if (ago.compareTo(Duration.ofHours(1)) < 0) {
            return Translations.get(locale, "notification.when.minutes", ago.toMinutes());
        }
        if (ago.compareTo(Duration.ofHours(24)) < 0) {
            return Translations.get(locale, "notification.when.hours", ago.toHours());
        }
        return DAY_AND_TIME.format(at.atZone(Formats.PARIS));
    }

    private static String once(NotificationView n, Locale locale) {
        String key = "notification.kind." + n.kind();
        return switch (n.kind()) {
            // the number as text, "n° 1234" never "n° 1 234", as everywhere else
            case AWAITS_APPROVAL, COUNTER_PROPOSAL, REVISED, COMMENT, ACCEPTED, CLOSED, APPROVAL_WITHDRAWN ->
                Translations.get(
                        locale,
                        key,
                        String.valueOf(n.changeRequestNumber() != null ? n.changeRequestNumber() : 0),
                        n.actorName(),
                        String.valueOf(n.producedVersion() != null ? n.producedVersion() : 0));
            // "Claire Martin a rejeté la demande n° 5 : « Le prix ne suit pas… »", the reason shortened on write
            case REJECTED ->
                n.detail() == null || n.detail().isBlank()
                        ? Translations.get(locale, key + ".noReason", number(n), n.actorName())
                        : Translations.get(locale, key, number(n), n.actorName(), n.detail());
            case CONTACT_PERSON_CHANGED ->
                Translations.get(locale, key, side(n.context(), locale), orEmpty(n.detail()));
            // "Claire Martin a suspendu le contrat : « Déménagement de la boutique »"
            case CONTRACT_STATUS_CHANGED ->
                n.context() == null || n.context().isBlank()
                        ? Translations.get(locale, key + "." + orEmpty(n.detail()), n.actorName())
                        : Translations.get(
                                locale, key + "." + orEmpty(n.detail()) + ".reason", n.actorName(), n.context());
            case NOTICE_DEADLINE -> Translations.get(locale, key, date(n.detail(), locale), orEmpty(n.context()));
            case PENALTY_CAP_REACHED -> Translations.get(locale, key, amount(n.detail(), locale), orEmpty(n.context()));
            // "Relevé de novembre 2026 à valider : Léa Bernard l’a validé" (the contract is named beside it)
            case STATEMENT_TO_VALIDATE -> Translations.get(locale, key, n.actorName(), month(n.detail(), locale));
            // "Julien Moreau a émis la facture n° F2026-00003 du relevé de mai 2026"
            case INVOICE_ISSUED ->
                Translations.get(locale, key, n.actorName(), month(n.detail(), locale), orEmpty(n.context()));
            // a message, or the invoice marked cancelled by a credit note (context: the number, then "|CANCELLED")
            case INVOICE_REMARK -> {
                String[] numberAndWhat = orEmpty(n.context()).split("\\|", 2);
                yield Translations.get(
                        locale,
                        numberAndWhat.length > 1 ? key + ".cancelled" : key,
                        n.actorName(),
                        month(n.detail(), locale),
                        numberAndWhat[0]);
            }
            // filed by a person, or sent by a program through the API (no one to name)
            // "Claire Martin a déposé la facture n° FA-12 du relevé de mai 2026 : des écarts avec le relevé" (context:
            // the number, then the verdict after a bar)
            case INVOICE_RECEIVED -> {
                String[] numberAndVerdict = orEmpty(n.context()).split("\\|", 2);
                String verdict = numberAndVerdict.length > 1
                        ? Translations.get(locale, "notification.invoice.verdict." + numberAndVerdict[1])
                        : "";
                yield Translations.get(
                        locale,
                        n.actorName() == null || n.actorName().isBlank() ? key + ".api" : key,
                        n.actorName(),
                        month(n.detail(), locale),
                        numberAndVerdict[0],
                        verdict);
            }
            // "Action du comité pour le 25/11/2026 : Envoyer l’annexe…", how late or soon beside it (due)
            case ACTION_DUE -> Translations.get(locale, key, orEmpty(n.detail()), date(n.context(), locale));
        };
    }

    private static String number(NotificationView n) {
        return String.valueOf(n.changeRequestNumber() != null ? n.changeRequestNumber() : 0);
    }

    /**
     * What the bell counts, in the words of the contract list's "À moi" ("1 demande à traiter, 1 relevé à
     * valider"): the bell also holds statements and review actions, which a contract's requests do not.
     */
    static String pendingActions(PendingActions pendingActions, Locale locale) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (pendingActions.requests() > 0) {
            parts.add(Translations.get(locale, "notification.toHandle.requests", pendingActions.requests()));
        }
        if (pendingActions.statements() > 0) {
            parts.add(Translations.get(locale, "notification.toHandle.statements", pendingActions.statements()));
        }
        if (pendingActions.actions() > 0) {
            parts.add(Translations.get(locale, "notification.toHandle.actions", pendingActions.actions()));
        }
        return String.join(", ", parts);
    }

    /** When an action is due, told from today: "en retard de 3 jours", "pour aujourd’hui", "dans 4 jours". */
    static String due(NotificationView n, Instant now, Locale locale) {
        LocalDate today = now.atZone(Formats.PARIS).toLocalDate();
        LocalDate due;
        try {
            due = LocalDate.parse(orEmpty(n.context()));
        } catch (DateTimeParseException e) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return Translations.get(locale, "notification.due.late", -days);
        }
        return days == 0
                ? Translations.get(locale, "notification.due.today")
                : Translations.get(locale, "notification.due.in", days);
    }

    private static String side(@Nullable String side, Locale locale) {
        return "CLIENT".equals(side) || "PROVIDER".equals(side)
                ? Translations.get(locale, "notification.side." + side)
                : "?";
    }

    private static String date(@Nullable String iso, Locale locale) {
        try {
            return Formats.date(LocalDate.parse(orEmpty(iso)), locale);
        } catch (DateTimeParseException e) {
            return orEmpty(iso);
        }
    }

    /** "septembre 2026" in French, "September 2026" in English. */
    private static String month(@Nullable String iso, Locale locale) {
        try {
            return MONTH.withLocale(locale).format(YearMonth.parse(orEmpty(iso)));
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
