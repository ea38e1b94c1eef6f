package app.avenant.contract;

import app.avenant.contract.terms.Terms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the workspace of one contract shows: the contract, the caller's role on it and the terms of the
 * current version.
 *
 * @param noticeDeadline last day to give notice before the current term ends, or null when the contract
 *                       has no terms yet
 * @param termEnd        end of the current term, or null when the contract has no terms yet
 * @param myRole         the caller's role on this contract
 * @param callerIsAdminOfParty true when the caller administers the organisation of their side, and so may
 *                       add members of that organisation
 */
public record ContractWorkspace(
        UUID id,
        String reference,
        String title,
        ContractStatus status,
        Party client,
        Party provider,
        int currentVersion,
        Instant lastChangedAt,
        Terms terms,
        @Nullable LocalDate termEnd,
        @Nullable LocalDate noticeDeadline,
        ContractRole myRole,
        boolean callerIsAdminOfParty) {}
