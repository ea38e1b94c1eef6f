package app.avenant.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a contract's trail as its owners read it, with the hashes that chain it (so an export can
 * be checked by anyone).
 */
public record AuditEntryView(
        long seq,
        Instant occurredAt,
        @Nullable UUID actorUserId,
        String actorName,
        @Nullable String organisationName,
        AuditAction action,
        String details,
        String previousHash,
        String hash) {}
