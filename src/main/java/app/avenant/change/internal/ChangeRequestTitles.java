package app.avenant.change.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The titles of change requests, for the e-mail that tells a member of the contract what happened on one ("Paul
 * Durand vous demande d'approuver la demande n° 3 « Volume porté à 1 100 factures »"). The caller sends them only to
 * members of the request's contract.
 */
public interface ChangeRequestTitles {

    /** One query; unknown ids are absent. */
    Map<UUID, String> titles(Collection<UUID> changeRequestIds);
}
