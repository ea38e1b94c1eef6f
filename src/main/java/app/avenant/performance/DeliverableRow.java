package app.avenant.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stored deliverable as lists show it. {@code onTime} is null while pending. */
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
        boolean locked) {}
