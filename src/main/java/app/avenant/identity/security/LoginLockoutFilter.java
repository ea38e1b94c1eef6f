package app.avenant.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs just before the form login: a sign-in whose username or client address is locked by
 * {@link LoginThrottle} is refused without checking the password, with exactly the answer of a wrong
 * password (a redirect to {@code /login?error}), so nobody learns that a lock exists, nor whether the
 * account does. Not a bean: Spring Boot would otherwise also register it on every request of the server.
 */
final class LoginLockoutFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final RequestMatcher loginForm;
    private final AuthenticationFailureHandler failure;

    LoginLockoutFilter(LoginThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginForm = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
        // the same handler, same URL, as the form login's own default on failure
        this.failure = new SimpleUrlAuthenticationFailureHandler(loginPath + "?error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loginForm.matches(request) && throttle.refuses(request.getParameter("username"), request.getRemoteAddr())) {
            failure.onAuthenticationFailure(request, response, new BadCredentialsException("Bad credentials"));
            return;
        }
        chain.doFilter(request, response);
    }
}
