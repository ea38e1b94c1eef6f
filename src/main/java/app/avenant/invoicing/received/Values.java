package app.avenant.invoicing.received;

import app.avenant.invoicing.received.ReceivedInvoice.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Amounts, quantities, dates and party identifiers as both syntaxes write them, refused by name when unreadable. */
final class Values {

    private static final DateTimeFormatter CII_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,15}(\\.[0-9]{0,6})?|[+-]?\\.[0-9]{1,6}");

    private Values() {}

    /** A decimal (amount, quantity, rate), or null when absent; refused with its business term when unreadable. */
    static @Nullable BigDecimal decimal(@Nullable String text, String term) {
        if (text == null) {
            return null;
        }
        String plain = text.strip();
        // xsd:decimal, within what an invoice holds: no exponent, at most 15 digits before the point and 6 after
        if (!DECIMAL.matcher(plain).matches()) {
            throw new UnreadableInvoiceException("invoicing.received.error.value", term, shortened(text));
        }
        return new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain);
    }

    static BigDecimal decimalOrZero(@Nullable String text, String term) {
        BigDecimal value = decimal(text, term);
        return value == null ? BigDecimal.ZERO : value;
    }

    /** CII's date, format 102 (yyyyMMdd); null when absent. */
    static @Nullable LocalDate ciiDate(@Nullable String text, String term) {
        return date(text, term, CII_DATE);
    }

    /** UBL's date, ISO (yyyy-MM-dd); null when absent. */
    static @Nullable LocalDate isoDate(@Nullable String text, String term) {
        return date(text, term, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static @Nullable LocalDate date(@Nullable String text, String term, DateTimeFormatter format) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), format);
        } catch (DateTimeParseException e) {
            throw new UnreadableInvoiceException("invoicing.received.error.value", term, shortened(text));
        }
    }

    /**
     * The party with its SIREN: its legal registration (scheme 0002, or nine digits without a scheme), else the first
     * nine digits of its SIRET (scheme 0009), else the last nine of a French VAT number.
     */
    static Party party(
            @Nullable String name,
            @Nullable String legalId,
            @Nullable String legalScheme,
            @Nullable String siret,
            @Nullable String vatNumber) {
        String siren = null;
        String legal = digits(legalId);
        if (legal != null && legal.length() == 9 && (legalScheme == null || legalScheme.equals("0002"))) {
            siren = legal;
        }
        String siretDigits = digits(siret);
        if (siretDigits == null && legal != null && legal.length() == 14 && "0009".equals(legalScheme)) {
            siretDigits = legal;
        }
        if (siretDigits != null && siretDigits.length() != 14) {
            siretDigits = null;
        }
        String vat = vatNumber == null ? null : vatNumber.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (siren == null && siretDigits != null) {
            siren = siretDigits.substring(0, 9);
        }
        if (siren == null && vat != null && vat.matches("FR[0-9A-Z]{2}[0-9]{9}")) {
            siren = vat.substring(4);
        }
        return new Party(name == null ? "" : shortened(name), siren, siretDigits, vat);
    }

    private static @Nullable String digits(@Nullable String id) {
        if (id == null) {
            return null;
        }
        String digits = id.replace(" ", "").replace("\u00a0", "");
        return digits.matches("[0-9]+") ? digits : null;
    }

    /** Texts from the file are shown back: at most 200 characters of them. */
    static String shortened(String text) {
        String s = text.strip();
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }
}
