package app.avenant.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Calendar feeds ({@code /api/calendar/<token>.ics}) are opened by their secret link alone, so guessing links
 * is held back like guessing API tokens: the very rule of {@link ApiTokenFailureThrottle} (10 refused links
 * from one client address within a minute, then 429 with Retry-After until the oldest leaves the minute).
 *
 * <p>A refused link is the feed's own answer, 404 (unknown, revoked or malformed token, or a disabled user:
 * see the governance feed controller): this filter only counts those answers, so the rule of what a valid
 * link is stays with the feed. Its own throttle, not the API tokens' one: calendar apps poll from shared
 * servers, and a feed revoked but still polled must not block an integration's valid API token.
 */
final class CalendarFeedThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CalendarFeedThrottle.class);

    private final ApiTokenFailureThrottle throttle;
    private final RequestMatcher feeds;

    CalendarFeedThrottle(ApiTokenFailureThrottle throttle, String feedPaths) {
        this.throttle = throttle;
        this.feeds = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, feedPaths);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !feeds.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        Optional<Duration> blocked = throttle.blockedFor(address);
        if (blocked.isPresent()) {
            ApiTokenProblems.tooManyFeedFailures(response, blocked.get());
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
            throttle.recordFailure(address);
            log.info("Calendar feed link refused from {}", address);
        }
    }
}
