package app.avenant.identity.security;

import app.avenant.identity.ApiCaller;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API token. The principal is the {@link ApiCaller} (controllers take it
 * with {@code @AuthenticationPrincipal}); the token itself is not kept.
 *
 * <p>Its name, "api-token:" and the token id, can never be a username (a colon is not allowed in one), so
 * code asking {@code Users.findCurrentUser()} during an API call finds no user rather than a wrong one.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    static final String ROLE_API = "ROLE_API";

    private final ApiCaller caller;

    ApiTokenAuthentication(ApiCaller caller) {
        super(List.of(new SimpleGrantedAuthority(ROLE_API)));
        this.caller = caller;
        setAuthenticated(true);
    }

    @Override
    public ApiCaller getPrincipal() {
        return caller;
    }

    /** Nothing: the token was checked and is not kept. */
    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return "api-token:" + caller.tokenId();
    }
}
