package app.avenant.invoicing;

import java.math.BigDecimal;

/**
 * What the whole invoice deducts and adds, against the statement: credits (service credits, units below the deadband;
 * allowances or lines of negative amount on the invoice) and charges (credits paid back), all positive, without VAT.
 */
public record CheckedAdjustments(
        BigDecimal expectedCredits,
        BigDecimal invoicedCredits,
        BigDecimal expectedCharges,
        BigDecimal invoicedCharges) {

    public boolean creditsAgree() {
        return expectedCredits.compareTo(invoicedCredits) == 0;
    }

    public boolean chargesAgree() {
        return expectedCharges.compareTo(invoicedCharges) == 0;
    }
}
