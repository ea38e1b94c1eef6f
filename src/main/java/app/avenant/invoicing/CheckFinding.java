package app.avenant.invoicing;

import java.util.List;

/**
 * Something the check of a received invoice found beyond its lines, worded by the screen from its code
 * ({@code invoicing.received.finding.<CODE>}) and arguments (amounts, rates, numbers, months).
 */
public record CheckFinding(Code code, List<Object> args) {

    public CheckFinding {
        args = List.copyOf(args);
    }

    public static CheckFinding of(Code code, Object... args) {
        return new CheckFinding(code, List.of(args));
    }

    public enum Code {
        /** The month's statement is not validated by both sides yet: nothing can be declared in line with it. */
        NOT_VALIDATED(false),
        /** Another invoice already bills the month (args: their numbers, how many). */
        ALREADY_INVOICED(true),
        /** Not in euros (args: the currency). */
        CURRENCY(true),
        /** Service credits or units below the deadband not deducted, or not all (args: expected, deducted). */
        CREDITS_NOT_DEDUCTED(true),
        /** More deducted than the statement's credits (args: expected, deducted). */
        ALLOWANCES_DIFFER(true),
        /** Charges other than the statement's (credits paid back) (args: expected, invoiced). */
        CHARGES_DIFFER(true),
        /** A VAT rate other than the contract's (args: invoiced rate, expected rate). */
        VAT_RATE(true),
        /** A VAT amount that is not its base times its rate (args: stated, computed). */
        VAT_AMOUNT(true),
        /** The total without VAT is not the statement's total due (args: invoiced, expected). */
        NET_TOTAL(true),
        /** The total with VAT is not what the statement makes at the contract's rate (args: invoiced, expected). */
        GROSS_TOTAL(true),
        /** The invoice's own figures do not add up (args: which total, stated, computed). */
        DOES_NOT_ADD_UP(true),
        /** The invoice gives no billing period: it was taken as the month it was filed under (args: the month). */
        PERIOD_MISSING(false),
        /**
         * Dated before the end of the period it bills (args: its date, the period's end): a service is invoiced once
         * rendered (CGI art. 289), unless it is an advance.
         */
        ISSUED_EARLY(false),
        /** The buyer's SIREN, a mandatory mention since 2026, is not on the invoice. */
        BUYER_SIREN_MISSING(false),
        /** The invoice names a contract reference Avenant does not know (args: the reference). */
        CONTRACT_REFERENCE_UNKNOWN(false),
        /** A party's SIREN is missing in Avenant or on the invoice: who issued it to whom was not verified. */
        PARTIES_NOT_VERIFIED(false);

        private final boolean discrepancy;

        Code(boolean discrepancy) {
            this.discrepancy = discrepancy;
        }

        /** A discrepancy keeps the invoice from being in line with the statement; the others are for information. */
        public boolean discrepancy() {
            return discrepancy;
        }

        /** The totals, which differ as a consequence of a line, a credit or a rate that differs. */
        public boolean consequence() {
            return this == NET_TOTAL || this == GROSS_TOTAL;
        }
    }
}
