package app.avenant.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One membership as the access review shows it to a side's owner.
 *
 * @param grantedByName   who gave the access; null when the application itself did (set-up, demo data)
 * @param expiresOn       the first day without access, or null
 * @param certifiedAt     when their side's owner last confirmed the access, or null
 * @param certifiedByName who confirmed it, or null
 * @param mayRevoke       whether the caller may remove this access now (rights and rules both allow it)
 * @param mayChangeRole   whether the caller may give this member another role of their side
 * @param maySetExpiry    whether the caller may set or clear this member's end date (provider members)
 */
public record AccessEntry(
        UUID userId,
        String displayName,
        String organisationName,
        Side side,
        ContractRole role,
        boolean contactPerson,
        Instant since,
        @Nullable String grantedByName,
        @Nullable LocalDate expiresOn,
        @Nullable Instant certifiedAt,
        @Nullable String certifiedByName,
        AccessState state,
        boolean mayRevoke,
        boolean mayChangeRole,
        boolean maySetExpiry) {}
