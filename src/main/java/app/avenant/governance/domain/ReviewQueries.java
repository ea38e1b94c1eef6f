package app.avenant.governance.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** The list and count queries of governance: each a single statement, whatever the page size. */
@Repository
public class ReviewQueries {

    @PersistenceContext
    private EntityManager em;

    /**
     * A contract's reviews, upcoming ones first (soonest first), then past ones (latest first): the next
     * comité is what a member looks for, then the last one's minutes.
     */
    public List<Review> reviewsOfContract(UUID contractId, Instant now, int offset, int limit) {
        return em.createQuery("""
                        select r from Review r where r.contractId = :contract
                        order by case when r.startsAt >= :now then 0 else 1 end,
                                 case when r.startsAt >= :now then r.startsAt else null end asc,
                                 r.startsAt desc, r.id""", Review.class)
                .setParameter("contract", contractId)
                .setParameter("now", now)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countReviewsOfContract(UUID contractId) {
        return em.createQuery("select count(r) from Review r where r.contractId = :contract", Long.class)
                .setParameter("contract", contractId)
                .getSingleResult();
    }

    /** The latest review of a contract, whatever its status: what the next one is planned from. */
    public Optional<Review> latestReview(UUID contractId) {
        return em.createQuery(
                        "select r from Review r where r.contractId = :contract order by r.startsAt desc", Review.class)
                .setParameter("contract", contractId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Open and overdue action counts per review of the page: one statement. */
    public Map<UUID, long[]> openAndOverdueCounts(Collection<UUID> reviewIds, LocalDate today) {
        Map<UUID, long[]> counts = new HashMap<>();
        if (reviewIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("""
                        select a.reviewId, count(a), sum(case when a.dueDate < :today then 1 else 0 end)
                        from ActionItem a where a.reviewId in :reviews and a.doneAt is null
                        group by a.reviewId""", Object[].class)
                .setParameter("reviews", reviewIds)
                .setParameter("today", today)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], new long[] {
                ((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()
            });
        }
        return counts;
    }

    /** A review's action items, by due date. */
    public List<ActionItem> actionsOfReview(UUID reviewId) {
        return em.createQuery(
                        "select a from ActionItem a where a.reviewId = :review order by a.dueDate, a.createdAt, a.id",
                        ActionItem.class)
                .setParameter("review", reviewId)
                .getResultList();
    }

    /** A contract's open items due before {@code today}, the most overdue first. */
    public List<ActionItem> overdueActions(UUID contractId, LocalDate today, int limit) {
        return em.createQuery("""
                        select a from ActionItem a where a.contractId = :contract and a.doneAt is null
                        and a.dueDate < :today order by a.dueDate, a.id""", ActionItem.class)
                .setParameter("contract", contractId)
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Reviews of these contracts starting after {@code from}, soonest first: the calendar feed. */
    public List<Review> reviewsOfContracts(Collection<UUID> contractIds, Instant from, int limit) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select r from Review r where r.contractId in :contracts and r.startsAt >= :from
                        order by r.startsAt, r.id""", Review.class)
                .setParameter("contracts", contractIds)
                .setParameter("from", from)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A user's open action items on these contracts, soonest due first: the calendar feed. */
    public List<ActionItem> openActionsOwnedBy(UUID ownerId, Collection<UUID> contractIds, int limit) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select a from ActionItem a where a.ownerId = :owner and a.contractId in :contracts
                        and a.doneAt is null order by a.dueDate, a.id""", ActionItem.class)
                .setParameter("owner", ownerId)
                .setParameter("contracts", contractIds)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The owner's open actions on these contracts due on or before {@code dueBy} (overdue ones included), the most
     * overdue first: the bell's actions to do.
     */
    public List<ActionItem> actionsDueOwnedBy(UUID ownerId, Collection<UUID> contractIds, LocalDate dueBy, int limit) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select a from ActionItem a where a.ownerId = :owner and a.contractId in :contracts
                        and a.doneAt is null and a.dueDate <= :dueBy order by a.dueDate, a.id""", ActionItem.class)
                .setParameter("owner", ownerId)
                .setParameter("contracts", contractIds)
                .setParameter("dueBy", dueBy)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many of {@link #actionsDueOwnedBy} there are, in one statement. */
    public long countActionsDueOwnedBy(UUID ownerId, Collection<UUID> contractIds, LocalDate dueBy) {
        if (contractIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("""
                        select count(a) from ActionItem a where a.ownerId = :owner and a.contractId in :contracts
                        and a.doneAt is null and a.dueDate <= :dueBy""", Long.class)
                .setParameter("owner", ownerId)
                .setParameter("contracts", contractIds)
                .setParameter("dueBy", dueBy)
                .getSingleResult();
    }
}
