package app.avenant.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562): the first 48 bits are the creation time in milliseconds, the rest random.
 * For tables that grow by the thousand (deliverables): a random (version 4) key puts each new row at a random
 * place of the primary key, so every insert of a large table reads and dirties pages all over it; a time-ordered
 * key appends at its end (MariaDB's {@code uuid} type keeps version 7 in its own order, H2 sorts the bytes). With
 * a million deliverables, batches of 1 000 were held back by random page reads (issue 13).
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {}

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        long randomHigh = RANDOM.nextLong();
        long randomLow = RANDOM.nextLong();
        long most = (epochMillis << 16) | 0x7000L | (randomHigh & 0x0FFFL);
        long least = (randomLow & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }
}
