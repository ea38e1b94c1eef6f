package app.avenant.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a contract's trail as its owners read it, with the hashes that chain it (so an export can
 * be checked by anyone).
 *
 * @param subjectName the person the entry is about ({@code user=} in its details: who gained, lost or changed
 *                    access), by today's name; null when it names nobody or the account is gone
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
        String hash,
        @Nullable String subjectName) {

    public AuditEntryView(
            long seq,
            Instant occurredAt,
            @Nullable UUID actorUserId,
            String actorName,
            @Nullable String organisationName,
            AuditAction action,
            String details,
            String previousHash,
            String hash) {
        this(seq, occurredAt, actorUserId, actorName, organisationName, action, details, previousHash, hash, null);
    }
}
