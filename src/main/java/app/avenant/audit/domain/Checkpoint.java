package app.avenant.audit.domain;

import java.time.Instant;

/** The end of the chain as the application appended it, at a moment: kept outside the database. */
public record Checkpoint(Instant at, long seq, String hash) {

    /** One line of the checkpoint file: {@code 2026-12-05T13:40:00Z seq=123 hash=ab12…}. */
    String line() {
        return at + " seq=" + seq + " hash=" + hash;
    }

    /** The checkpoint a line holds, or null for a line that is not one (cut short by a crash, say). */
    static @org.jspecify.annotations.Nullable Checkpoint parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 3
                || !parts[1].startsWith("seq=")
                || !parts[2].startsWith("hash=")
                || parts[2].length() != "hash=".length() + 64) {
            return null;
        }
        try {
            return new Checkpoint(
                    Instant.parse(parts[0]), Long.parseLong(parts[1].substring(4)), parts[2].substring(5));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
