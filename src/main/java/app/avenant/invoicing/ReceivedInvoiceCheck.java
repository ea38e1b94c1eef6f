package app.avenant.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A received invoice and its check against the month's statement, as either side reads it. The check runs again on
 * every reading, so an invoice received before the statement was validated is judged once it is.
 *
 * @param syntax     {@code Factur-X}, {@code CII} or {@code UBL}
 * @param receivedBy who filed it: a person's name, or the API token's name
 * @param throughApi whether it came through the API
 * @param expectedNet   the statement's total due, what the invoice's total without VAT should be
 * @param expectedGross that total with VAT at the contract's rate
 * @param adjustments   credits and charges on the whole invoice, against the statement's
 * @param cancelledBy   who marked it cancelled by a credit note, when they did
 */
public record ReceivedInvoiceCheck(
        UUID id,
        String number,
        LocalDate issueDate,
        String sellerName,
        String syntax,
        String fileName,
        YearMonth month,
        String receivedBy,
        boolean throughApi,
        Instant receivedAt,
        BigDecimal net,
        BigDecimal vat,
        BigDecimal gross,
        BigDecimal expectedNet,
        BigDecimal expectedGross,
        CheckVerdict verdict,
        List<CheckedLine> lines,
        CheckedAdjustments adjustments,
        List<CheckFinding> findings,
        List<Remark> remarks,
        @Nullable String cancelledBy,
        @Nullable Instant cancelledAt) {

    public ReceivedInvoiceCheck {
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
        remarks = List.copyOf(remarks);
    }

    /**
     * How many things differ from the statement, as the gérante counts them: each line that differs and each
     * discrepancy beyond the lines; the totals count only when nothing else explains them (a quantity billed twice
     * makes its total wrong too: one discrepancy, not three).
     */
    public long discrepancies() {
        long lineCount = lines.stream().filter(l -> !l.outcome().agrees()).count();
        long causes = findings.stream()
                .filter(f -> f.code().discrepancy() && !f.code().consequence())
                .count();
        long totals = findings.stream()
                .filter(f -> f.code().discrepancy() && f.code().consequence())
                .count();
        return lineCount + causes > 0 ? lineCount + causes : totals;
    }

    /** Whether it was cancelled by a credit note. */
    public boolean cancelled() {
        return cancelledAt != null;
    }

    /**
     * What one side wrote to the other about the invoice, oldest first.
     *
     * @param cancellation written when marking the invoice cancelled by a credit note (the text is the credit note)
     */
    public record Remark(String author, boolean clientSide, String text, Instant writtenAt, boolean cancellation) {}
}
