package app.avenant.audit.domain;

import app.avenant.audit.IntegrityReport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the chain and checks it. The only writer of {@code audit_entry}: one insert per entry, never
 * an update or a delete.
 */
@Component
public class AuditChain {

    /** Entries read per query when verifying: memory stays bounded whatever the length of the chain. */
    static final int VERIFY_PAGE = 500;

    private final AuditEntryRepository entries;
    private final AuditHeadRepository heads;
    private final ChainKey key;
    private final AuditCheckpoints checkpoints;

    @PersistenceContext
    private EntityManager em;

    AuditChain(AuditEntryRepository entries, AuditHeadRepository heads, ChainKey key, AuditCheckpoints checkpoints) {
        this.entries = entries;
        this.heads = heads;
        this.key = key;
        this.checkpoints = checkpoints;
    }

    /**
     * Appends one entry in its own transaction: the head row is locked (3 s at most, then the append
     * fails), the entry takes the number after the last entry's and links to its hash, and the head moves on.
     * The head's own content is not trusted (the application's database user may rewrite it; a head moved
     * back once made every append collide with an existing number): it is only the lock. Run after the
     * action's own commit, so an action rolled back leaves no entry, and an entry never rolls back with a
     * later failure of its caller. Once committed, the entry is offered to the next checkpoint.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long append(NewAuditEntry entry) {
        AuditHead head = heads.lock(AuditHead.ID)
                .orElseThrow(() -> new IllegalStateException("audit_head row missing (see V9__audit.sql)"));
        // read after taking the lock: the last entry committed by whoever held it before us
        Optional<AuditEntry> last = entries.findFirstByOrderBySeqDesc();
        long seq = last.map(AuditEntry::seq).orElse(0L) + 1;
        AuditEntry appended = entries.save(
                new AuditEntry(seq, entry, last.map(AuditEntry::hash).orElse(AuditHash.GENESIS), key));
        head.advance(appended);
        String hash = appended.hash();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                checkpoints.appended(seq, hash);
            }
        });
        return seq;
    }

    /**
     * Walks the whole chain in order, to its highest number whatever the head says, a page at a time (each
     * page its own short read, nothing kept but the last hash: {@link ChainWalk}), and reports the first
     * entry that does not hold, then whether the chain's end agrees with the head and with the checkpoints
     * kept outside the database.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public IntegrityReport verify() {
        ChainWalk walk = new ChainWalk(key, checkpoints.latest());
        IntegrityReport broken = walkToTheEnd(walk);
        if (broken != null) {
            return broken;
        }
        // the head after the entries: one appended meanwhile is visible as soon as its head move is (same
        // commit), so walk on while that brings new entries; a head still ahead then means a missing tail
        AuditHead head = head();
        while (head.lastSeq() > walk.walked()) {
            long before = walk.walked();
            broken = walkToTheEnd(walk);
            if (broken != null) {
                return broken;
            }
            if (walk.walked() == before) {
                break;
            }
            head = head();
        }
        return walk.end(head.lastSeq(), head.lastHash());
    }

    private @Nullable IntegrityReport walkToTheEnd(ChainWalk walk) {
        while (true) {
            List<AuditEntry> page = entries.findBySeqGreaterThanOrderBySeqAsc(walk.walked(), Limit.of(VERIFY_PAGE));
            for (AuditEntry e : page) {
                IntegrityReport broken = walk.next(e);
                if (broken != null) {
                    return broken;
                }
            }
            if (page.size() < VERIFY_PAGE) {
                return null;
            }
        }
    }

    /** Read afresh: outside a transaction each repository call is its own short read. */
    private AuditHead head() {
        return heads.findById(AuditHead.ID)
                .orElseThrow(() -> new IllegalStateException("audit_head row missing (see V9__audit.sql)"));
    }

    /** A contract's entries, newest first, one page. */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofContract(UUID contractId, int offset, int limit) {
        return em.createQuery(
                        "select e from AuditEntry e where e.contractId = :contract order by e.seq desc",
                        AuditEntry.class)
                .setParameter("contract", contractId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A contract's entries after {@code seq}, oldest first, one page (an export's keyset paging). */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofContractAfter(UUID contractId, long seq, int limit) {
        return em.createQuery(
                        "select e from AuditEntry e where e.contractId = :contract and e.seq > :seq"
                                + " order by e.seq",
                        AuditEntry.class)
                .setParameter("contract", contractId)
                .setParameter("seq", seq)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Each user's latest view of the contract, for those users: one grouped statement served by the index
     * {@code ix_audit_entry_last_access}.
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, java.time.Instant> lastViews(UUID contractId, java.util.Collection<UUID> userIds) {
        java.util.Map<UUID, java.time.Instant> last = new java.util.HashMap<>();
        if (userIds.isEmpty()) {
            return last;
        }
        em.createQuery("""
                        select e.actorUserId, max(e.occurredAt) from AuditEntry e
                        where e.contractId = :contract and e.action = :viewed and e.actorUserId in :users
                        group by e.actorUserId
                        """, Object[].class)
                .setParameter("contract", contractId)
                .setParameter("viewed", app.avenant.audit.AuditAction.CONTRACT_VIEWED)
                .setParameter("users", userIds)
                .getResultList()
                .forEach(row -> last.put((UUID) row[0], (java.time.Instant) row[1]));
        return last;
    }

    @Transactional(readOnly = true)
    public long countOfContract(UUID contractId) {
        return entries.countByContractId(contractId);
    }
}
