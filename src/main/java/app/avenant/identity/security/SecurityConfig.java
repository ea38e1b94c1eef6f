package app.avenant.identity.security;

import app.avenant.identity.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.LinkedHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login through Avenant's login view; every other page needs a signed-in user, and Vaadin's view
 * access control checks each view's annotation. Services check the caller's rights themselves.
 *
 * <p>Around Vaadin's configuration: failed sign-ins are throttled ({@link LoginThrottle}), every signed-in
 * session is registered so an admin's suspension ends it at once ({@link SessionRevocation}), and every
 * response carries the portal's security headers ({@link SecurityHeaders}). The idle timeout (30 minutes)
 * is {@code server.servlet.session.timeout} in application.properties.
 *
 * <p>The login form needs Spring's CSRF token like every other form: Vaadin's configurer exempts the login
 * path, which let any site sign a visitor in to an account of its choosing (login CSRF). The token is in the
 * login page's {@code <meta name="_csrf">} (Vaadin writes it when Spring Security put one in the request) and
 * the login web component copies it into the form it submits. Every redirect is a path, never a URL built
 * from the {@code Host} header ({@link RelativeRedirects}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String LOGIN_PATH = "/login";
    static final String INVITATION_PATHS = "/invitation/*";
    static final String DOCUMENT_PATHS = "/documents/contracts/**";
    static final String UNSUBSCRIBE_PATHS = "/mail/unsubscribe/**";

    /**
     * No Micrometer observation around each of the filter chain's filters, nor around sign-in and each access
     * decision. Nothing reads them (the portal's figures are the HTTP timings and its own gauges), and wrapping every
     * filter of every request cost some 3 % of the CPU of a request in the load test (issue 13, point 1).
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, LoginThrottle throttle, SessionRegistry sessions, RequestUtil vaadinRequests)
            throws Exception {
        http.addFilterBefore(new RelativeRedirects(), DisableEncodeUrlFilter.class);
        // our own static files (plain CSS, images): registered before Vaadin's catch-all rule
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/icons/**", "/images/**", "/styles/**")
                .permitAll()
                // an invitation link is opened by someone without an account yet (the link is the credential;
                // AcceptInvitationView is @AnonymousAllowed): never sent to the login page
                .requestMatchers(INVITATION_PATHS)
                .permitAll()
                // a message's unsubscribe link, opened from a mailbox: the link is the credential and can only stop
                // mail; a mail client's one-click unsubscribe (RFC 8058) posts without any session or token
                .requestMatchers(UNSUBSCRIBE_PATHS, "/mail/unsubscribe")
                .permitAll()
                // the PDFs of versions and amendments: plain downloads for signed-in people (Vaadin's rules refuse
                // any path that is not a view); the document service checks the right on the contract
                .requestMatchers(DOCUMENT_PATHS)
                .authenticated());
        // Vaadin sets form login (failure → /login?error) and logout (→ /login); CSRF is ours (below)
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class, LOGIN_PATH).enableCsrfConfiguration(false));
        // Vaadin's own requests (UIDL, heartbeat, push) carry Vaadin's CSRF token and are checked by Vaadin;
        // everything else posted, the login form included, needs Spring's
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(UNSUBSCRIBE_PATHS)));
        http.exceptionHandling(errors -> errors.accessDeniedHandler(staleLoginFormStartsAgain()));
        // a locked username or address is refused before its password is even checked
        http.addFilterBefore(new LoginLockoutFilter(throttle, LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(session -> session
                // against session fixation: the session id changes at sign-in (the session's content stays)
                .sessionFixation(fixation -> fixation.changeSessionId())
                // no limit on sessions per user; the registry lets a suspension expire them all, and an
                // expired session's next request is logged out and sent to the login page
                .maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredUrl(LOGIN_PATH));
        http.headers(SecurityHeaders.portal());
        return http.build();
    }

    /**
     * A login form posted without a valid token (a forged post, or a page left open past the session's end) is
     * sent back to a fresh login page, signed in as nobody; any other refusal stays Spring's plain 403.
     */
    private static AccessDeniedHandler staleLoginFormStartsAgain() {
        RequestMatcher loginForm = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH);
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(loginForm, (request, response, denied) -> response.sendRedirect(LOGIN_PATH));
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }

    /** Every signed-in session, by user: filled at sign-in, emptied as the container destroys sessions. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Relays the container's session events to Spring (for the registry and {@link SessionRevocation}). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** BCrypt today, with a "{bcrypt}" prefix so a future algorithm can be introduced without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
