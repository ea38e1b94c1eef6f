package app.avenant.identity.security;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.avenant.identity.OrganisationKind;
import app.avenant.identity.Users;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Account protection through the real security filter chain: lockout after repeated failures, sessions
 * ended by a suspension, security headers. Each test signs in from its own client address, so the
 * per-address throttle of one test (or of the rest of the suite) never touches another.
 */
@SpringBootTest
class LoginProtectionTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Users users;

    @Value("${server.servlet.session.timeout}")
    Duration sessionTimeout;

    MockMvc mvc;
    TestOrganisation pme;
    String address;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
        // another test class may have started its own context (a real port) and taken over the strategy
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
        pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    @Test
    void after_five_failures_even_the_right_password_is_refused_with_the_usual_answer() throws Exception {
        String username = pme.member().username();
        for (int i = 0; i < 5; i++) {
            signIn(username, "pas-le-bon-mot-de-passe")
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }

        signIn(username, TestAccounts.PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void four_failures_still_let_the_right_password_in_and_a_success_starts_the_count_again() throws Exception {
        String username = pme.member().username();
        for (int i = 0; i < 4; i++) {
            signIn(username, "pas-le-bon-mot-de-passe").andExpect(unauthenticated());
        }
        signIn(username, TestAccounts.PASSWORD).andExpect(authenticated().withUsername(username));

        for (int i = 0; i < 4; i++) {
            signIn(username, "pas-le-bon-mot-de-passe").andExpect(unauthenticated());
        }
        signIn(username, TestAccounts.PASSWORD).andExpect(authenticated().withUsername(username));
    }

    @Test
    void a_locked_username_is_locked_whatever_its_case() throws Exception {
        String username = pme.member().username();
        for (int i = 0; i < 5; i++) {
            signIn(username.toUpperCase(), "pas-le-bon-mot-de-passe").andExpect(unauthenticated());
        }

        signIn(username, TestAccounts.PASSWORD).andExpect(unauthenticated());
    }

    @Test
    void an_unknown_username_gets_the_very_same_answer_as_a_locked_account() throws Exception {
        String unknown = "personne-" + pme.organisation().id().toString().substring(0, 8);
        String username = pme.member().username();
        for (int i = 0; i < 5; i++) {
            signIn(unknown, "pas-le-bon-mot-de-passe");
            signIn(username, "pas-le-bon-mot-de-passe");
        }

        MvcResult locked = signIn(username, TestAccounts.PASSWORD).andReturn();
        MvcResult unknownLocked = signIn(unknown, TestAccounts.PASSWORD).andReturn();
        MvcResult unknownFresh = signIn(unknown + "-bis", TestAccounts.PASSWORD).andReturn();

        for (MvcResult result : new MvcResult[] {locked, unknownLocked, unknownFresh}) {
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(result.getResponse().getHeaderNames())
                    .containsExactlyInAnyOrderElementsOf(locked.getResponse().getHeaderNames());
        }
    }

    @Test
    void one_address_failing_on_many_usernames_is_held_back() throws Exception {
        for (int i = 0; i < LoginThrottle.ADDRESS_MAX_FAILURES; i++) {
            signIn("inconnu-" + i + "-" + address, "pas-le-bon-mot-de-passe").andExpect(unauthenticated());
        }

        signIn(pme.member().username(), TestAccounts.PASSWORD)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        // another address is not concerned
        address = "172.16." + address.substring("10.".length());
        signIn(pme.member().username(), TestAccounts.PASSWORD).andExpect(authenticated());
    }

    @Test
    void a_suspended_user_is_signed_out_at_once_and_cannot_sign_in_again() throws Exception {
        String username = pme.member().username();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .with(fromAddress())
                        .param("username", username)
                        .param("password", TestAccounts.PASSWORD))
                .andExpect(authenticated().withUsername(username));
        mvc.perform(get("/").session(session)).andExpect(authenticated().withUsername(username));

        as(pme.admin().username(), () -> users.suspendUser(pme.member().id()));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").session(session)).andExpect(unauthenticated());
        signIn(username, TestAccounts.PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_removed_user_is_signed_out_at_once_and_cannot_sign_in_again() throws Exception {
        String username = pme.member().username();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .with(fromAddress())
                        .param("username", username)
                        .param("password", TestAccounts.PASSWORD))
                .andExpect(authenticated());

        as(pme.admin().username(), () -> users.removeUser(pme.member().id()));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
        signIn(username, TestAccounts.PASSWORD).andExpect(unauthenticated());
    }

    @Test
    void a_reactivated_user_signs_in_again() throws Exception {
        as(pme.admin().username(), () -> users.suspendUser(pme.member().id()));
        as(pme.admin().username(), () -> users.reactivateUser(pme.member().id()));

        signIn(pme.member().username(), TestAccounts.PASSWORD).andExpect(authenticated());
    }

    @Test
    void even_the_redirect_to_the_login_page_carries_the_security_headers() throws Exception {
        // the login page itself, served by the Vaadin servlet, is checked over real HTTP in SecurityHeadersTest
        mvc.perform(get("/contracts"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains(
                        "frame-ancestors 'none'",
                        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "style-src 'self' 'unsafe-inline'",
                        "connect-src 'self'",
                        "img-src 'self' data:");
    }

    @Test
    void a_session_idles_out_after_thirty_minutes() {
        assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
    }

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login")
                .with(csrf())
                .with(fromAddress())
                .param("username", username)
                .param("password", password));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor fromAddress() {
        String from = address;
        return request -> {
            request.setRemoteAddr(from);
            return request;
        };
    }
}
