package app.avenant.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The real form login (POST /login) through the real security filter chain. */
@SpringBootTest
class FormLoginTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    MockMvc mvc;
    TestOrganisation pme;

    @BeforeEach
    void setUp() {
        // built by hand rather than with @AutoConfigureMockMvc, so this class shares the cached context
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        pme = accounts.newOrganisation(OrganisationKind.CLIENT);
    }

    @Test
    void an_unknown_user_and_a_wrong_password_get_the_very_same_answer() throws Exception {
        MvcResult unknown = mvc.perform(
                        formLogin("/login").user("personne-inconnue").password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated())
                .andReturn();
        MvcResult wrongPassword = mvc.perform(
                        formLogin("/login").user(pme.member().username()).password("pas-le-bon-mot"))
                .andExpect(unauthenticated())
                .andReturn();

        assertThat(unknown.getResponse().getStatus()).isEqualTo(302);
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(wrongPassword.getResponse().getStatus())
                .isEqualTo(unknown.getResponse().getStatus());
        assertThat(wrongPassword.getResponse().getRedirectedUrl())
                .isEqualTo(unknown.getResponse().getRedirectedUrl());
    }

    @Test
    void the_right_password_signs_in_whatever_the_case_of_the_username() throws Exception {
        mvc.perform(formLogin("/login")
                        .user(pme.member().username().toUpperCase())
                        .password(TestAccounts.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(authenticated().withUsername(pme.member().username()));
    }

    @Test
    void signing_in_changes_the_session_id_against_session_fixation() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();

        MvcResult result = mvc.perform(post("/login")
                        .session(before)
                        .with(csrf())
                        .param("username", pme.member().username())
                        .param("password", TestAccounts.PASSWORD))
                .andExpect(authenticated())
                .andReturn();

        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(idBefore);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_theme_and_avenant_style_sheets_are_public_so_the_login_page_is_styled() {
        // asked of the filter chain itself: MockMvc cannot forward to the Vaadin servlet that serves them
        var anonymous = new AnonymousAuthenticationToken(
                "test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(privileges.isAllowed("/styles/avenant.css", anonymous)).isTrue();
        assertThat(privileges.isAllowed("/lumo/lumo.css", anonymous)).isTrue();
        assertThat(privileges.isAllowed("/admin/users", anonymous)).isFalse();
    }
}
