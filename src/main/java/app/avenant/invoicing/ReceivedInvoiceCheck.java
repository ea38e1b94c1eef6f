package app.avenant.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A received invoice and its check against the month's statement, as either side reads it. The check runs again on
 * every reading, so an invoice received before the statement was validated is judged once it is.
 *
 * @param syntax     {@code Factur-X}, {@code CII} or {@code UBL}
 * @param receivedBy who filed it: a person's name, or the API token's name
 * @param throughApi whether it came through the API
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
        CheckVerdict verdict,
        List<CheckedLine> lines,
        List<CheckFinding> findings,
        List<Remark> remarks) {

    public ReceivedInvoiceCheck {
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
        remarks = List.copyOf(remarks);
    }

    /** The lines that differ from the statement. */
    public long linesDiffering() {
        return lines.stream().filter(l -> !l.outcome().agrees()).count();
    }

    /** What one side wrote to the other about the invoice, oldest first. */
    public record Remark(String author, boolean clientSide, String text, Instant writtenAt) {}
}
