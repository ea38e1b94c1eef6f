package app.avenant.change.live;

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
}
