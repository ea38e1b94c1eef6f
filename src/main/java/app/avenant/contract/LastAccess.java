package app.avenant.contract;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * When members last opened a contract, for the access review's "Dernier accès" column. Declared here so that
 * the review (this module's screen) does not depend on the module that knows the answer: {@code audit}
 * implements it from its trail, the way other modules add cards through {@code shared.ui.OverviewPanel}
 * (decision 0010). The implementation checks the caller's right on that contract itself.
 */
public interface LastAccess {

    /**
     * When each of those users last opened the contract's workspace; a user absent from the map never did, as
     * far as the implementation knows. One query for the whole page of users.
     */
    Map<UUID, Instant> lastAccess(UUID contractId, Collection<UUID> userIds);
}
