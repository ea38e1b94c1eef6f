package app.avenant.audit.domain;

import app.avenant.audit.AuditAction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a listener wants recorded. The time is cut to the microsecond (what a timestamp(6) column keeps, so
 * the hash computed before the insert is the hash of what is read back); names and details are cut to
 * their columns' length.
 */
public record NewAuditEntry(
        Instant occurredAt,
        @Nullable UUID actorUserId,
        String actorName,
        @Nullable UUID organisationId,
        @Nullable UUID contractId,
        AuditAction action,
        String details) {

    public NewAuditEntry {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        actorName = cut(actorName, AuditEntry.ACTOR_NAME_MAX);
        details = cut(details, AuditEntry.DETAILS_MAX);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
