package app.avenant.audit.domain;

import app.avenant.audit.IntegrityReport;
import app.avenant.audit.IntegrityReport.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One verification of the chain, fed its entries in order, whatever their number: nothing is kept but the
 * last hash, so memory stays bounded. Checks each entry's hash under the key's rule (content changed, or
 * re-chained by someone without the key), its link to the previous one, its number (a deleted entry), and
 * the hash the checkpoints outside the database remember for it; then, at the end, that the chain reaches
 * the last checkpoint and the legacy entries the key file counts (a deleted tail), and agrees with the head
 * row. Plain Java: tested without Spring or database.
 */
final class ChainWalk {

    private final ChainKey key;
    private final Map<Long, String> checkpointed = new HashMap<>();
    private final long lastCheckpoint;
    private long walked;
    private String lastHash = AuditHash.GENESIS;

    ChainWalk(ChainKey key, List<Checkpoint> checkpoints) {
        this.key = key;
        // oldest first: a later checkpoint of the same number (never expected) wins
        checkpoints.forEach(c -> checkpointed.put(c.seq(), c.hash()));
        this.lastCheckpoint =
                checkpoints.stream().mapToLong(Checkpoint::seq).max().orElse(0);
    }

    /** The next entry in order of number; the report of the first problem if it does not hold, else null. */
    @Nullable
    IntegrityReport next(AuditEntry e) {
        long expected = walked + 1;
        if (e.seq() != expected) {
            return broken(expected, Problem.GAP);
        }
        if (!key.hashOf(e).equals(e.hash())) {
            return broken(expected, Problem.HASH_MISMATCH);
        }
        if (!e.previousHash().equals(lastHash)) {
            return broken(expected, Problem.PREVIOUS_LINK_MISMATCH);
        }
        String remembered = checkpointed.get(e.seq());
        if (remembered != null && !remembered.equals(e.hash())) {
            return broken(expected, Problem.CHECKPOINT_MISMATCH);
        }
        walked = e.seq();
        lastHash = e.hash();
        return null;
    }

    /** The number of the last entry that held: the next page of the walk starts after it. */
    long walked() {
        return walked;
    }

    /** Once the last entry is read: does the end of the chain agree with what is known of it elsewhere? */
    IntegrityReport end(long headSeq, String headHash) {
        // the checkpoints and the key file are outside the database: the strongest evidence comes first
        if (walked < lastCheckpoint || walked < key.keyedFrom() - 1 || walked < headSeq) {
            return broken(walked + 1, Problem.TRUNCATED);
        }
        if (walked > headSeq) {
            return broken(headSeq + 1, Problem.BEYOND_HEAD);
        }
        if (walked > 0 && !headHash.equals(lastHash)) {
            return broken(walked, Problem.HEAD_MISMATCH);
        }
        return IntegrityReport.intact(walked);
    }

    private IntegrityReport broken(long seq, Problem problem) {
        return IntegrityReport.broken(walked, seq, problem);
    }
}
