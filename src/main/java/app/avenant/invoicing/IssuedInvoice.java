package app.avenant.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An invoice issued from a month's validated statement; its Factur-X file is kept as issued.
 *
 * @param net   total without VAT: the statement's total due, to the cent
 * @param gross what the client pays
 */
public record IssuedInvoice(
        String number,
        YearMonth month,
        LocalDate issueDate,
        LocalDate dueDate,
        PaymentTerms paymentTerms,
        BigDecimal vatRate,
        BigDecimal net,
        BigDecimal vat,
        BigDecimal gross,
        String issuedBy,
        Instant issuedAt) {}
