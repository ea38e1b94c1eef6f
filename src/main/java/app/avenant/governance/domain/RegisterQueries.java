package app.avenant.governance.domain;

import app.avenant.governance.Art28Item;
import app.avenant.governance.ReviewStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The access register's list, count and summary queries: each a single statement, whatever the page size. */
@Repository
public class RegisterQueries {

    /** Entries, accesses still open, entries about personal data. */
    public record Counts(long entries, long active, long personal) {}

    @PersistenceContext
    private EntityManager em;

    /** Open accesses first (by system), then revoked ones (latest revocation first): what is open matters most. */
    public List<RegisterEntry> entriesOfContract(UUID contractId, LocalDate today, int offset, int limit) {
        return em.createQuery("""
                        select e from RegisterEntry e where e.contractId = :contract
                        order by case when e.revokedOn is null or e.revokedOn > :today then 0 else 1 end,
                                 e.revokedOn desc, e.system, e.id""", RegisterEntry.class)
                .setParameter("contract", contractId)
                .setParameter("today", today)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public Counts counts(UUID contractId, LocalDate today) {
        Object[] row = em.createQuery("""
                        select count(e),
                               sum(case when e.revokedOn is null or e.revokedOn > :today then 1 else 0 end),
                               sum(case when e.personalData = true then 1 else 0 end)
                        from RegisterEntry e where e.contractId = :contract""", Object[].class)
                .setParameter("contract", contractId)
                .setParameter("today", today)
                .getSingleResult();
        return new Counts(number(row[0]), number(row[1]), number(row[2]));
    }

    /** The items of the checklist someone set (at most eight rows). */
    public List<Art28Check> checksOfContract(UUID contractId) {
        return em.createQuery("select c from Art28Check c where c.contractId = :contract", Art28Check.class)
                .setParameter("contract", contractId)
                .getResultList();
    }

    public Optional<Art28Check> check(UUID contractId, Art28Item item) {
        return em.createQuery(
                        "select c from Art28Check c where c.contractId = :contract and c.item = :item",
                        Art28Check.class)
                .setParameter("contract", contractId)
                .setParameter("item", item)
                .getResultStream()
                .findFirst();
    }

    /** When the register was last gone through, and the contract's last held review (null when none). */
    public record ReviewMarkAndLastHeld(
            RegisterReviewMark mark, @Nullable Review lastHeld) {}

    /**
     * The register's review mark with the contract's latest held comité (the register should have been gone through
     * there), in one statement; nothing when the register
     * was never gone through (then the last held review does not matter: the register is to be reviewed anyway).
     */
    public Optional<ReviewMarkAndLastHeld> reviewMark(UUID contractId) {
        return em.createQuery("""
                        select m, r from RegisterReviewMark m
                        left join Review r on r.contractId = m.contractId and r.status = :held
                        where m.contractId = :contract
                        order by r.startsAt desc, r.id""", Object[].class)
                .setParameter("contract", contractId)
                .setParameter("held", ReviewStatus.HELD)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new ReviewMarkAndLastHeld((RegisterReviewMark) row[0], (Review) row[1]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
