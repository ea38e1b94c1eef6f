package app.avenant.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The canonical string of an entry and the two ways of hashing it (lower-case hex). The canonical string holds
 * all its columns followed by the previous entry's hash, each value written as its length, a colon and the
 * value itself, so no choice of details can make two different entries read the same (no separator to forge);
 * a missing value is "-". Times are written as epoch microseconds, whatever the database's time zone.
 * <p>
 * {@link #plain} (SHA-256) is what the chain used before decision 0013: anyone can recompute it, so it only
 * still checks the legacy entries. {@link #keyed} (HMAC-SHA256) needs the secret kept outside the database
 * ({@link ChainKey}), which is what makes a consistent rewrite by the database's owner detectable.
 */
public final class AuditHash {

    /** The previous hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    static String canonical(AuditEntry e) {
        return canonical(
                e.seq(),
                e.occurredAt().getEpochSecond() * 1_000_000L + e.occurredAt().getNano() / 1_000,
                str(e.actorUserId()),
                e.actorName(),
                str(e.organisationId()),
                str(e.contractId()),
                e.action().name(),
                e.details(),
                e.previousHash());
    }

    /** The canonical string of a row given column by column (times in epoch microseconds, ids as text). */
    public static String canonical(
            long seq,
            long occurredAtMicros,
            @Nullable String actorUserId,
            String actorName,
            @Nullable String organisationId,
            @Nullable String contractId,
            String action,
            String details,
            String previousHash) {
        StringBuilder canonical = new StringBuilder(256 + details.length());
        for (@Nullable
        String field : new @Nullable String[] {
            Long.toString(seq),
            Long.toString(occurredAtMicros),
            actorUserId,
            actorName,
            organisationId,
            contractId,
            action,
            details,
            previousHash
        }) {
            if (field == null) {
                canonical.append('-');
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
            canonical.append('|');
        }
        return canonical.toString();
    }

    /** SHA-256 of the canonical string: the legacy entries' hash, and what a forger without the key computes. */
    public static String plain(String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** HMAC-SHA256 of the canonical string under the chain's secret. */
    static String keyed(byte[] secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has HmacSHA256", e);
        }
    }

    private static @Nullable String str(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
