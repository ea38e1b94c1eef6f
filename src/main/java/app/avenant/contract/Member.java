package app.avenant.contract;

import java.time.Instant;
import java.util.UUID;

/** A member of a contract, as the Équipe tab shows it. */
public record Member(
        UUID userId,
        String displayName,
        String organisationName,
        Side side,
        ContractRole role,
        boolean contactPerson,
        Instant since) {}
