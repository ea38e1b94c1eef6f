package app.avenant.invoicing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the audit trail records of invoices: one issued, received or written about (in its transaction), one
 * downloaded (at once).
 */
public sealed interface InvoiceEvent {

    UUID contractId();

    record Issued(UUID contractId, YearMonth month, String number, BigDecimal gross, UUID actorId)
            implements InvoiceEvent {}

    record Downloaded(UUID contractId, YearMonth month, String fileName) implements InvoiceEvent {}

    /**
     * A received invoice filed and checked: by a person ({@code actorId}) or an API token ({@code tokenName}) of the
     * PME's side ({@code byClient}) or the provider's.
     */
    record Received(
            UUID contractId,
            YearMonth month,
            String number,
            CheckVerdict verdict,
            @Nullable UUID actorId,
            @Nullable String tokenName,
            boolean byClient)
            implements InvoiceEvent {}

    /** The PME marked a received invoice cancelled by a credit note. */
    record Cancelled(UUID contractId, YearMonth month, String number, UUID actorId) implements InvoiceEvent {}

    /** One side wrote to the other about a received invoice. */
    record Remarked(
            UUID contractId, YearMonth month, String number, UUID actorId, boolean byClient, boolean cancellation)
            implements InvoiceEvent {}
}
