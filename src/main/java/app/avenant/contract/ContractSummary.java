package app.avenant.contract;

import java.time.Instant;
import java.util.UUID;

/** One row of "Mes contrats". */
public record ContractSummary(
        UUID id,
        String reference,
        String title,
        String counterpartyName,
        ContractStatus status,
        int currentVersion,
        Instant lastChangedAt) {}
