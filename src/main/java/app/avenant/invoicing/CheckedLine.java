package app.avenant.invoicing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One line of a received invoice set against the validated statement's line it bills.
 *
 * @param label         the statement's words for the line, or the invoice's when the statement has no such line
 * @param invoicedLabel the invoice's words, when they differ from the statement's
 * @param invoiced      what the invoice bills; null when it leaves the statement's line out
 * @param expected      what the statement validated; null when the invoice bills something it does not have
 */
public record CheckedLine(
        String label,
        @Nullable String invoicedLabel,
        @Nullable Figures invoiced,
        @Nullable Figures expected,
        Outcome outcome) {

    /** Quantity × unit price = amount, without VAT. */
    public record Figures(BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {}

    public enum Outcome {
        AGREES,
        /** Same unit price, another quantity. */
        QUANTITY,
        /** Same quantity, another unit price. */
        UNIT_PRICE,
        QUANTITY_AND_UNIT_PRICE,
        /** Same quantity and price, yet another amount (a line allowance, a rounding). */
        AMOUNT,
        /** On the statement, not on the invoice. */
        MISSING,
        /** On the invoice, not on the statement. */
        NOT_EXPECTED;

        public boolean agrees() {
            return this == AGREES;
        }
    }
}
