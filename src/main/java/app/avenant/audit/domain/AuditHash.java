package app.avenant.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash of an entry: SHA-256, lower-case hex, of a canonical string of all its columns followed by the
 * previous entry's hash. Each value is written as its length, a colon and the value itself, so no choice of
 * details can make two different entries read the same (no separator to forge); a missing value is "-".
 * Times are written as epoch microseconds, whatever the database's time zone.
 */
public final class AuditHash {

    /** The previous hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(AuditEntry e) {
        return of(e.seq(), e.occurredAt().getEpochSecond() * 1_000_000L + e.occurredAt().getNano() / 1_000,
                str(e.actorUserId()), e.actorName(), str(e.organisationId()), str(e.contractId()),
                e.action().name(), e.details(), e.previousHash());
    }

    /** The hash of a row given column by column (times in epoch microseconds, ids as text). */
    public static String of(long seq, long occurredAtMicros, @Nullable String actorUserId, String actorName,
                     @Nullable String organisationId, @Nullable String contractId, String action, String details,
                     String previousHash) {
        StringBuilder canonical = new StringBuilder(256 + details.length());
        for (@Nullable String field : new @Nullable String[] {Long.toString(seq), Long.toString(occurredAtMicros),
                actorUserId, actorName, organisationId, contractId, action, details, previousHash}) {
            if (field == null) {
                canonical.append('-');
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
            canonical.append('|');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static @Nullable String str(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
