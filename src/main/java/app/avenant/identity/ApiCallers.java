package app.avenant.identity;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The API's ways in act for an organisation, not for a user: only a request authenticated by an API token of that
 * very organisation (the token filter reads it into the strategy) may use them; a signed-in user of the portal never
 * can. Shared by every service that offers one.
 */
public final class ApiCallers {

    private ApiCallers() {}

    /** Refuses, with {@code refusal}, any caller but an API token of {@code organisationId}. */
    public static ApiCaller requireTokenOf(
            SecurityContextHolderStrategy contexts, UUID organisationId, String refusal) {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null
                || !(authentication.getPrincipal() instanceof ApiCaller caller)
                || !caller.organisationId().equals(organisationId)) {
            throw new AccessDeniedException(refusal);
        }
        return caller;
    }
}
