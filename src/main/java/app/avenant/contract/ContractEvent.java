package app.avenant.contract;

import app.avenant.identity.UserRef;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a contract's access, published by {@link Contracts} in the transaction that did it (the
 * audit trail records it once that transaction has committed).
 */
public sealed interface ContractEvent {

    UUID contractId();

    /** A member opened the contract's workspace (named here: a view must cost no extra query). */
    record Viewed(UUID contractId, UserRef viewer) implements ContractEvent {
    }

    /**
     * Somebody asked for a contract they are not a member of (or that does not exist) and was answered "not
     * found". Published outside any rollback's reach: the listener records it at once.
     */
    record AccessRefused(UUID contractId, UUID userId) implements ContractEvent {
    }

    /** @param grantedBy null when the application itself enrolled the member (demo data, set-up) */
    record MemberAdded(UUID contractId, UUID userId, ContractRole role, @Nullable UUID grantedBy)
            implements ContractEvent {
    }

    /** @param changedBy null when the application itself changed it */
    record RoleChanged(UUID contractId, UUID userId, ContractRole from, ContractRole to, @Nullable UUID changedBy)
            implements ContractEvent {
    }

    /** @param namedBy null when the application itself named them */
    record ContactPersonNamed(UUID contractId, Side side, UUID userId, @Nullable UUID namedBy)
            implements ContractEvent {
    }
}
