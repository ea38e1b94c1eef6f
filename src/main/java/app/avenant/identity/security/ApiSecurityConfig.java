package app.avenant.identity.security;

import app.avenant.identity.ApiTokens;
import app.avenant.shared.cluster.ClusterBus;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API's own security chain, for {@code /api/**} only: a program sends an organisation's API token on
 * every call (see {@link ApiTokenFilter}); no session, no cookie, no CSRF token (nothing a browser sends
 * on its own authenticates here, so there is nothing to forge). Answers are RFC 9457 problems, never the
 * login page.
 *
 * <p>Spring Security puts a request to its chains in {@code @Order} and only the first whose matcher
 * matches handles it. This chain comes first and matches {@code /api/**} only; the portal's chain
 * ({@link SecurityConfig}, Vaadin's) has no order, so it comes last and keeps every other request
 * unchanged (Spring Security refuses to start if a chain matching any request came before another).
 */
@Configuration
class ApiSecurityConfig {

    static final String API_PATHS = "/api/**";
    /** The OpenAPI description: public, so a developer reads it before having a token. */
    static final String OPENAPI_PATH = "/api/v1/openapi.yaml";
    /** Calendar feeds (governance): the secret token in the URL is the credential, checked by the feed itself. */
    static final String CALENDAR_PATHS = "/api/calendar/**";

    /** Refused tokens tolerated from one client address within {@link #FAILURE_WINDOW}. */
    static final int MAX_FAILURES = 10;

    static final Duration FAILURE_WINDOW = Duration.ofMinutes(1);
    /** Client addresses remembered at most by the throttle (a few hundred kilobytes). */
    static final int MAX_ADDRESSES = 10_000;

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http,
            ApiTokens tokens,
            Clock clock,
            ClusterBus bus,
            ObjectProvider<SecurityContextHolderStrategy> strategies)
            throws Exception {
        // Vaadin declares the strategy as a bean (and makes it SecurityContextHolder's when the context is
        // ready); the chain's own filters read that bean, so the token filter must write to it as well
        SecurityContextHolderStrategy contexts =
                strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        ApiTokenFailureThrottle throttle = new ApiTokenFailureThrottle(
                        clock, MAX_FAILURES, FAILURE_WINDOW, MAX_ADDRESSES)
                .sharedThrough(bus, "api-token-refused");
        http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, OPENAPI_PATH)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, CALENDAR_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, e) -> ApiTokenProblems.missingToken(response))
                        .accessDeniedHandler((request, response, e) -> ApiTokenProblems.forbidden(response)))
                .addFilterBefore(new ApiTokenFilter(tokens, throttle, contexts), AnonymousAuthenticationFilter.class)
                // the same rule for guessed calendar links, counted apart (see CalendarFeedThrottle)
                .addFilterAfter(
                        new CalendarFeedThrottle(
                                new ApiTokenFailureThrottle(clock, MAX_FAILURES, FAILURE_WINDOW, MAX_ADDRESSES)
                                        .sharedThrough(bus, "calendar-link-refused"),
                                CALENDAR_PATHS),
                        AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
