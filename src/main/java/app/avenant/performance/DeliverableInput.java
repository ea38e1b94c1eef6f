package app.avenant.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One deliverable as typed in a form, read from a CSV line or received by the API, once each channel has
 * turned its text into types. The business rules (same for the three channels) are checked by the service,
 * which reports each broken one as a {@link DeliverableViolation}.
 *
 * @param reference    the provider's reference, unique within the contract (the API is idempotent on it)
 * @param scopeItemKey the scope item delivered (key of the terms pricing that month)
 * @param dueDate      when it was due
 * @param deliveredOn  when it was delivered; null while pending
 * @param units        units delivered, e.g. 412 invoices (&ge; 1)
 * @param quality      how it was received; null while pending, required once delivered
 * @param cost         optional extra cost charged for this deliverable, in euros (&ge; 0, cents)
 */
public record DeliverableInput(
        String reference,
        String scopeItemKey,
        LocalDate dueDate,
        @Nullable LocalDate deliveredOn,
        long units,
        @Nullable QualityOutcome quality,
        @Nullable BigDecimal cost) {}
