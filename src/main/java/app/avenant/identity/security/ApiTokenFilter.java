package app.avenant.identity.security;

import app.avenant.identity.ApiCaller;
import app.avenant.identity.ApiTokens;
import app.avenant.shared.fault.DatabaseFault;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads "Authorization: Bearer avt_..." on API requests. A valid token authenticates this request only
 * (nothing is kept in a session); a refused one ends the request with 401 and counts against the client's
 * address; an address with too many recent refusals gets 429 before its token is even looked at. A request
 * without the header goes on anonymous: the chain's rules then decide (the OpenAPI document is public,
 * everything else answers 401). When the database cannot be reached (or is busy) the token cannot be
 * checked: 503 with Retry-After, not counted as a refusal.
 *
 * <p>The client address is the connection's ({@code getRemoteAddr()}): behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so it is the client's and not the proxy's.
 *
 * <p>Not a Spring bean on purpose: Spring Boot would also register a bean filter for every request.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenFilter.class);
    private static final String BEARER = "bearer ";

    private final ApiTokens tokens;
    private final ApiTokenFailureThrottle throttle;
    private final SecurityContextHolderStrategy contexts;

    /** @param contexts the strategy the rest of the chain reads the authentication from */
    ApiTokenFilter(ApiTokens tokens, ApiTokenFailureThrottle throttle, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> blocked = throttle.blockedFor(address);
        if (blocked.isPresent()) {
            ApiTokenProblems.tooManyFailures(response, blocked.get());
            return;
        }
        String token = bearerToken(header);
        Optional<ApiCaller> caller;
        try {
            caller = token == null ? Optional.empty() : tokens.authenticate(token);
        } catch (RuntimeException e) {
            // The lookup is the first thing of a call to need the database. Escaping from a filter, its failure
            // would go to the container's error page, which the portal's chain answers with the login page.
            Optional<DatabaseFault> fault = DatabaseFault.of(e);
            if (fault.isEmpty()) {
                throw e;
            }
            log.warn(
                    "API token not checked for {} {}: database fault {} ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    fault.get(),
                    e.getMessage());
            ApiTokenProblems.databaseFault(response, fault.get());
            return;
        }
        if (caller.isEmpty()) {
            throttle.recordFailure(address);
            log.info("API token refused for {} {} from {}", request.getMethod(), request.getRequestURI(), address);
            ApiTokenProblems.invalidToken(response);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(caller.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    /** The token of "Bearer &lt;token&gt;" (scheme in any case, RFC 9110 §11.1); null for anything else. */
    static @Nullable String bearerToken(String header) {
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }
}
