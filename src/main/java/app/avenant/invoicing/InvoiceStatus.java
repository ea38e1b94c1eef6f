package app.avenant.invoicing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A month's invoice as the statement shows it to either side.
 *
 * @param issued   the invoice, once issued
 * @param mayIssue whether the caller is one who issues it (a provider's approver) and it is not issued yet; whether
 *                 it can be issued now is {@link Invoices#preview}'s answer
 * @param providerSide whether the caller is on the provider's side (the side that issues it)
 * @param vatRate  the rate the next invoice of this contract proposes: its last invoice's, 20 % at first
 * @param terms    the payment terms it proposes likewise
 */
public record InvoiceStatus(
        @Nullable IssuedInvoice issued,
        boolean mayIssue,
        boolean providerSide,
        BigDecimal vatRate,
        PaymentTerms terms) {}
