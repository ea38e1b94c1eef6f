package app.avenant.audit.domain;

import app.avenant.audit.IntegrityReport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

    @PersistenceContext
    private EntityManager em;

    AuditChain(AuditEntryRepository entries, AuditHeadRepository heads) {
        this.entries = entries;
        this.heads = heads;
    }

    /**
     * Appends one entry in its own transaction: the head row is locked (3 s at most, then the append
     * fails), the entry takes the next number and links to the last hash, and the head moves on. Run after
     * the action's own commit, so an action rolled back leaves no entry, and an entry never rolls back with
     * a later failure of its caller.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long append(NewAuditEntry entry) {
        AuditHead head = heads.lock(AuditHead.ID)
                .orElseThrow(() -> new IllegalStateException("audit_head row missing (see V9__audit.sql)"));
        AuditEntry appended = entries.save(new AuditEntry(head.lastSeq() + 1, entry, head.lastHash()));
        head.advance(appended);
        return appended.seq();
    }

    /**
     * Walks the whole chain in order, a page at a time (each page its own short read, nothing kept but the
     * last hash), and reports the first entry that does not hold: content changed (its hash), link broken
     * (its previous hash), number missing (a deleted entry), or a chain ending before the head (a deleted tail).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public IntegrityReport verify() {
        // the head first: entries appended while we walk are beyond it and left for the next check
        AuditHead head = heads.findById(AuditHead.ID)
                .orElseThrow(() -> new IllegalStateException("audit_head row missing (see V9__audit.sql)"));
        long lastSeq = head.lastSeq();
        long expectedSeq = 1;
        String previousHash = AuditHash.GENESIS;
        while (expectedSeq <= lastSeq) {
            List<AuditEntry> page = entries.findBySeqGreaterThanOrderBySeqAsc(expectedSeq - 1, Limit.of(VERIFY_PAGE));
            if (page.isEmpty()) {
                return IntegrityReport.broken(expectedSeq - 1, expectedSeq, IntegrityReport.Problem.TRUNCATED);
            }
            for (AuditEntry e : page) {
                if (expectedSeq > lastSeq) {
                    break;
                }
                long checked = expectedSeq - 1;
                if (e.seq() != expectedSeq) {
                    return IntegrityReport.broken(checked, expectedSeq, IntegrityReport.Problem.GAP);
                }
                if (!AuditHash.of(e).equals(e.hash())) {
                    return IntegrityReport.broken(checked, e.seq(), IntegrityReport.Problem.HASH_MISMATCH);
                }
                if (!e.previousHash().equals(previousHash)) {
                    return IntegrityReport.broken(checked, e.seq(), IntegrityReport.Problem.PREVIOUS_LINK_MISMATCH);
                }
                previousHash = e.hash();
                expectedSeq++;
            }
        }
        if (lastSeq > 0 && !head.lastHash().equals(previousHash)) {
            // the last entry was replaced whole, its hash recomputed: the head still remembers the original
            return IntegrityReport.broken(lastSeq - 1, lastSeq, IntegrityReport.Problem.HASH_MISMATCH);
        }
        return IntegrityReport.intact(lastSeq);
    }

    /** A contract's entries, newest first, one page. */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofContract(UUID contractId, int offset, int limit) {
        return em.createQuery("select e from AuditEntry e where e.contractId = :contract order by e.seq desc",
                        AuditEntry.class)
                .setParameter("contract", contractId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A contract's entries after {@code seq}, oldest first, one page (an export's keyset paging). */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofContractAfter(UUID contractId, long seq, int limit) {
        return em.createQuery("select e from AuditEntry e where e.contractId = :contract and e.seq > :seq"
                        + " order by e.seq", AuditEntry.class)
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
