package app.avenant.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * @param requestedAt  optional: when it was asked for (a document received, a ticket opened), the contract's local
 *                     time; when a service level of the terms sets a deadline on its scope item, the due date is
 *                     computed from it (decision 0053)
 * @param deliveredAt  optional: when it was delivered, to the minute; its day is {@code deliveredOn}
 * @param dueAt        the moment it is due when a deadline computed it; set by the service, never by a channel
 */
public record DeliverableInput(
        String reference,
        String scopeItemKey,
        LocalDate dueDate,
        @Nullable LocalDate deliveredOn,
        long units,
        @Nullable QualityOutcome quality,
        @Nullable BigDecimal cost,
        @Nullable LocalDateTime requestedAt,
        @Nullable LocalDateTime deliveredAt,
        @Nullable LocalDateTime dueAt) {

    /** A deliverable known by its days only, as every channel sent them before deadlines existed. */
    public DeliverableInput(
            String reference,
            String scopeItemKey,
            LocalDate dueDate,
            @Nullable LocalDate deliveredOn,
            long units,
            @Nullable QualityOutcome quality,
            @Nullable BigDecimal cost) {
        this(reference, scopeItemKey, dueDate, deliveredOn, units, quality, cost, null, null, null);
    }

    /** The same deliverable with the times a channel read. */
    public DeliverableInput withTimes(@Nullable LocalDateTime requested, @Nullable LocalDateTime delivered) {
        return new DeliverableInput(
                reference,
                scopeItemKey,
                dueDate,
                delivered != null ? delivered.toLocalDate() : deliveredOn,
                units,
                quality,
                cost,
                requested,
                delivered,
                dueAt);
    }

    /** The same deliverable due when its deadline says. */
    public DeliverableInput dueBy(LocalDateTime due) {
        return new DeliverableInput(
                reference,
                scopeItemKey,
                due.toLocalDate(),
                deliveredOn,
                units,
                quality,
                cost,
                requestedAt,
                deliveredAt,
                due);
    }

    /** Delivered by its due moment when both are known to the minute, else by its due day. */
    public @Nullable Boolean onTime() {
        if (deliveredOn == null) {
            return null;
        }
        if (dueAt != null && deliveredAt != null) {
            return !deliveredAt.isAfter(dueAt);
        }
        return !deliveredOn.isAfter(dueDate);
    }
}
