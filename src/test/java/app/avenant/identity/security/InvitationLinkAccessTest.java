package app.avenant.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/** An invitation link is opened by someone without an account: the filter chain must not send them to login. */
@SpringBootTest
class InvitationLinkAccessTest {

    private static final String LINK = "/invitation/" + "A".repeat(43);

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    /** Asked of the filter chain itself: MockMvc cannot forward to the Vaadin servlet that serves the view. */
    @Test
    void an_anonymous_visitor_may_open_an_invitation_link_and_is_not_sent_to_the_login_page() {
        var anonymous = new AnonymousAuthenticationToken(
                "test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(privileges.isAllowed(LINK, anonymous)).isTrue();
        assertThat(privileges.isAllowed("/admin/users", anonymous)).isFalse();
    }
}
