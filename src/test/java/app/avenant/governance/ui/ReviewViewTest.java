package app.avenant.governance.ui;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractFixtures.TestContract;
import app.avenant.contract.Contracts;
import app.avenant.contract.Member;
import app.avenant.governance.ActionItemView;
import app.avenant.governance.NewActionItem;
import app.avenant.governance.NewReview;
import app.avenant.governance.ReviewDetail;
import app.avenant.governance.ReviewStatus;
import app.avenant.governance.Reviews;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Reviews reviews;

    @Autowired
    Clock clock;

    TestContract contract;
    String owner;
    UUID review;

    @BeforeEach
    void aReview() {
        contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        owner = contract.client().admin().username();
        review = as(
                owner,
                () -> reviews.plan(
                        contract.id(), new NewReview(LocalDateTime.now(clock).minusDays(1), 60, "Bilan du mois")));
    }

    private ReviewView open(String username) {
        login(username, "reviews/" + review);
        return _get(ReviewView.class);
    }

    private ReviewDetail detail() {
        return as(owner, () -> reviews.review(review));
    }

    @Test
    void an_editor_chooses_attendees_of_both_sides_and_saves_minutes_and_decisions() {
        ReviewView view = open(owner);
        assertThat(view.attendees
                        .getListDataView()
                        .getItems()
                        .map(Member::userId)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        contract.client().admin().id(),
                        contract.provider().admin().id());
        view.attendees.select(view.attendees.getListDataView().getItems().toList());
        view.minutes.setValue("Tour de table");
        view.decisions.setValue("Passer à 120 factures par mois");
        _click(view.save);

        ReviewDetail saved = detail();
        assertThat(saved.attendeeIds())
                .isEqualTo(Set.of(
                        contract.client().admin().id(),
                        contract.provider().admin().id()));
        assertThat(saved.minutes()).isEqualTo("Tour de table");
        assertThat(saved.decisions()).isEqualTo("Passer à 120 factures par mois");
    }

    @Test
    void marking_the_review_held_after_confirmation_closes_its_record() {
        ReviewView view = open(owner);
        view.minutes.setValue("Compte rendu final");
        _click(view.markHeld);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(detail().status()).isEqualTo(ReviewStatus.HELD);
        assertThat(detail().minutes()).isEqualTo("Compte rendu final");
        ReviewView reloaded = _get(ReviewView.class);
        assertThat(reloaded.minutes.isReadOnly()).isTrue();
        assertThat(reloaded.save.isVisible()).isFalse();
    }

    @Test
    void an_editor_adds_an_action_item_with_owner_and_due_date_then_marks_it_done() {
        ReviewView view = open(owner);
        _click(view.addAction);
        ActionItemDialog dialog = _get(ActionItemDialog.class);
        dialog.description.setValue("Envoyer le rapport mensuel");
        dialog.owner.setValue(dialog.owner
                .getListDataView()
                .getItems()
                .filter(m -> m.userId().equals(contract.provider().admin().id()))
                .findFirst()
                .orElseThrow());
        dialog.dueDate.setValue(LocalDate.now(clock).plusDays(10));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        ActionItemView row = GridKt._get(view.actions, 0);
        assertThat(row.description()).isEqualTo("Envoyer le rapport mensuel");
        assertThat(row.ownerName()).isEqualTo(contract.provider().admin().displayName());
        Checkbox done = (Checkbox) GridKt._getCellComponent(view.actions, 0, "done");
        assertThat(done.getValue()).isFalse();

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(done, true);
        assertThat(detail().actions().getFirst().done()).isTrue();
        assertThat(((Span) GridKt._getCellComponent(view.actions, 0, "state")).getText())
                .isEqualTo("Faite");
    }

    @Test
    void an_action_longer_than_500_characters_or_without_owner_is_refused_next_to_the_field() {
        ReviewView view = open(owner);
        _click(view.addAction);
        ActionItemDialog dialog = _get(ActionItemDialog.class);
        dialog.description.setValue("Relancer");
        _click(dialog.save);
        assertThat(dialog.owner.isInvalid()).isTrue();
        assertThat(dialog.owner.getErrorMessage()).isEqualTo("Choisissez un responsable.");

        dialog.owner.setValue(
                dialog.owner.getListDataView().getItems().findFirst().orElseThrow());
        dialog.description.setValue("   ");
        _click(dialog.save);
        assertThat(dialog.description.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(detail().actions()).isEmpty();
    }

    @Test
    void an_overdue_action_is_highlighted_in_colour_and_in_words() {
        as(
                owner,
                () -> reviews.addAction(
                        review,
                        new NewActionItem(
                                "En retard",
                                contract.client().admin().id(),
                                LocalDate.now(clock).minusDays(2))));
        as(
                owner,
                () -> reviews.addAction(
                        review,
                        new NewActionItem(
                                "À venir",
                                contract.client().admin().id(),
                                LocalDate.now(clock).plusDays(2))));
        ReviewView view = open(contract.provider().admin().username());

        Span late = (Span) GridKt._getCellComponent(view.actions, 0, "state");
        assertThat(late.getText()).isEqualTo("En retard");
        assertThat(late.hasClassName("av-gov-overdue")).isTrue();
        assertThat(view.actions.getPartNameGenerator().apply(GridKt._get(view.actions, 0)))
                .isEqualTo("av-gov-overdue-row");
        Span onTime = (Span) GridKt._getCellComponent(view.actions, 1, "state");
        assertThat(onTime.getText()).isEqualTo("À faire");
        assertThat(onTime.hasClassName("av-gov-overdue")).isFalse();
    }

    @Test
    void a_member_of_another_organisation_gets_not_found() {
        String stranger =
                accounts.newOrganisation(OrganisationKind.PROVIDER).admin().username();
        login(stranger, "reviews/" + review);
        _get(GovernanceNotFound.class);
        assertThat(_find(ReviewView.class).getFirst().actions.isAttached()).isFalse();

        UI.getCurrent().navigate("reviews/" + UUID.randomUUID());
        _get(GovernanceNotFound.class);
        UI.getCurrent().navigate("reviews/1-1-1-1-1");
        _get(GovernanceNotFound.class);
    }
}
