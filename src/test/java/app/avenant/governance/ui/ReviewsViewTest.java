package app.avenant.governance.ui;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractFixtures.TestContract;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.governance.Cadence;
import app.avenant.governance.NewActionItem;
import app.avenant.governance.NewReview;
import app.avenant.governance.ReviewSummary;
import app.avenant.governance.Reviews;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.MovableClock;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewsViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Reviews reviews;

    @Autowired
    Clock clock;

    TestContract contract;

    @BeforeEach
    void aContract() {
        contract = new ContractFixtures(accounts, contracts).contract(1, 1);
    }

    private ReviewsView open(String username) {
        login(username, "contracts/" + contract.id() + "/reviews");
        return _get(ReviewsView.class);
    }

    @Test
    void without_a_cadence_the_dialog_proposes_ten_o_clock_a_week_after_the_portals_today() {
        login(contract.provider().admin().username());
        // the portal's clock, not the machine's: a late evening at the end of February (in the clock's zone)
        MovableClock clock = new MovableClock(Instant.parse("2027-02-26T23:30:00Z"));

        PlanReviewDialog dialog = new PlanReviewDialog(reviews, contract.id(), clock, created -> {});

        assertThat(dialog.startsAt.getValue()).isEqualTo(LocalDateTime.of(2027, 3, 5, 10, 0));
    }

    @Test
    void an_editor_plans_a_review_with_the_dialog_and_lands_on_it() {
        ReviewsView view = open(contract.provider().admin().username());
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Aucun comité planifié pour l'instant.");

        _click(view.plan);
        PlanReviewDialog dialog = _get(PlanReviewDialog.class);
        LocalDateTime at = LocalDateTime.now(clock)
                .plusDays(6)
                .withHour(15)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        dialog.startsAt.setValue(at);
        dialog.agenda.setValue("Bilan trimestriel");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        ReviewView review = _get(ReviewView.class);
        assertThat(review.getPageTitle()).startsWith("Comité du ");
        List<ReviewSummary> rows = as(contract.client().admin().username(), () -> reviews.list(contract.id(), 0, 5));
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.agenda()).isEqualTo("Bilan trimestriel"));
    }

    @Test
    void a_blank_agenda_is_refused_next_to_the_field() {
        ReviewsView view = open(contract.client().admin().username());
        _click(view.plan);
        PlanReviewDialog dialog = _get(PlanReviewDialog.class);
        dialog.agenda.setValue("   ");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.agenda.isInvalid()).isTrue();
        assertThat(dialog.agenda.getErrorMessage()).isEqualTo("Indiquez l'ordre du jour.");
    }

    @Test
    void the_list_shows_date_agenda_status_and_overdue_actions_in_words() {
        String owner = contract.client().admin().username();
        UUID past = as(
                owner,
                () -> reviews.plan(
                        contract.id(),
                        new NewReview(LocalDateTime.now(clock).minusDays(20), 60, "Comité de mars\nDétails")));
        as(
                owner,
                () -> reviews.addAction(
                        past,
                        new NewActionItem(
                                "Relancer",
                                contract.client().admin().id(),
                                LocalDate.now(clock).minusDays(3))));
        ReviewsView view = open(owner);

        List<ReviewSummary> rows = GridKt._fetch(view.grid, 0, 10);
        assertThat(rows).hasSize(1);
        assertThat(GridKt._getFormattedRow(view.grid, rows.getFirst())).contains("Comité de mars");
        Span actions = view.actionsCell(rows.getFirst());
        assertThat(actions.getElement().getTextRecursively()).isEqualTo("1 ouverte · 1 en retard");
        assertThat(_find(actions, Span.class).stream().anyMatch(s -> s.hasClassName("av-gov-overdue")))
                .isTrue();
    }

    @Test
    void approvers_set_the_cadence_and_viewers_only_read_it() {
        ReviewsView view = open(contract.client().admin().username());
        assertThat(view.cadence.isReadOnly()).isFalse();
        view.cadence.setValue(Cadence.MONTHLY);
        // a programmatic change is not a user's: the select saves on the user's choice only
        assertThat(as(contract.client().admin().username(), () -> reviews.cadence(contract.id())))
                .isEqualTo(Cadence.NONE);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(view.cadence, Cadence.QUARTERLY);
        assertThat(as(contract.client().admin().username(), () -> reviews.cadence(contract.id())))
                .isEqualTo(Cadence.QUARTERLY);

        UUID member = contract.client().member().id();
        accounts.contractInternals().enrol(contract.id(), member, ContractRole.CLIENT_VIEWER, false);
        ReviewsView asViewer = open(contract.client().member().username());
        assertThat(asViewer.cadence.isReadOnly()).isTrue();
        assertThat(asViewer.cadence.getValue()).isEqualTo(Cadence.QUARTERLY);
        assertThat(asViewer.plan.isVisible()).isFalse();
    }

    @Test
    void a_member_of_another_organisation_and_a_malformed_id_get_not_found() {
        String stranger =
                accounts.newOrganisation(OrganisationKind.CLIENT).admin().username();
        login(stranger, "contracts/" + contract.id() + "/reviews");
        _get(GovernanceNotFound.class);
        assertThat(_find(ReviewsView.class).getFirst().grid.isAttached()).isFalse();

        UI.getCurrent().navigate("contracts/not-a-uuid/reviews");
        _get(GovernanceNotFound.class);
    }
}
