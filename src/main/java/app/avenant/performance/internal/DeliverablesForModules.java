package app.avenant.performance.internal;

import app.avenant.performance.DeliverableInput;
import app.avenant.performance.IngestResult;
import java.util.List;
import java.util.UUID;

/**
 * The performance module as other modules' services use it, never as a user or an API token does: only the
 * modules whose {@code package-info} allows {@code "performance :: internal"} can reach it.
 */
public interface DeliverablesForModules {

    /**
     * What {@link app.avenant.performance.Deliverables#recordForOrganisation} does for an API token of
     * {@code organisationId}, without one (the demo data): the organisation must be a party to the contract of
     * that reference, otherwise {@link app.avenant.contract.ContractNotFoundException}.
     */
    IngestResult recordAsApplication(
            UUID organisationId, String contractReference, List<DeliverableInput> batch, String recordedBy);
}
