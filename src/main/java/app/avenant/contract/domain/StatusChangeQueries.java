package app.avenant.contract.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Pages of a contract's status history at any offset (Spring Data's Pageable cannot express one). */
@Component
public class StatusChangeQueries {

    private final EntityManager em;

    StatusChangeQueries(EntityManager em) {
        this.em = em;
    }

    /** Newest first; one statement. */
    public List<StatusChangeEntry> page(UUID contractId, int offset, int limit) {
        return em.createQuery(
                        "select e from StatusChangeEntry e where e.contractId = :contractId"
                                + " order by e.changedAt desc, e.id",
                        StatusChangeEntry.class)
                .setParameter("contractId", contractId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
