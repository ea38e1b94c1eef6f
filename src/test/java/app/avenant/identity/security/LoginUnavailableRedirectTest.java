package app.avenant.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.WebAttributes;
import org.springframework.transaction.CannotCreateTransactionException;

/** The form login's failure redirect, as the failure handler leaves it: after keeping the failure in the session. */
class LoginUnavailableRedirectTest {

    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
    MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void a_sign_in_that_could_not_reach_the_database_is_sent_to_the_unavailable_page_not_told_wrong_password()
            throws Exception {
        failedWith(new InternalAuthenticationServiceException(
                "Could not open JPA EntityManager for transaction",
                new CannotCreateTransactionException(
                        "no connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out"))));

        new LoginLockoutFilter.UnavailableRedirect(request, response, "/login/unavailable")
                .sendRedirect("/login?error");

        assertThat(response.getRedirectedUrl()).isEqualTo("/login/unavailable");
    }

    @Test
    void a_wrong_password_keeps_its_usual_answer() throws Exception {
        failedWith(new BadCredentialsException("Bad credentials"));

        new LoginLockoutFilter.UnavailableRedirect(request, response, "/login/unavailable")
                .sendRedirect("/login?error");

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void a_success_goes_where_it_was_going() throws Exception {
        new LoginLockoutFilter.UnavailableRedirect(request, response, "/login/unavailable").sendRedirect("/");

        assertThat(response.getRedirectedUrl()).isEqualTo("/");
    }

    private void failedWith(Exception failure) {
        request.getSession(true).setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }
}
