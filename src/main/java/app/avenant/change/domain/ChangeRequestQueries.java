package app.avenant.change.domain;

import app.avenant.change.ChangeRequestStatus;
import app.avenant.contract.Side;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Paged reads with arbitrary offsets (the UI's lazy grids), one statement each. */
@Repository
public class ChangeRequestQueries {

    @PersistenceContext
    private EntityManager em;

    /**
     * A request of a page, whether it awaits the caller's side's approval, and what its next step reads: the
     * side and author of its latest revision, the sides that approved that revision.
     */
    public record Row(
            ChangeRequest request,
            boolean awaitingMyApproval,
            Side latestSide,
            UUID latestAuthorId,
            Set<Side> approvedSides) {}

    /** Awaits the approval of the caller's side ({@code :approving} is SUBMITTED for approvers, else null). */
    private static final String AWAITING = """
            (cr.status = :approving and not exists (
                select a.id from Approval a where a.changeRequest = cr and a.side = :side
                and a.revision = cr.latestRevision))""";
    /** A counter-proposal of the other side on the caller's side's request ({@code :answering}: editors only). */
    private static final String ANSWERING = """
            (cr.status = :answering and cr.authorSide = :side and exists (
                select r.id from Revision r where r.changeRequest = cr and r.number = cr.latestRevision
                and r.side <> :side) and not exists (
                select a.id from Approval a where a.changeRequest = cr and a.side = :side
                and a.revision = cr.latestRevision))""";
    /** A draft of the caller's side ({@code :drafting} is DRAFT for those who may edit). */
    private static final String DRAFTING = "(cr.status = :drafting and cr.authorSide = :side)";

    /**
     * How many requests of each contract are "à moi" for a member of that role (one statement): what the
     * home page counts per contract.
     */
    public Map<UUID, Long> countMine(Collection<UUID> contractIds, Side side, boolean approver, boolean editor) {
        if (contractIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Long> counts = new HashMap<>();
        em.createQuery(
                        "select cr.contractId, count(cr) from ChangeRequest cr where cr.contractId in :ids and ("
                                + AWAITING + " or " + ANSWERING + " or " + DRAFTING + ") group by cr.contractId",
                        Object[].class)
                .setParameter("approving", approver ? ChangeRequestStatus.SUBMITTED : null)
                .setParameter("answering", editor && !approver ? ChangeRequestStatus.SUBMITTED : null)
                .setParameter("drafting", editor ? ChangeRequestStatus.DRAFT : null)
                .setParameter("side", side)
                .setParameter("ids", contractIds)
                .getResultList()
                .forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /**
     * One page of a contract's requests, "à moi" first (docs/decisions/0025): those awaiting the approval of
     * the caller (an approver of {@code side}) or a counter-proposal the caller (an editor of the side that
     * wrote the request) must answer, then the caller's side's drafts, then the others; newest first within each.
     */
    public List<Row> page(
            UUID contractId,
            @Nullable ChangeRequestStatus status,
            Side side,
            boolean approver,
            boolean editor,
            int offset,
            int limit) {
        String rank = "case when " + AWAITING + " then 0 when " + ANSWERING + " then 0 when " + DRAFTING
                + " then 1 else 2 end";
        String awaiting = AWAITING;
        List<Object[]> rows = em.createQuery("""
                        select cr, case when %s then 0 else 1 end,
                            (select r.side from Revision r where r.changeRequest = cr
                                and r.number = cr.latestRevision),
                            (select r.authorUserId from Revision r where r.changeRequest = cr
                                and r.number = cr.latestRevision),
                            case when exists (select a.id from Approval a where a.changeRequest = cr
                                and a.side = :client and a.revision = cr.latestRevision) then 1 else 0 end,
                            case when exists (select a.id from Approval a where a.changeRequest = cr
                                and a.side = :provider and a.revision = cr.latestRevision) then 1 else 0 end
                        from ChangeRequest cr
                        where cr.contractId = :contractId and (:status is null or cr.status = :status)
                        order by %s, cr.number desc
                        """.formatted(awaiting, rank), Object[].class)
                .setParameter("approving", approver ? ChangeRequestStatus.SUBMITTED : null)
                .setParameter("answering", editor && !approver ? ChangeRequestStatus.SUBMITTED : null)
                .setParameter("drafting", editor ? ChangeRequestStatus.DRAFT : null)
                .setParameter("side", side)
                .setParameter("client", Side.CLIENT)
                .setParameter("provider", Side.PROVIDER)
                .setParameter("contractId", contractId)
                .setParameter("status", status)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    Set<Side> approved = EnumSet.noneOf(Side.class);
                    if (((Number) r[4]).intValue() == 1) {
                        approved.add(Side.CLIENT);
                    }
                    if (((Number) r[5]).intValue() == 1) {
                        approved.add(Side.PROVIDER);
                    }
                    return new Row(
                            (ChangeRequest) r[0], ((Number) r[1]).intValue() == 0, (Side) r[2], (UUID) r[3], approved);
                })
                .toList();
    }

    /**
     * Reads the proposed terms of these revisions in one statement: their lazy links then find them loaded
     * (a page shows the latest revision's terms and compares it with the one before).
     */
    public void loadTerms(java.util.Collection<Revision> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        em.createQuery("select t from Revision r join r.proposed t where r in :revisions", RevisionTerms.class)
                .setParameter("revisions", revisions)
                .getResultList();
    }

    /** From the first, oldest first (a timeline). */
    public List<Comment> comments(UUID changeRequestId, int offset, int limit) {
        return em.createQuery("""
                        select c from Comment c where c.changeRequestId = :id order by c.at, c.id
                        """, Comment.class)
                .setParameter("id", changeRequestId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The {@code limit} comments before the newest {@code skip}, newest first (a thread read from its end). */
    public List<Comment> latestComments(UUID changeRequestId, int skip, int limit) {
        return em.createQuery("""
                        select c from Comment c where c.changeRequestId = :id order by c.at desc, c.id desc
                        """, Comment.class)
                .setParameter("id", changeRequestId)
                .setFirstResult(skip)
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

    /** A side's notes read from their end, as {@link #latestComments}: newest first. */
    public List<InternalNote> latestInternalNotes(
            UUID changeRequestId, app.avenant.contract.Side side, int skip, int limit) {
        return em.createQuery("""
                        select n from InternalNote n where n.changeRequestId = :id and n.side = :side
                        order by n.at desc, n.id desc
                        """, InternalNote.class)
                .setParameter("id", changeRequestId)
                .setParameter("side", side)
                .setFirstResult(skip)
                .setMaxResults(limit)
                .getResultList();
    }
}
