package app.avenant.invoicing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A month's invoice. Reading: any member of the contract (both sides). Issuing: the provider's approvers (owner,
 * manager), once both sides validated the month. Non-members get {@link app.avenant.contract.ContractNotFoundException}.
 */
public interface Invoices {

    /**
     * The VAT rates of mainland France an invoice may carry (CGI art. 278 to 281 nonies): 20 % (most services), 10 %,
     * 5,5 % and 2,1 %. An organisation under the franchise charges none, whatever is chosen.
     */
    List<BigDecimal> FRENCH_VAT_RATES =
            List.of(new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("5.5"), new BigDecimal("2.1"));

    /** The month's invoice if issued, and what the next one proposes. Any member; one statement. */
    InvoiceStatus status(UUID contractId, YearMonth month);

    /**
     * The invoice as it would be issued now, with what is missing; a provider's approver only; refused with an
     * {@link InvoiceRuleException} when the month is not validated by both sides or already invoiced.
     */
    InvoicePreview preview(UUID contractId, YearMonth month, BigDecimal vatRate, PaymentTerms terms);

    /**
     * Issues the month's invoice: the next number of the provider's organisation, the statement's lines, the VAT rate
     * (one of {@link #FRENCH_VAT_RATES}, proposed again for the contract's next invoices) and payment terms; refused whole with an
     * {@link InvoiceRuleException} (month not validated, identity missing, already issued).
     */
    IssuedInvoice issue(UUID contractId, YearMonth month, BigDecimal vatRate, PaymentTerms terms);

    /** The Factur-X PDF as issued; {@link InvoiceNotFoundException} when the month has none. */
    InvoiceFile file(UUID contractId, YearMonth month);

    /** A Factur-X PDF to download. */
    record InvoiceFile(String fileName, byte[] content) {}
}
