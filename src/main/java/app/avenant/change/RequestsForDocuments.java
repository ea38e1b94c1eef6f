package app.avenant.change;

import app.avenant.change.domain.ChangeRequestRepository;
import app.avenant.document.AttachableRequests;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the document module which change requests files may be attached to (it may not depend on this module).
 * No user's right is checked here: the document module checks the caller's role on the request's contract.
 */
@Component
class RequestsForDocuments implements AttachableRequests {

    private final ChangeRequestRepository requests;

    RequestsForDocuments(ChangeRequestRepository requests) {
        this.requests = requests;
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
                        cr.status().isOpen()));
    }
}
