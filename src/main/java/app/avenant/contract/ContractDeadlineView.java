package app.avenant.contract;

import app.avenant.contract.terms.ContractHeader;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A running contract as the notice-deadline watch sees it: the header of the version in force (start, terms,
 * renewal, notice) and who speaks for each side.
 *
 * @param clientContactId   the PME's contact person, or null when none is named
 * @param providerContactId the provider's contact person, or null when none is named
 */
public record ContractDeadlineView(
        UUID contractId,
        String reference,
        ContractStatus status,
        ContractHeader header,
        @Nullable UUID clientContactId,
        @Nullable UUID providerContactId) {}
