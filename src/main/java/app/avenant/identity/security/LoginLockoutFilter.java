package app.avenant.identity.security;

import app.avenant.identity.ui.LoginUnavailableView;
import app.avenant.shared.fault.DatabaseFault;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs just before the form login: a sign-in whose username or client address is locked by
 * {@link LoginThrottle} is refused without checking the password, with exactly the answer of a wrong
 * password (a redirect to {@code /login?error}), so nobody learns that a lock exists, nor whether the
 * account does. A sign-in that fails because the database cannot be reached is sent to
 * {@code /login/unavailable} instead ({@link UnavailableRedirect}). Not a bean: Spring Boot would otherwise also register it on every request of the server.
 */
final class LoginLockoutFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final RequestMatcher loginForm;
    private final AuthenticationFailureHandler failure;
    private final String unavailablePath;

    LoginLockoutFilter(LoginThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.unavailablePath = "/" + LoginUnavailableView.ROUTE;
        this.loginForm = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
        // the same handler, same URL, as the form login's own default on failure
        this.failure = new SimpleUrlAuthenticationFailureHandler(loginPath + "?error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!loginForm.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (throttle.refuses(request.getParameter("username"), request.getRemoteAddr())) {
            failure.onAuthenticationFailure(request, response, new BadCredentialsException("Bad credentials"));
            return;
        }
        chain.doFilter(request, new UnavailableRedirect(request, response, unavailablePath));
    }

    /**
     * A sign-in that failed because the database could not be checked is no wrong password: its redirect goes
     * to the "service unavailable" page instead of {@code ?error}. The form login's failure handler keeps the
     * failure in the session (Spring Security's {@link WebAttributes#AUTHENTICATION_EXCEPTION}) before it
     * redirects; a success clears it first.
     */
    static final class UnavailableRedirect extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final String unavailablePath;

        UnavailableRedirect(HttpServletRequest request, HttpServletResponse response, String unavailablePath) {
            super(response);
            this.request = request;
            this.unavailablePath = unavailablePath;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(failedOnTheDatabase(request) ? unavailablePath : location);
        }

        private static boolean failedOnTheDatabase(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            return failure instanceof Throwable thrown
                    && DatabaseFault.of(thrown).isPresent();
        }
    }
}
