package app.avenant.change.live;

import app.avenant.contract.ContractRole;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one shared read behind a live update (docs/decisions/0029). It checks no caller: only {@link ChangeFeed}
 * calls it, for screens that passed {@code ChangeRequests.detail()}, and it lives inside the change module so no
 * other module can reach it.
 */
public interface LiveSnapshots {

    /** The request now, for every kind of member; empty when it no longer exists. */
    Optional<LiveSnapshot> snapshot(UUID changeRequestId, UUID actorId);

    /**
     * The active members of a contract now and their roles, as every check reads them: a comment is handed only to
     * the screens of people who may still read it.
     */
    Map<UUID, ContractRole> members(UUID contractId);
}
