package app.avenant.audit.domain;

import app.avenant.audit.IntegrityReport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the chain and checks it. The only writer of {@code audit_entry}: one insert per entry, never
 * an update or a delete.
 */
@Component
public class AuditChain implements DisposableBean {

    /** Entries read per query when verifying: memory stays bounded whatever the length of the chain. */
    static final int VERIFY_PAGE = 500;

    /** Entries written per transaction at most: a burst is cut into transactions of bounded size. */
    static final int MAX_BATCH = 500;

    private final AuditEntryRepository entries;
    private final AuditHeadRepository heads;
    private final ChainKey key;
    private final AuditCheckpoints checkpoints;
    private final TransactionTemplate ownTransaction;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private @Nullable Thread writer;
    private boolean stopped;
    private volatile @Nullable Link lastWritten;

    @PersistenceContext
    private EntityManager em;

    AuditChain(
            AuditEntryRepository entries,
            AuditHeadRepository heads,
            ChainKey key,
            AuditCheckpoints checkpoints,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.heads = heads;
        this.key = key;
        this.checkpoints = checkpoints;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Appends one entry and returns its number once it is committed. Concurrent callers share the work
     * (group commit): each puts its entry in {@link #waiting} and waits; one writer thread takes everything
     * waiting, in arrival order, writes it in one transaction of its own, and tells each caller its number.
     * Twenty writers thus take the head's row lock and wait for a disk flush once per batch instead of twenty
     * times in a queue, and a burst of sign-ins does not line up behind one row (issue 13, decision 0034).
     * Called after the action's own commit, so an action rolled back leaves no entry, and an entry never rolls
     * back with a later failure of its caller. A batch that fails fails every caller in it, with its cause.
     */
    public long append(NewAuditEntry entry) {
        return appendAll(List.of(entry));
    }

    /** Appends entries in their order, usually in one transaction; returns the last one's number. */
    public long appendAll(List<NewAuditEntry> entries) {
        List<Pending> mine = entries.stream().map(Pending::new).toList();
        if (!handedToWriter(mine)) {
            // shutting down: written by the caller itself, as before group commit
            write(mine);
        }
        try {
            long last = 0;
            for (Pending pending : mine) {
                last = pending.outcome.get();
            }
            return last;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the audit entry was being written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Started on the first append, so a context that never audits has no thread. */
    private synchronized boolean handedToWriter(List<Pending> pending) {
        if (stopped) {
            return false;
        }
        if (writer == null) {
            Thread started = new Thread(this::writeUntilStopped, "audit-writer");
            started.setDaemon(true);
            started.start();
            writer = started;
        }
        waiting.addAll(pending);
        return true;
    }

    private void writeUntilStopped() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                return;
            }
            waiting.drainTo(batch, MAX_BATCH - 1);
            boolean last = batch.remove(STOP);
            write(batch);
            batch.clear();
            if (last) {
                return;
            }
        }
    }

    private void write(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            AuditEntry last = Objects.requireNonNull(ownTransaction.execute(status -> appendInOrder(batch)));
            // committed: offered to the next checkpoint, then each caller learns its number
            lastWritten = new Link(last.seq(), last.hash());
            checkpoints.appended(last.seq(), last.hash());
            long first = last.seq() - batch.size() + 1;
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome.complete(first + i);
            }
        } catch (RuntimeException | Error e) {
            lastWritten = null; // read the chain's end again next time
            batch.forEach(p -> p.outcome.completeExceptionally(e));
        }
    }

    /**
     * Entries already waiting are written before the writer stops (the web server's graceful shutdown is over
     * by now); an append after this writes on its caller's thread.
     */
    @Override
    public void destroy() throws InterruptedException {
        Thread stopping;
        synchronized (this) {
            stopped = true;
            stopping = writer;
            writer = null;
        }
        if (stopping != null) {
            waiting.add(STOP);
            stopping.join(10_000);
        }
    }

    /**
     * One transaction. When this writer knows the last entry it committed, the head is moved on from exactly
     * that entry in one conditional update, which takes the row's lock; the entries follow. Only when that
     * misses (another server appended, or nobody here wrote yet) is the head row locked (3 s at most, then
     * the batch fails) and the chain's end read. The head's content alone is never trusted (the application's
     * database user may rewrite it; a head moved back once made every append collide with an existing number):
     * it must match what this writer itself committed, otherwise only its lock counts.
     */
    private AuditEntry appendInOrder(List<Pending> batch) {
        Link known = lastWritten;
        if (known != null) {
            List<AuditEntry> chained = chainedAfter(known, batch);
            AuditEntry last = chained.getLast();
            if (heads.moveFrom(AuditHead.ID, known.seq(), known.hash(), last.seq(), last.hash()) == 1) {
                chained.forEach(entries::save);
                return last;
            }
        }
        AuditHead head = heads.lock(AuditHead.ID)
                .orElseThrow(() -> new IllegalStateException("audit_head row missing (see V9__audit.sql)"));
        List<AuditEntry> chained = chainedAfter(linkAfter(head), batch);
        chained.forEach(entries::save);
        AuditEntry last = chained.getLast();
        head.advance(last);
        return last;
    }

    private List<AuditEntry> chainedAfter(Link link, List<Pending> batch) {
        List<AuditEntry> chained = new ArrayList<>(batch.size());
        long seq = link.seq();
        String hash = link.hash();
        for (Pending pending : batch) {
            AuditEntry entry = new AuditEntry(++seq, Objects.requireNonNull(pending.entry), hash, key);
            chained.add(entry);
            hash = entry.hash();
        }
        return chained;
    }

    /**
     * What the next entry follows. When the head still shows exactly the last entry this writer committed, no
     * other server and nobody else moved it since: that entry is still the last (a row deleted behind the
     * application's back then shows as a gap, as it should). Otherwise the last entry is read after taking
     * the lock, whatever the head says: whoever held the lock before us committed it.
     */
    private Link linkAfter(AuditHead head) {
        Link known = lastWritten;
        if (known != null && known.seq() == head.lastSeq() && known.hash().equals(head.lastHash())) {
            return known;
        }
        return entries.findFirstByOrderBySeqDesc()
                .map(last -> new Link(last.seq(), last.hash()))
                .orElse(new Link(0, AuditHash.GENESIS));
    }

    private record Link(long seq, String hash) {}

    /** Put last in the queue by {@link #destroy}: the writer stops once what came before it is written. */
    private static final Pending STOP = new Pending(null);

    /** An entry waiting to be written, and what its caller will learn: its number or the batch's failure. */
    private static final class Pending {
        final @Nullable NewAuditEntry entry;
        final CompletableFuture<Long> outcome = new CompletableFuture<>();

        Pending(@Nullable NewAuditEntry entry) {
            this.entry = entry;
        }
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
