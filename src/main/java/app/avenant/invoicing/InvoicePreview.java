package app.avenant.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the invoice would be if issued now, for the provider's approver to check before issuing.
 *
 * @param missing what must be given first (translation keys): the parties' legal identities; empty when it can be
 *                issued
 * @param lines   the number of invoice lines (each band, fixed charge, ARC line of the statement)
 * @param lineTotal   their sum
 * @param adjustments allowances (negative: service credits, units below the deadband) and charges (earn-back), net
 */
public record InvoicePreview(
        List<String> missing,
        int lines,
        BigDecimal lineTotal,
        BigDecimal adjustments,
        BigDecimal net,
        BigDecimal vatRate,
        BigDecimal vat,
        BigDecimal gross,
        LocalDate issueDate,
        LocalDate dueDate) {

    public InvoicePreview {
        missing = List.copyOf(missing);
    }
}
