package app.avenant.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the whole chain: intact with the number of entries checked, or the first broken
 * link and why.
 *
 * @param checked   entries read before stopping (all of them when intact)
 * @param brokenSeq the first entry that does not hold: for a truncated tail the first one missing, for entries
 *                  beyond the head the first of them
 */
public record IntegrityReport(
        boolean intact,
        long checked,
        @Nullable Long brokenSeq,
        @Nullable Problem problem) {

    public enum Problem {
        /** The entry's stored hash is not the hash of its content: the row was changed. */
        HASH_MISMATCH,
        /** The entry's previous hash is not the hash of the entry before it. */
        PREVIOUS_LINK_MISMATCH,
        /** A sequence number is missing: an entry was deleted. */
        GAP,
        /**
         * The chain ends before the last entry the application appended (per the head, the checkpoints kept
         * outside the database or the key file): its tail was deleted.
         */
        TRUNCATED,
        /** The entry's hash is not the one the checkpoints kept outside the database remember for it. */
        CHECKPOINT_MISMATCH,
        /** Entries follow the one the head names as the last: the head was moved back. */
        BEYOND_HEAD,
        /** The head names the last entry but not its hash: the head or the last entry was changed. */
        HEAD_MISMATCH
    }

    public static IntegrityReport intact(long checked) {
        return new IntegrityReport(true, checked, null, null);
    }

    public static IntegrityReport broken(long checked, long seq, Problem problem) {
        return new IntegrityReport(false, checked, seq, problem);
    }
}
