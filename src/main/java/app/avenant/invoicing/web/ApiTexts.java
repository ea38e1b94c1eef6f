package app.avenant.invoicing.web;

import app.avenant.invoicing.CheckFinding;
import app.avenant.shared.i18n.Translations;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;

/** The API's words: English, amounts as plain decimals, months as YYYY-MM, so a program can read them back. */
final class ApiTexts {

    private static final Locale ENGLISH = Translations.ENGLISH;

    private ApiTexts() {}

    static String finding(CheckFinding finding) {
        Object[] args = plain(finding.args().toArray());
        if (finding.code() == CheckFinding.Code.VAT_RATE) {
            // rates, not amounts
            args = new Object[] {args[0] + "%", args[1] + "%"};
        }
        return Translations.get(
                ENGLISH, "invoicing.received.finding." + finding.code().name(), args);
    }

    /** The refusal's words for a program, where the screen's would point at the page ("listed below"). */
    static String refusal(String key, Object[] args) {
        String forApi = key + ".api";
        return Translations.get(ENGLISH, API_WORDED.contains(key) ? forApi : key, plain(args));
    }

    private static final java.util.Set<String> API_WORDED = java.util.Set.of(
            "invoicing.received.error.notInvoice",
            "invoicing.received.error.pdfWithoutData",
            "invoicing.received.error.alreadyReceived",
            "invoicing.received.error.duplicate",
            "invoicing.received.error.issuedHere",
            "invoicing.received.error.otherMonth");

    private static Object[] plain(Object[] args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            plain[i] = switch (arg) {
                case null -> "—";
                case BigDecimal amount -> amount.toPlainString();
                case YearMonth month -> month.toString();
                case Integer count -> count;
                default -> String.valueOf(arg);
            };
        }
        return plain;
    }
}
