package app.avenant.invoicing.ui;

import app.avenant.invoicing.CheckFinding;
import app.avenant.invoicing.CheckedLine;
import app.avenant.invoicing.ReceivedInvoiceCheck;
import app.avenant.shared.format.Formats;
import app.avenant.shared.i18n.Translations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words of a received invoice's check, in the reader's language: findings with their amounts, rates and months
 * formatted, a line's figures, and the message that tells the provider what differs. Plain Java, tested without UI.
 */
final class ReceivedTexts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");

    private ReceivedTexts() {}

    /** A refusal's or finding's arguments as shown: months in words, dates, amounts in euros. */
    static Object[] shown(Object[] args, Locale locale) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(args[i], locale);
        }
        return shown;
    }

    private static Object shown(@Nullable Object arg, Locale locale) {
        return switch (arg) {
            case null -> "—";
            case YearMonth month -> month(month, locale);
            case LocalDate date -> Formats.date(date, locale);
            case BigDecimal amount -> Formats.money(amount, locale);
            default -> arg;
        };
    }

    static String month(YearMonth month, Locale locale) {
        return MONTH.withLocale(locale).format(month);
    }

    /** What a finding says; rates as rates, the total a sum is about in words. */
    static String finding(CheckFinding finding, Locale locale) {
        String key = "invoicing.received.finding." + finding.code().name();
        Object[] args = finding.args().toArray();
        if (finding.code() == CheckFinding.Code.VAT_RATE) {
            return Translations.get(
                    locale,
                    key,
                    Formats.percent((BigDecimal) args[0], locale),
                    Formats.percent((BigDecimal) args[1], locale));
        }
        if (finding.code() == CheckFinding.Code.DOES_NOT_ADD_UP) {
            String total = Translations.get(locale, "invoicing.received.total." + args[0]);
            return Translations.get(
                    locale,
                    key,
                    total,
                    Formats.money((BigDecimal) args[1], locale),
                    Formats.money((BigDecimal) args[2], locale));
        }
        if (finding.code() == CheckFinding.Code.CREDITS_NOT_DEDUCTED && ((BigDecimal) args[1]).signum() == 0) {
            return Translations.get(locale, key + ".none", shown(args, locale));
        }
        return Translations.get(locale, key, shown(args, locale));
    }

    /** « 1 000 × 2,50 € = 2 500,00 € »; a price of more than two decimals keeps them, so a gap of a tenth shows. */
    static String figures(CheckedLine.@Nullable Figures f, Locale locale) {
        if (f == null) {
            return "—";
        }
        return Formats.decimal(f.quantity(), 4, locale) + " × " + Formats.unitPrice(f.unitPrice(), locale) + " = "
                + Formats.money(f.amount(), locale);
    }

    private static String lowerFirst(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(locale) + text.substring(1);
    }

    /**
     * The message the PME sends about a discrepant invoice: what differs, line by line then on the whole, and what
     * an accountant asks for (a credit note and a corrected invoice), in the writer's language (they read it first).
     */
    static String discrepancies(ReceivedInvoiceCheck check, Locale locale) {
        StringBuilder text = new StringBuilder(Translations.get(
                locale,
                "invoicing.received.message.intro",
                check.number(),
                Formats.date(check.issueDate(), locale),
                month(check.month(), locale)));
        List<CheckedLine> differing =
                check.lines().stream().filter(l -> !l.outcome().agrees()).toList();
        for (CheckedLine line : differing) {
            text.append("\n- ")
                    .append(line.label())
                    .append(" : ")
                    .append(lowerFirst(
                            Translations.get(
                                    locale,
                                    "invoicing.received.outcome."
                                            + line.outcome().name()),
                            locale))
                    .append(" (")
                    .append(Translations.get(
                            locale,
                            "invoicing.received.message.line",
                            figures(line.invoiced(), locale),
                            figures(line.expected(), locale)))
                    .append(")");
        }
        for (CheckFinding finding : check.findings()) {
            if (finding.code().discrepancy()) {
                text.append("\n- ").append(finding(finding, locale));
            }
        }
        // a second invoice for the month, and nothing else wrong: which one to pay, not a corrected one
        boolean onlyTwice = differing.isEmpty()
                && check.findings().stream()
                        .filter(f -> f.code().discrepancy())
                        .allMatch(f -> f.code() == CheckFinding.Code.ALREADY_INVOICED);
        text.append("\n\n")
                .append(Translations.get(
                        locale,
                        onlyTwice ? "invoicing.received.message.ask.duplicate" : "invoicing.received.message.ask"));
        return text.toString();
    }
}
