package app.avenant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.audit.AuditAction;
import app.avenant.audit.IntegrityReport;
import app.avenant.audit.IntegrityReport.Problem;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Verification's rules on chains built in memory: what a forger can and cannot do, without a database. */
class ChainWalkTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    private final ChainKey key = key(1);
    /** What someone without the key computes: plain SHA-256 for every number. */
    private final ChainKey noKey = key(Long.MAX_VALUE);

    @Test
    void an_untouched_keyed_chain_that_agrees_with_its_head_and_checkpoints_is_intact() {
        List<AuditEntry> chain = chain(key, 5);

        IntegrityReport report =
                walk(key, chain, List.of(checkpoint(chain.get(2)), checkpoint(chain.get(4))), chain.getLast());

        assertThat(report).isEqualTo(IntegrityReport.intact(5));
    }

    @Test
    void a_row_deleted_and_the_rest_renumbered_and_rechained_without_the_key_is_reported_at_the_first_forged_entry() {
        List<AuditEntry> chain = chain(key, 6);
        List<AuditEntry> forged = new ArrayList<>(chain.subList(0, 2)); // #3 deleted
        for (AuditEntry moved : chain.subList(3, 6)) {
            forged.add(copy(noKey, moved.seq() - 1, moved, forged.getLast().hash()));
        }

        IntegrityReport report = walk(key, forged, List.of(), forged.getLast());

        assertThat(report).isEqualTo(IntegrityReport.broken(2, 3, Problem.HASH_MISMATCH));
    }

    @Test
    void legacy_entries_keep_verifying_with_plain_sha256_and_rechaining_them_breaks_the_first_keyed_link() {
        ChainKey keyedFromFour = key(4);
        List<AuditEntry> chain = new ArrayList<>(chain(noKey, 3)); // written before the key existed
        for (int i = 0; i < 3; i++) {
            chain.add(new AuditEntry(
                    chain.size() + 1,
                    entry("after the key " + i),
                    chain.getLast().hash(),
                    keyedFromFour));
        }
        assertThat(walk(keyedFromFour, chain, List.of(), chain.getLast()).intact())
                .isTrue();

        // #2 changed and the legacy entries re-chained with plain SHA-256, as anyone could
        List<AuditEntry> forged = new ArrayList<>(chain.subList(0, 1));
        forged.add(new AuditEntry(2, entry("rewritten"), forged.getLast().hash(), noKey));
        forged.add(copy(noKey, 3, chain.get(2), forged.getLast().hash()));
        forged.addAll(chain.subList(3, 6));

        IntegrityReport report = walk(keyedFromFour, forged, List.of(), forged.getLast());

        assertThat(report).isEqualTo(IntegrityReport.broken(3, 4, Problem.PREVIOUS_LINK_MISMATCH));
    }

    @Test
    void a_tail_deleted_with_the_head_moved_back_is_caught_by_the_last_checkpoint() {
        List<AuditEntry> chain = chain(key, 8);
        List<AuditEntry> cut = chain.subList(0, 5);

        IntegrityReport report =
                walk(key, cut, List.of(checkpoint(chain.get(3)), checkpoint(chain.get(7))), cut.getLast());

        assertThat(report).isEqualTo(IntegrityReport.broken(5, 6, Problem.TRUNCATED));
        assertThat(walk(key, cut, List.of(), cut.getLast()).intact())
                .as("without checkpoints a clean cut with the head moved back goes unseen: why they exist")
                .isTrue();
    }

    @Test
    void a_chain_shorter_than_the_legacy_part_the_key_file_counts_is_truncated() {
        ChainKey keyedFromSix = key(6);
        List<AuditEntry> legacy = chain(noKey, 3);

        assertThat(walk(keyedFromSix, legacy, List.of(), legacy.getLast()))
                .isEqualTo(IntegrityReport.broken(3, 4, Problem.TRUNCATED));
    }

    @Test
    void an_entry_whose_hash_differs_from_its_checkpoint_is_reported_even_when_the_chain_holds() {
        List<AuditEntry> chain = chain(key, 4);
        Checkpoint other = new Checkpoint(T0, 3, "f".repeat(64));

        assertThat(walk(key, chain, List.of(other), chain.getLast()))
                .isEqualTo(IntegrityReport.broken(2, 3, Problem.CHECKPOINT_MISMATCH));
    }

    @Test
    void entries_beyond_the_head_a_head_ahead_of_the_chain_and_a_head_with_another_hash_are_reported() {
        List<AuditEntry> chain = chain(key, 4);

        assertThat(walk(key, chain, List.of(), chain.get(2)))
                .isEqualTo(IntegrityReport.broken(4, 4, Problem.BEYOND_HEAD));
        assertThat(end(key, chain, 6, chain.getLast().hash()))
                .isEqualTo(IntegrityReport.broken(4, 5, Problem.TRUNCATED));
        assertThat(end(key, chain, 4, "a".repeat(64))).isEqualTo(IntegrityReport.broken(4, 4, Problem.HEAD_MISMATCH));
    }

    @Test
    void a_missing_number_and_a_changed_row_are_reported_where_they_are() {
        List<AuditEntry> chain = chain(key, 4);
        List<AuditEntry> gap = List.of(chain.get(0), chain.get(2), chain.get(3));
        List<AuditEntry> changed = new ArrayList<>(chain);
        // content changed, its stored hash not the one the chain's key gives it
        changed.set(1, new AuditEntry(2, entry("changed"), chain.get(0).hash(), key(1)));

        assertThat(walk(key, gap, List.of(), chain.getLast())).isEqualTo(IntegrityReport.broken(1, 2, Problem.GAP));
        assertThat(walk(key, changed, List.of(), chain.getLast()))
                .isEqualTo(IntegrityReport.broken(1, 2, Problem.HASH_MISMATCH));
    }

    private static IntegrityReport walk(
            ChainKey key, List<AuditEntry> entries, List<Checkpoint> checkpoints, AuditEntry head) {
        ChainWalk walk = new ChainWalk(key, checkpoints);
        for (AuditEntry e : entries) {
            @Nullable IntegrityReport broken = walk.next(e);
            if (broken != null) {
                return broken;
            }
        }
        return walk.end(head.seq(), head.hash());
    }

    private static IntegrityReport end(ChainKey key, List<AuditEntry> entries, long headSeq, String headHash) {
        ChainWalk walk = new ChainWalk(key, List.of());
        entries.forEach(walk::next);
        return walk.end(headSeq, headHash);
    }

    private static List<AuditEntry> chain(ChainKey key, int length) {
        List<AuditEntry> chain = new ArrayList<>();
        for (int seq = 1; seq <= length; seq++) {
            String previous =
                    chain.isEmpty() ? AuditHash.GENESIS : chain.getLast().hash();
            chain.add(new AuditEntry(seq, entry("entry " + seq), previous, key));
        }
        return chain;
    }

    /** The same content under another number and link, hashed with {@code key}. */
    private static AuditEntry copy(ChainKey key, long seq, AuditEntry e, String previousHash) {
        return new AuditEntry(
                seq,
                new NewAuditEntry(
                        e.occurredAt(),
                        e.actorUserId(),
                        e.actorName(),
                        e.organisationId(),
                        e.contractId(),
                        e.action(),
                        e.details()),
                previousHash,
                key);
    }

    private static NewAuditEntry entry(String details) {
        return new NewAuditEntry(
                T0.plusSeconds(details.hashCode() & 0xffff), null, "Test", null, null, AuditAction.EXPORT, details);
    }

    private static Checkpoint checkpoint(AuditEntry e) {
        return new Checkpoint(T0, e.seq(), e.hash());
    }

    private static ChainKey key(long keyedFrom) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new ChainKey(secret, keyedFrom);
    }
}
