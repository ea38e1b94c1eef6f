package app.avenant.change.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.change.ChangeRequestDetail;
import app.avenant.contract.ContractSummary;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.notification.NotificationKind;
import app.avenant.notification.Notifications;
import app.avenant.testing.TestAccounts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each side's screen says whose turn it is by name; approvers are named; withdrawn approvals are traced. */
class WhoseTurnViewTest extends ChangeUiTest {

    @Autowired
    Users users;

    @Autowired
    Notifications notifications;

    private String organisationOf(UserRef user) {
        return users.organisationsByIds(Set.of(user.organisationId()))
                .get(user.organisationId())
                .name();
    }

    private String nextStep() {
        return _get(ChangeRequestView.class).nextStep.getText();
    }

    @Test
    void after_the_pme_approved_it_waits_for_the_named_provider_manager_whose_screen_says_it_is_his_turn() {
        TestContract c = contract();
        UUID id = proposeBaseline(c, c.clientEditor(), 1200);
        submitAs(c.clientEditor(), id);
        approveAs(c.clientOwner(), id);

        login(c.clientOwner().username(), "changes/" + id);
        assertThat(nextStep())
                .isEqualTo("En attente de l’approbation d’"
                        + c.providerManager().displayName() + " (" + organisationOf(c.providerManager()) + ")");
        assertThat(_get(ChangeRequestView.class).nextStep.getElement().getAttribute("role"))
                .isEqualTo("status");

        login(c.providerManager().username(), "changes/" + id);
        assertThat(nextStep())
                .isEqualTo("À vous : approuver ou contre-proposer la révision 2 de "
                        + c.clientEditor().displayName());
    }

    /**
     * The trial: Paul's draft read « À vous : compléter puis soumettre votre brouillon » to Claire, and « En
     * attente de Julien Moreau » although the provider cannot see drafts.
     */
    @Test
    void a_colleagues_draft_is_named_as_theirs_and_nobody_of_the_other_side_is_awaited() {
        TestContract c = contract();
        UUID id = proposeBaseline(c, c.clientEditor(), 1200);

        login(c.clientOwner().username(), "changes/" + id);

        assertThat(nextStep())
                .isEqualTo("Brouillon de " + c.clientEditor().displayName()
                        + " (PME), pas encore soumis : vous pouvez aussi le compléter et le soumettre");
        String approvals = text(_get(ApprovalsPanel.class));
        assertThat(approvals)
                .contains("Ne voit pas les brouillons : pourra approuver une fois la demande soumise")
                .contains("Pas encore : la demande n’est pas soumise")
                .doesNotContain("En attente de " + c.providerManager().displayName());

        login(c.clientEditor().username(), "changes/" + id);
        assertThat(nextStep()).isEqualTo("À vous : compléter puis soumettre votre brouillon");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_home_page_counts_the_requests_awaiting_me_on_each_contract() {
        TestContract c = contract();
        UUID first = proposeBaseline(c, c.clientEditor(), 1200);
        submitAs(c.clientEditor(), first);
        UUID second = proposeBaseline(c, c.clientEditor(), 1300);
        submitAs(c.clientEditor(), second);

        login(c.providerManager().username(), "");

        Grid<ContractSummary> grid = _get(Grid.class);
        assertThat(text(GridKt._getCellComponent(grid, 0, "mine"))).isEqualTo("2 demandes à traiter");
        login(c.clientViewer().username(), "");
        assertThat(text(GridKt._getCellComponent(_get(Grid.class), 0, "mine"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_contract_awaiting_me_comes_first_on_the_home_page_even_when_it_would_be_on_a_later_page() {
        TestContract c = contract();
        UUID id = proposeBaseline(c, c.clientEditor(), 1200);
        submitAs(c.clientEditor(), id);
        // three contracts changed since, between the same two organisations: newer, so before it by date
        for (int i = 0; i < 3; i++) {
            UUID newer = contractInternals.openContract(new app.avenant.contract.NewContract(
                    "N-" + UUID.randomUUID().toString().substring(0, 12),
                    "Plus récent " + i,
                    c.clientOwner().organisationId(),
                    c.providerManager().organisationId()));
            contractInternals.enrol(
                    newer, c.providerManager().id(), app.avenant.contract.ContractRole.PROVIDER_MANAGER, false);
        }
        login(c.providerManager().username(), "");

        Grid<ContractSummary> grid = _get(Grid.class);
        // a page of one row, as a grid scrolled far would ask: the query itself must put it first
        List<ContractSummary> firstRow = grid.getDataProvider()
                .fetch(new Query<>(0, 1, List.of(), null, null))
                .toList();
        assertThat(firstRow).extracting(ContractSummary::id).containsExactly(c.id());
        assertThat(text(GridKt._getCellComponent(grid, 0, "mine"))).isEqualTo("1 demande à traiter");
    }

    @Test
    void a_request_awaiting_my_approval_comes_first_in_the_list_even_when_it_would_be_on_a_later_page() {
        TestContract c = contract();
        UUID oldest = proposeBaseline(c, c.clientEditor(), 1200);
        submitAs(c.clientEditor(), oldest);
        for (int i = 0; i < 12; i++) {
            proposeBaseline(c, c.providerEditor(), 1300 + i);
        }

        var firstPage = TestAccounts.as(c.providerManager().username(), () -> changeRequests.list(c.id(), null, 0, 5));
        assertThat(firstPage.getFirst().id()).isEqualTo(oldest);
        assertThat(firstPage.getFirst().awaitingMyApproval()).isTrue();
        var secondPage = TestAccounts.as(c.providerManager().username(), () -> changeRequests.list(c.id(), null, 5, 5));
        assertThat(secondPage).extracting(s -> s.id()).doesNotContain(oldest);
    }

    @Test
    void an_editor_is_told_who_can_approve_for_their_side() {
        TestContract c = contract();
        UUID id = proposeBaseline(c, c.clientEditor(), 1200);
        submitAs(c.clientEditor(), id);

        login(c.clientEditor().username(), "changes/" + id);

        String approvals = text(_get(Section.class, spec -> spec.withId("cr-approvals")));
        assertThat(approvals)
                .contains("Vous ne pouvez pas approuver : " + c.clientOwner().displayName() + " ("
                        + organisationOf(c.clientOwner()) + ") le peut.");
        assertThat(approvals).contains("Peut approuver : " + c.providerManager().displayName());
        assertThat(nextStep())
                .startsWith(
                        "En attente de l’approbation d’" + c.providerManager().displayName());
    }

    @Test
    void a_counter_proposal_withdraws_the_pme_approval_in_the_timeline_and_tells_the_approver() {
        TestContract c = contract();
        UUID id = proposeBaseline(c, c.clientEditor(), 1200);
        submitAs(c.clientEditor(), id);
        approveAs(c.clientOwner(), id);
        TestAccounts.as(c.providerEditor().username(), () -> {
            ChangeRequestDetail d = changeRequests.detail(id);
            changeRequests.revise(
                    id, d.version(), ChangeFixtures.withBaseline(d.proposed(), "item-0", 1100), "1 100 au plus");
        });

        login(c.clientOwner().username(), "changes/" + id);
        // closed, the history is neither read nor shown; opened, it tells the whole negotiation in order
        assertThat(_find(TimelinePanel.class)).isEmpty();
        _get(TimelineDetails.class).setOpened(true);

        String timeline = text(_get(Section.class, spec -> spec.withId("cr-timeline")));
        assertThat(timeline)
                .contains(
                        "Révision 2 approuvée par " + c.clientOwner().displayName(),
                        "Approbation d’" + c.clientOwner().displayName() + " (PME) retirée par la révision 3 de "
                                + c.providerEditor().displayName(),
                        "Contre-proposition (révision 3) de "
                                + c.providerEditor().displayName());
        assertThat(timeline.indexOf("Soumise par")).isLessThan(timeline.indexOf("retirée par"));
        assertThat(nextStep())
                .isEqualTo("À vous : approuver ou contre-proposer la révision 3 de "
                        + c.providerEditor().displayName());
        assertThat(TestAccounts.as(c.clientOwner().username(), () -> notifications.newest(5)))
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.APPROVAL_WITHDRAWN);
                    assertThat(n.actorName()).isEqualTo(c.providerEditor().displayName());
                });
    }
}
