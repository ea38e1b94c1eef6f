package app.avenant.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** An invitation link is opened by someone without an account: the filter chain must not send them to login. */
@SpringBootTest
class InvitationLinkAccessTest {

    private static final String LINK = "/invitation/" + "A".repeat(43);

    @Autowired
    WebApplicationContext context;
    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    @Test
    void an_anonymous_visitor_may_open_an_invitation_link() {
        var anonymous = new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(privileges.isAllowed(LINK, anonymous)).isTrue();
        assertThat(privileges.isAllowed("/admin/users", anonymous)).isFalse();
    }

    @Test
    void the_link_is_not_redirected_to_the_login_page() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();

        MvcResult result = mvc.perform(get(LINK)).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isNull();
        assertThat(result.getResponse().getStatus()).isNotIn(302, 401, 403);
    }
}
