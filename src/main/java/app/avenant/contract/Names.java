package app.avenant.contract;

import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How the contract services name people and organisations they looked up in one batch ("?" when gone). */
final class Names {

    private Names() {}

    static String nameOf(Map<UUID, OrganisationRef> orgs, UUID id) {
        OrganisationRef org = orgs.get(id);
        return org != null ? org.name() : "?";
    }

    static String displayName(Map<UUID, UserRef> users, UUID id) {
        UserRef user = users.get(id);
        return user != null ? user.displayName() : "?";
    }

    static void addIfPresent(Set<UUID> ids, @Nullable UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
