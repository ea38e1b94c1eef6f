package app.avenant.governance;

import java.time.Instant;
import java.util.UUID;

/** One row of a contract's reviews. */
public record ReviewSummary(
        UUID id,
        Instant startsAt,
        Instant endsAt,
        String agenda,
        ReviewStatus status,
        boolean upcoming,
        long openActions,
        long overdueActions) {}
