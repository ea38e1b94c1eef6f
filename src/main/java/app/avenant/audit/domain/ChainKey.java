package app.avenant.audit.domain;

/**
 * The chain's secret and the rule both append and verify follow: entries numbered from {@code keyedFrom} on
 * are hashed with HMAC-SHA256 under the secret; the ones before it were written before the chain had a key
 * and keep their plain SHA-256. Both values come from the key file, outside the database, so nobody can move
 * the boundary with SQL. Never printed: {@link #toString()} leaves the secret out.
 */
public final class ChainKey {

    /** Shorter secrets are refused: 32 random bytes is HMAC-SHA256's own block of strength. */
    static final int MIN_SECRET_BYTES = 32;

    private final byte[] secret;
    private final long keyedFrom;

    ChainKey(byte[] secret, long keyedFrom) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The audit chain's secret needs " + MIN_SECRET_BYTES + " bytes or more");
        }
        if (keyedFrom < 1) {
            throw new IllegalArgumentException("Entries are numbered from 1: keyedFrom=" + keyedFrom);
        }
        this.secret = secret.clone();
        this.keyedFrom = keyedFrom;
    }

    /** The first sequence number hashed with the key. */
    public long keyedFrom() {
        return keyedFrom;
    }

    /** The hash entry {@code seq} must carry, given its canonical string ({@link AuditHash#canonical}). */
    public String hash(long seq, String canonical) {
        return seq < keyedFrom ? AuditHash.plain(canonical) : AuditHash.keyed(secret, canonical);
    }

    String hashOf(AuditEntry e) {
        return hash(e.seq(), AuditHash.canonical(e));
    }

    @Override
    public String toString() {
        return "ChainKey[keyedFrom=" + keyedFrom + ", secret hidden]";
    }
}
