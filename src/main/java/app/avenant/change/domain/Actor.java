package app.avenant.change.domain;

import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import java.util.UUID;

/**
 * Who acts on a change request: the user, their name (for "modified meanwhile by …") and their role on
 * the request's contract, as the service established it.
 */
public record Actor(UUID userId, String name, ContractRole role) {

    public Side side() {
        return role.side();
    }
}
