package app.avenant.change.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** The requests behind a range of versions, in one statement per kind of row whatever the range's length. */
@Repository
public class VersionOriginQueries {

    @PersistenceContext
    private EntityManager em;

    /** The accepted requests that produced versions {@code from}..{@code to}, their approvals fetched with them. */
    public List<ChangeRequest> producing(UUID contractId, int from, int to) {
        return em.createQuery("""
                        select distinct cr from ChangeRequest cr left join fetch cr.approvals
                        where cr.contractId = :contractId and cr.producedVersion between :from and :to
                        order by cr.producedVersion
                        """, ChangeRequest.class)
                .setParameter("contractId", contractId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** A revision and the request it belongs to. */
    public record RevisionOf(UUID changeRequestId, Revision revision) {}

    /** Every revision of those requests with its proposed terms, in order: who proposed which value. */
    public List<RevisionOf> revisionsWithTerms(Collection<UUID> changeRequestIds) {
        if (changeRequestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select r.changeRequest.id, r from Revision r join fetch r.proposed
                        where r.changeRequest.id in :ids order by r.number
                        """, Object[].class).setParameter("ids", changeRequestIds).getResultList().stream()
                .map(row -> new RevisionOf((UUID) row[0], (Revision) row[1]))
                .toList();
    }
}
