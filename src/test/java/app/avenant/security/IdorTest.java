package app.avenant.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.governance.NewReview;
import app.avenant.governance.Reviews;
import app.avenant.identity.UserRef;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Insecure direct object references: for every screen whose address carries an id (a contract, a change
 * request, a review, its meeting pack, the access review and register), a member of another organisation who types the address gets the "not found" state,
 * sees none of the contract's data, and the refusal is in the audit trail (CONTRACT_ACCESS_REFUSED, for
 * that person and that contract). Exports are download links of those screens: an outsider never gets
 * the screen, so never the link.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdorTest extends UiTest {

    private static final String CONTRACT_NOT_FOUND = "Contrat introuvable";
    private static final String CHANGE_NOT_FOUND = "Demande introuvable";
    private static final String GOVERNANCE_NOT_FOUND = "Introuvable";

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    Reviews reviews;

    @Autowired
    JdbcTemplate jdbc;

    private PerformanceContract contract;
    private PerformanceContract otherContract;
    private UUID changeRequest;
    private UUID review;

    @BeforeAll
    void buildFixture() {
        PerformanceFixtures performance = new PerformanceFixtures(accounts, contracts, deliverables);
        contract = performance.workedExample();
        performance.adopt(contract, PerformanceFixtures.amendedTerms(), Instant.now()); // so compare/1/2 exists
        otherContract = performance.workedExample();
        String owner = contract.clientOwner();
        changeRequest = TestAccounts.as(
                owner,
                () -> changeRequests.propose(
                        contract.id(),
                        new NewChangeRequest("Demande confidentielle", "Raison confidentielle", ObjectiveKind.COST)));
        review = TestAccounts.as(
                owner,
                () -> reviews.plan(
                        contract.id(),
                        new NewReview(LocalDateTime.of(2026, 12, 1, 10, 0), 60, "Ordre du jour confidentiel")));
    }

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("contracts/{id}", CONTRACT_NOT_FOUND),
                Arguments.of("contracts/{id}/changes", CONTRACT_NOT_FOUND),
                Arguments.of("changes/{cr}", CONTRACT_NOT_FOUND),
                Arguments.of("changes/{cr}/edit", CHANGE_NOT_FOUND),
                Arguments.of("contracts/{id}/compare/1/2", CONTRACT_NOT_FOUND),
                Arguments.of("contracts/{id}/overview", CONTRACT_NOT_FOUND),
                Arguments.of("contracts/{id}/indicators", CONTRACT_NOT_FOUND),
                Arguments.of("contracts/{id}/statement", CONTRACT_NOT_FOUND),
                Arguments.of("contracts/{id}/deliverables", CONTRACT_NOT_FOUND),
                Arguments.of("contracts/{id}/reviews", GOVERNANCE_NOT_FOUND),
                Arguments.of("contracts/{id}/audit", CONTRACT_NOT_FOUND),
                Arguments.of("contracts/{id}/access", CONTRACT_NOT_FOUND),
                Arguments.of("contracts/{id}/documents", CONTRACT_NOT_FOUND),
                Arguments.of("changes/{cr}/documents", CONTRACT_NOT_FOUND),
                Arguments.of("contracts/{id}/register", GOVERNANCE_NOT_FOUND),
                Arguments.of("reviews/{review}", GOVERNANCE_NOT_FOUND),
                Arguments.of("reviews/{review}/pack", GOVERNANCE_NOT_FOUND));
    }

    @ParameterizedTest(name = "{0}: another organisation''s admin gets \"{1}\"")
    @MethodSource("routes")
    void another_organisation_s_admin_gets_not_found(String route, String notFoundTitle) {
        an_outsider_gets_not_found_and_nothing_of_the_contract(
                otherContract.client().admin(), route, notFoundTitle);
    }

    @ParameterizedTest(name = "{0}: another organisation''s member gets \"{1}\"")
    @MethodSource("routes")
    void another_organisation_s_member_gets_not_found(String route, String notFoundTitle) {
        an_outsider_gets_not_found_and_nothing_of_the_contract(
                otherContract.client().member(), route, notFoundTitle);
    }

    @ParameterizedTest(name = "{0}: the refusal is in the audit trail")
    @MethodSource("routes")
    void the_refusal_is_audited(String route, String notFoundTitle) {
        UserRef outsider = otherContract.provider().member();
        long before = refusals(outsider);

        open(outsider, route);

        assertThat(_get(H2.class).getText()).isEqualTo(notFoundTitle);
        assertThat(refusals(outsider))
                .as("CONTRACT_ACCESS_REFUSED entries for %s on %s", outsider.username(), route)
                .isGreaterThan(before);
    }

    /** The control: the same addresses open for a member, so the ids above are the contract's real ones. */
    @ParameterizedTest(name = "{0}: the client''s owner gets the screen")
    @MethodSource("routes")
    void the_contract_s_owner_gets_the_screen(String route, String notFoundTitle) {
        open(contract.client().admin(), route);

        assertThat(_find(H2.class)).extracting(H2::getText).doesNotContain(notFoundTitle);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(notFoundTitle);
    }

    private void an_outsider_gets_not_found_and_nothing_of_the_contract(
            UserRef outsider, String route, String notFoundTitle) {
        open(outsider, route);

        assertThat(_get(H2.class).getText()).isEqualTo(notFoundTitle);
        assertThat(_find(Grid.class)).as("no list of the contract's data").isEmpty();
        assertThat(_find(TextField.class)).as("no form").isEmpty();
        assertThat(_find(TextArea.class)).as("no form").isEmpty();
        String page = UI.getCurrent().getElement().getTextRecursively();
        assertThat(page)
                .doesNotContain(contract.reference())
                .doesNotContain("Contrat de performance de test")
                .doesNotContain("Demande confidentielle")
                .doesNotContain("Ordre du jour confidentiel")
                .doesNotContain(contract.provider().organisation().name())
                .doesNotContain(contract.client().organisation().name());
    }

    private void open(UserRef outsider, String route) {
        login(outsider.username());
        UI.getCurrent()
                .navigate(route.replace("{id}", contract.id().toString())
                        .replace("{cr}", changeRequest.toString())
                        .replace("{review}", review.toString()));
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
    }

    private long refusals(UserRef outsider) {
        Long count = jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'CONTRACT_ACCESS_REFUSED'"
                        + " and actor_user_id = ? and contract_id = ?",
                Long.class,
                outsider.id(),
                contract.id());
        return count == null ? 0 : count;
    }
}
