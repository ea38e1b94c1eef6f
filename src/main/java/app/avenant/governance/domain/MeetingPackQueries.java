package app.avenant.governance.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** What the meeting pack reads of governance beyond one review: each a single statement. */
@Repository
public class MeetingPackQueries {

    @PersistenceContext
    private EntityManager em;

    /** The contract's latest review held before {@code before}: where the pack's period starts from. */
    public Optional<Review> previousHeldReview(UUID contractId, Instant before) {
        return em.createQuery("""
                        select r from Review r where r.contractId = :contract and r.status = :held
                        and r.startsAt < :before order by r.startsAt desc, r.id""", Review.class)
                .setParameter("contract", contractId)
                .setParameter("held", app.avenant.governance.ReviewStatus.HELD)
                .setParameter("before", before)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
