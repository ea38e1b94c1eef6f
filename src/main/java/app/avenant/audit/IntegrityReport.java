package app.avenant.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the whole chain: intact with the number of entries checked, or the first broken
 * link and why.
 *
 * @param checked   entries read before stopping (all of them when intact)
 * @param brokenSeq the first entry that does not hold, or (for a truncated tail) the last one the head expects
 */
public record IntegrityReport(boolean intact, long checked, @Nullable Long brokenSeq, @Nullable Problem problem) {

    public enum Problem {
        /** The entry's stored hash is not the hash of its content: the row was changed. */
        HASH_MISMATCH,
        /** The entry's previous hash is not the hash of the entry before it. */
        PREVIOUS_LINK_MISMATCH,
        /** A sequence number is missing: an entry was deleted. */
        GAP,
        /** The chain ends before the last entry the application appended: its tail was deleted. */
        TRUNCATED
    }

    public static IntegrityReport intact(long checked) {
        return new IntegrityReport(true, checked, null, null);
    }

    public static IntegrityReport broken(long checked, long seq, Problem problem) {
        return new IntegrityReport(false, checked, seq, problem);
    }
}
