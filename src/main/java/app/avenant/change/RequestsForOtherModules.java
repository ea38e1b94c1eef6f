package app.avenant.change;

import app.avenant.change.domain.ChangeRequestRepository;
import app.avenant.change.internal.ChangeRequestTitles;
import app.avenant.contract.persistence.TermsJson;
import app.avenant.contract.terms.ScopeAttachment;
import app.avenant.document.AttachableRequests;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the document module which change requests files may be attached to, and which documents their revisions
 * attach to scope items (it may not depend on this module); tells the notification module the requests' titles. No user's right is checked here: the document module
 * checks the caller's role on the contract first.
 */
@Component
class RequestsForOtherModules implements AttachableRequests, ChangeRequestTitles {

    private final ChangeRequestRepository requests;
    private final EntityManager em;

    RequestsForOtherModules(ChangeRequestRepository requests, EntityManager em) {
        this.requests = requests;
        this.em = em;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AttachableRequest> find(UUID changeRequestId) {
        return requests.findById(changeRequestId)
                .map(cr -> new AttachableRequest(
                        cr.id(),
                        cr.contractId(),
                        cr.number(),
                        cr.title(),
                        cr.status().isOpen(),
                        cr.status() == ChangeRequestStatus.DRAFT,
                        cr.authorSide()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> titles(Collection<UUID> changeRequestIds) {
        if (changeRequestIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select cr.id, cr.title from ChangeRequest cr where cr.id in :ids", Object[].class)
                .setParameter("ids", changeRequestIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
    }

    /**
     * Only the revisions whose stored terms mention that content are read (a text match on the JSON narrows them,
     * the terms then say it for sure), newest first.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<ScopeAttachment> proposedScopeDocument(UUID contractId, String sha256) {
        return em.createQuery(
                        "select t.proposed from Revision r join r.proposed t"
                                + " where r.changeRequest.contractId = :contractId and t.proposed like :sha"
                                + " order by r.createdAt desc",
                        String.class)
                .setParameter("contractId", contractId)
                .setParameter("sha", "%" + sha256 + "%")
                .setMaxResults(5)
                .getResultStream()
                .flatMap(json -> TermsJson.read(json).scopeItems().stream())
                .flatMap(item -> item.attachments().stream())
                .filter(a -> a.sha256().equals(sha256))
                .findFirst();
    }
}
