package app.avenant.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored deliverable as lists show it. {@code onTime} is null while pending. The times are null for a deliverable
 * known by its days only; {@code dueAt} is set when a service level's deadline computed the due date.
 */
public record DeliverableRow(
        UUID id,
        String reference,
        String scopeItemKey,
        String scopeItemTitle,
        LocalDate dueDate,
        @Nullable LocalDate deliveredOn,
        long units,
        @Nullable QualityOutcome quality,
        @Nullable BigDecimal cost,
        @Nullable Boolean onTime,
        DeliverableSource source,
        String recordedBy,
        Instant recordedAt,
        boolean locked,
        @Nullable LocalDateTime requestedAt,
        @Nullable LocalDateTime dueAt,
        @Nullable LocalDateTime deliveredAt) {

    public DeliverableRow(
            UUID id,
            String reference,
            String scopeItemKey,
            String scopeItemTitle,
            LocalDate dueDate,
            @Nullable LocalDate deliveredOn,
            long units,
            @Nullable QualityOutcome quality,
            @Nullable BigDecimal cost,
            @Nullable Boolean onTime,
            DeliverableSource source,
            String recordedBy,
            Instant recordedAt,
            boolean locked) {
        this(
                id,
                reference,
                scopeItemKey,
                scopeItemTitle,
                dueDate,
                deliveredOn,
                units,
                quality,
                cost,
                onTime,
                source,
                recordedBy,
                recordedAt,
                locked,
                null,
                null,
                null);
    }
}
