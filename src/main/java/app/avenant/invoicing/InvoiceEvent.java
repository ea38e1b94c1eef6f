package app.avenant.invoicing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/** What the audit trail records of invoices: one issued (in its transaction), one downloaded (at once). */
public sealed interface InvoiceEvent {

    UUID contractId();

    record Issued(UUID contractId, YearMonth month, String number, BigDecimal gross, UUID actorId)
            implements InvoiceEvent {}

    record Downloaded(UUID contractId, YearMonth month, String fileName) implements InvoiceEvent {}
}
