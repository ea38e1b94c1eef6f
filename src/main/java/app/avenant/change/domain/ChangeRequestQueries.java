package app.avenant.change.domain;

import app.avenant.change.ChangeRequestStatus;
import app.avenant.contract.Side;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Paged reads with arbitrary offsets (the UI's lazy grids), one statement each. */
@Repository
public class ChangeRequestQueries {

    @PersistenceContext
    private EntityManager em;

    /** A request of a page, and whether it awaits the caller's side's approval. */
    public record Row(ChangeRequest request, boolean awaitingMyApproval) {
    }

    /**
     * One page of a contract's requests: those awaiting an approval of {@code side} first (only when the
     * caller approves for that side), then newest first.
     */
    public List<Row> page(UUID contractId, @Nullable ChangeRequestStatus status, Side side, boolean approver,
                          int offset, int limit) {
        List<Object[]> rows = em.createQuery("""
                        select cr, case when cr.status = :submitted and not exists (
                                    select a.id from Approval a where a.changeRequest = cr and a.side = :side
                                    and a.revision = cr.latestRevision)
                               then 0 else 1 end
                        from ChangeRequest cr
                        where cr.contractId = :contractId and (:status is null or cr.status = :status)
                        order by case when cr.status = :submitted and not exists (
                                    select a.id from Approval a where a.changeRequest = cr and a.side = :side
                                    and a.revision = cr.latestRevision)
                               then 0 else 1 end, cr.number desc
                        """, Object[].class)
                .setParameter("submitted", approver ? ChangeRequestStatus.SUBMITTED : null)
                .setParameter("side", side)
                .setParameter("contractId", contractId)
                .setParameter("status", status)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Row((ChangeRequest) r[0], ((Number) r[1]).intValue() == 0))
                .toList();
    }

    public List<Comment> comments(UUID changeRequestId, int offset, int limit) {
        return em.createQuery("""
                        select c from Comment c where c.changeRequestId = :id order by c.at, c.id
                        """, Comment.class)
                .setParameter("id", changeRequestId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<WordingEdit> wordingEdits(UUID changeRequestId, int offset, int limit) {
        return em.createQuery("""
                        select e from WordingEdit e where e.changeRequestId = :id order by e.at, e.id
                        """, WordingEdit.class)
                .setParameter("id", changeRequestId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<InternalNote> internalNotes(UUID changeRequestId, app.avenant.contract.Side side, int offset,
                                            int limit) {
        return em.createQuery("""
                        select n from InternalNote n where n.changeRequestId = :id and n.side = :side
                        order by n.at, n.id
                        """, InternalNote.class)
                .setParameter("id", changeRequestId)
                .setParameter("side", side)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
