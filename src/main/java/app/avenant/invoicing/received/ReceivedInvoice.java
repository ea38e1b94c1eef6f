package app.avenant.invoicing.received;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What Avenant read of an invoice it received (EN 16931 business terms, whatever the syntax: Factur-X, CII or UBL).
 * Plain data, kept as read so a check can run again when the statement changes.
 *
 * @param syntax        how it came: {@code Factur-X}, {@code CII} or {@code UBL}
 * @param typeCode      BT-3 (380 an invoice)
 * @param contractReference BT-12, when given
 * @param periodStart   BT-73, when given
 * @param periodEnd     BT-74, when given
 * @param lines         every line (BG-25), credits written as lines of negative amount included
 * @param allowances    whole-invoice allowances (BG-20)
 * @param charges       whole-invoice charges (BG-21)
 */
public record ReceivedInvoice(
        String syntax,
        String number,
        LocalDate issueDate,
        String typeCode,
        String currency,
        @Nullable String contractReference,
        @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        Party seller,
        Party buyer,
        List<Line> lines,
        List<Amount> allowances,
        List<Amount> charges,
        List<VatBreakdown> vat,
        Totals totals) {

    public ReceivedInvoice {
        lines = List.copyOf(lines);
        allowances = List.copyOf(allowances);
        charges = List.copyOf(charges);
        vat = List.copyOf(vat);
    }

    /** The month the invoice bills, from its period; null when it gives none. */
    public @Nullable YearMonth periodMonth() {
        return periodStart != null ? YearMonth.from(periodStart) : periodEnd != null ? YearMonth.from(periodEnd) : null;
    }

    /** A party as the invoice names it (BG-4, BG-7); the SIREN from its legal registration, SIRET or French VAT number. */
    public record Party(
            String name,
            @Nullable String siren,
            @Nullable String siret,
            @Nullable String vatNumber) {}

    /**
     * One invoice line (BG-25).
     *
     * @param unitPrice the net price of one unit (BT-146 divided by the base quantity BT-149)
     * @param amount    the line's net amount (BT-131), the line's truth when the two disagree
     * @param vatRate   BT-152, when given
     */
    public record Line(
            String id,
            String name,
            BigDecimal quantity,
            String unitCode,
            BigDecimal unitPrice,
            BigDecimal amount,
            @Nullable BigDecimal vatRate) {}

    /** A whole-invoice allowance or charge: its reason and its positive amount without VAT. */
    public record Amount(String reason, BigDecimal amount) {}

    /** One VAT breakdown (BG-23): category (S standard, E exempt…), rate, taxable amount and VAT. */
    public record VatBreakdown(String category, BigDecimal rate, BigDecimal basis, BigDecimal amount) {}

    /** The document's totals (BG-22); {@code due} is the amount to pay (BT-115). */
    public record Totals(
            BigDecimal lines,
            BigDecimal allowances,
            BigDecimal charges,
            BigDecimal net,
            BigDecimal vat,
            BigDecimal gross,
            BigDecimal due) {}
}
