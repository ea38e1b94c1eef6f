package app.avenant.invoicing.facturx;

import app.avenant.identity.VatRegime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the Factur-X says, computed before any XML: lines, whole-invoice allowances and charges, VAT and
 * totals to the cent, the dates and the French mandatory mentions. Plain Java, so the figures are tested without
 * the PDF.
 *
 * @param vatRate   percent; 0 under the VAT franchise
 * @param mentions  the notes every French B2B invoice must carry (Code de commerce L441-9, CGI art. 242 nonies A)
 */
public record InvoiceDocument(
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        String paymentTermsText,
        YearMonth period,
        String contractReference,
        InvoiceParty seller,
        InvoiceParty buyer,
        List<InvoiceLine> lines,
        List<Adjustment> adjustments,
        BigDecimal vatRate,
        List<String> mentions) {

    public InvoiceDocument {
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
        mentions = List.copyOf(mentions);
    }

    /** Sum of the lines (BT-106). */
    public BigDecimal lineTotal() {
        return lines.stream()
                .map(InvoiceLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    /** Total without VAT (BT-109): lines − allowances + charges. */
    public BigDecimal net() {
        BigDecimal net = lineTotal();
        for (Adjustment a : adjustments) {
            net = a.allowance() ? net.subtract(a.amount()) : net.add(a.amount());
        }
        return net.setScale(2);
    }

    /** VAT (BT-110): one rate on the whole net, rounded half-up once. */
    public BigDecimal vat() {
        return net().multiply(vatRate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** Total with VAT (BT-112), what the client pays. */
    public BigDecimal gross() {
        return net().add(vat());
    }

    public boolean franchise() {
        return seller.identity().vatRegime() == VatRegime.FRANCHISE;
    }
}
