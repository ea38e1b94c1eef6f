package app.avenant.contract;

import app.avenant.identity.UserRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a contract's access, published by {@link Contracts} in the transaction that did it (the
 * audit trail records it once that transaction has committed).
 */
public sealed interface ContractEvent {

    UUID contractId();

    /** A member opened the contract's workspace (named here: a view must cost no extra query). */
    record Viewed(UUID contractId, UserRef viewer) implements ContractEvent {}

    /**
     * Somebody asked for a contract they are not a member of (or that does not exist) and was answered "not
     * found". Published outside any rollback's reach: the listener records it at once.
     */
    record AccessRefused(UUID contractId, UUID userId) implements ContractEvent {}

    /** @param grantedBy null when the application itself enrolled the member (demo data, set-up) */
    record MemberAdded(
            UUID contractId,
            UUID userId,
            ContractRole role,
            @Nullable UUID grantedBy) implements ContractEvent {}

    /** @param changedBy null when the application itself changed it */
    record RoleChanged(
            UUID contractId,
            UUID userId,
            ContractRole from,
            ContractRole to,
            @Nullable UUID changedBy) implements ContractEvent {}

    /** @param namedBy null when the application itself named them */
    record ContactPersonNamed(
            UUID contractId,
            Side side,
            UUID userId,
            @Nullable UUID namedBy) implements ContractEvent {}

    /** A member's access was removed (one-click revoke, or left out of a re-certification). */
    record AccessRevoked(UUID contractId, UUID userId, ContractRole role, UUID revokedBy) implements ContractEvent {}

    /** @param expiresOn the first day without access; null when the end date was cleared */
    record AccessExpirySet(
            UUID contractId, UUID userId, @Nullable LocalDate expiresOn, UUID setBy) implements ContractEvent {}

    /** A side's owner re-certified their side: {@code kept} members confirmed, {@code revoked} let go. */
    record AccessCertified(UUID contractId, Side side, int kept, int revoked, UUID certifiedBy)
            implements ContractEvent {}

    /**
     * A steering review was held: a re-certification round opened, counting certifications from {@code from};
     * editors and viewers not certified by {@code due} (the last day) lose access the day after.
     */
    record RecertificationOpened(UUID contractId, Instant from, LocalDate due, UUID openedBy)
            implements ContractEvent {}

    /**
     * The contract moved in its life-cycle (pilot started or extended, active, no-go, suspended, resumed, ended,
     * exit completed), by the PME's owner ({@code by} null when the application did it).
     */
    record StatusChanged(
            UUID contractId,
            StatusChange.Kind kind,
            ContractStatus from,
            ContractStatus to,
            @Nullable String note,
            @Nullable UUID by)
            implements ContractEvent {}

    /** A side's owner ticked (or unticked) an item of the exit checklist for their side. */
    record ExitItemTicked(UUID contractId, ExitItem item, Side side, boolean done, UUID by) implements ContractEvent {}
}
