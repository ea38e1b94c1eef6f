package app.avenant.performance;

import app.avenant.contract.ContractNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Recording deliverables: one service behind the form, the CSV import and the API, so the three apply the
 * same rules. Batches are all-or-nothing: one broken rule and nothing is stored
 * ({@link InvalidDeliverablesException} lists every violation). A deliverable whose month's statement is
 * validated (locked) is refused. Non-members get {@link ContractNotFoundException}.
 */
public interface Deliverables {

    /** Up to this many deliverables in one API call (a bigger one is refused with 413). */
    int MAX_BATCH = 1_000;

    /** Up to this many lines in one CSV import (one transaction: all or nothing). */
    int MAX_IMPORT = 10_000;

    /**
     * A member who may edit (editor, owner, manager of either side) records a batch (a form sends a batch
     * of one, a CSV import up to {@link #MAX_IMPORT}). Idempotent on the reference: an identical deliverable already stored is skipped; the same
     * reference with other values is a violation.
     */
    IngestResult record(UUID contractId, List<DeliverableInput> batch, DeliverableSource source);

    /**
     * The API's way in: the caller is an API token of {@code organisationId}, which must be a party to the
     * contract of that reference; otherwise {@link ContractNotFoundException} (the API answers 404 and the
     * caller learns nothing). {@code recordedBy} names the token in the trail. Only a request authenticated by an
     * API token of {@code organisationId} may call it; anyone else (a signed-in user included) gets
     * {@link org.springframework.security.access.AccessDeniedException}.
     */
    IngestResult recordForOrganisation(
            java.util.UUID organisationId, String contractReference, List<DeliverableInput> batch, String recordedBy);

    /** Newest due date first, one page. */
    List<DeliverableRow> list(UUID contractId, DeliverableFilter filter, int offset, int limit);

    long count(UUID contractId, DeliverableFilter filter);

    /**
     * A pending deliverable is delivered (or a delivered one corrected) in a month that is not locked; same
     * rules as {@link #record}, and the reference cannot change.
     */
    void update(UUID contractId, UUID deliverableId, DeliverableInput corrected);

    /** Removes a deliverable of a month that is not locked (editors, owners, managers). */
    void delete(UUID contractId, UUID deliverableId);

    /**
     * Of the caller's contracts (at most 500), how many deliverables each has past their due date and not delivered;
     * contracts with none are left out. Two statements whatever the number of contracts: the home's "what needs me".
     */
    Map<UUID, Long> overdueOfMyContracts();
}
