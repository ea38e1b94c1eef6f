package app.avenant.audit;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.identity.ApiTokens;
import app.avenant.identity.NewApiToken;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** What the application's own actions and Spring Security's callbacks leave in the trail. */
@SpringBootTest
class AuditListenersTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ChangeFixtures changeFixtures;

    @Autowired
    ChangeRequests changes;

    @Autowired
    Contracts contracts;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        // another test class may have started a second context whose strategy is now the JVM-wide one
        SecurityContextHolder.setContextHolderStrategy(applicationContext.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void a_failed_login_is_recorded_with_the_username_attempted_and_no_actor() throws Exception {
        String attempted = "inconnu-" + UUID.randomUUID();

        mvc.perform(formLogin("/login").user(attempted).password("mauvais")).andExpect(unauthenticated());

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select actor_user_id, details from audit_entry where action = 'LOGIN_FAILED' and details like ?",
                "%" + attempted + "%");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("actor_user_id")).isNull();
        assertThat((String) rows.getFirst().get("details")).contains("username=" + attempted);
    }

    @Test
    void a_successful_login_and_a_logout_are_recorded_for_the_user_and_their_organisation() throws Exception {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);

        mvc.perform(formLogin("/login").user(pme.member().username()).password(TestAccounts.PASSWORD))
                .andExpect(authenticated());
        mvc.perform(post("/logout").with(csrf()).with(user(pme.member().username())));

        assertThat(count(
                        "LOGIN_SUCCEEDED",
                        "actor_user_id = ? and organisation_id = ?",
                        pme.member().id(),
                        pme.organisation().id()))
                .isEqualTo(1);
        assertThat(count("LOGOUT", "actor_user_id = ?", pme.member().id())).isEqualTo(1);
    }

    @Test
    void a_change_request_action_is_recorded_once_committed() {
        var c = changeFixtures.contract(1);
        UUID id = as(
                c.clientEditor().username(),
                () -> changes.propose(c.id(), new NewChangeRequest("Titre", "Raison", ObjectiveKind.RELIABILITY)));

        as(c.clientEditor().username(), () -> changes.comment(id, "Un commentaire"));

        assertThat(count(
                        "CHANGE_REQUEST_COMMENTED",
                        "contract_id = ? and actor_user_id = ?",
                        c.id(),
                        c.clientEditor().id()))
                .isEqualTo(1);
    }

    @Test
    void a_change_request_action_rolled_back_leaves_no_entry() {
        var c = changeFixtures.contract(1);
        UUID id = as(
                c.clientEditor().username(),
                () -> changes.propose(c.id(), new NewChangeRequest("Titre", "Raison", ObjectiveKind.RELIABILITY)));

        as(
                c.clientEditor().username(),
                () -> transactions.executeWithoutResult(status -> {
                    changes.comment(id, "Annulé");
                    status.setRollbackOnly();
                }));

        assertThat(count("CHANGE_REQUEST_COMMENTED", "contract_id = ?", c.id())).isZero();
    }

    @Test
    void opening_a_contract_is_recorded_and_an_outsider_s_attempt_too() {
        var c = changeFixtures.contract(1);

        as(c.clientViewer().username(), () -> contracts.workspace(c.id()));
        assertThatThrownBy(() -> as(c.outsider().admin().username(), () -> contracts.workspace(c.id())))
                .isInstanceOf(ContractNotFoundException.class);

        assertThat(count(
                        "CONTRACT_VIEWED",
                        "contract_id = ? and actor_user_id = ?",
                        c.id(),
                        c.clientViewer().id()))
                .isEqualTo(1);
        assertThat(count(
                        "CONTRACT_ACCESS_REFUSED",
                        "contract_id = ? and actor_user_id = ?",
                        c.id(),
                        c.outsider().admin().id()))
                .isEqualTo(1);
    }

    @Test
    void membership_changes_are_recorded() {
        var c = changeFixtures.contract(1);

        assertThat(count("MEMBER_ADDED", "contract_id = ?", c.id())).isEqualTo(5);
        assertThat(count("CONTACT_PERSON_NAMED", "contract_id = ?", c.id())).isEqualTo(2);
    }

    @Test
    void an_api_token_s_creation_use_and_revocation_are_recorded() {
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        NewApiToken token = as(provider.admin().username(), () -> apiTokens.create("Outil de facturation"));

        assertThat(apiTokens.authenticate(token.plaintext())).isPresent();
        as(provider.admin().username(), () -> apiTokens.revoke(token.token().id()));

        String details = "%token=" + token.token().id() + "%";
        assertThat(count(
                        "API_TOKEN_CREATED",
                        "actor_user_id = ? and details like ?",
                        provider.admin().id(),
                        details))
                .isEqualTo(1);
        assertThat(count(
                        "API_TOKEN_USED",
                        "organisation_id = ? and actor_user_id is null and details like ?",
                        provider.organisation().id(),
                        details))
                .isEqualTo(1);
        assertThat(count("API_TOKEN_REVOKED", "details like ?", details)).isEqualTo(1);
    }

    private long count(String action, String where, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = action;
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = args[i] instanceof UUID uuid ? uuid.toString() : args[i];
        }
        Long n = jdbc.queryForObject("select count(*) from audit_entry where action = ? and " + where, Long.class, all);
        return n == null ? 0 : n;
    }
}
