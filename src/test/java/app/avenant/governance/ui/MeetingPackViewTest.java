package app.avenant.governance.ui;

import static app.avenant.performance.PerformanceFixtures.WITHIN_48H;
import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.ChangeRequests;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.governance.AccessRegister;
import app.avenant.governance.FollowedDecision;
import app.avenant.governance.MeetingPack;
import app.avenant.governance.MeetingPacks;
import app.avenant.governance.NewReview;
import app.avenant.governance.ReviewDecisions;
import app.avenant.governance.Reviews;
import app.avenant.identity.OrganisationKind;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.Statements;
import app.avenant.shared.format.Formats;
import app.avenant.testing.MovableClock;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dossier de séance screen and, on a review, a decision turned into a draft change request. */
class MeetingPackViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    Statements statements;

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewDecisions decisions;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    AccessRegister register;

    @Autowired
    MeetingPacks packs;

    PerformanceContract contract;
    UUID review;

    @BeforeEach
    void aComiteInMarchOnTheWorkedExample() {
        contract = new PerformanceFixtures(accounts, contracts, deliverables).workedExample();
        as(
                contract.providerManager(),
                () -> statements.recordMeasurement(
                        contract.id(), YearMonth.of(2026, 3), WITHIN_48H, new BigDecimal("80")));
        review = as(
                contract.clientOwner(),
                () -> reviews.plan(
                        contract.id(), new NewReview(LocalDateTime.of(2026, 3, 20, 10, 0), 60, "Bilan du trimestre")));
    }

    private String text(Class<? extends com.vaadin.flow.component.Component> section) {
        return _get(section).getElement().getTextRecursively();
    }

    @Test
    void the_pack_shows_each_part_with_statuses_in_words_and_empty_states() {
        login(contract.clientViewer(), "reviews/" + review + "/pack");
        MeetingPackView view = _get(MeetingPackView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Période couverte : de janvier 2026 à mars 2026");
        String performance = text(PackPerformanceSection.class);
        assertThat(performance)
                .contains(
                        "Factures saisies sous 48 h (critique)",
                        "Manqué",
                        "Plafond des pénalités :",
                        Formats.money(new BigDecimal("5000"), Locale.FRANCE)); // narrow no-break spaces, as shown
        String followUp = text(PackFollowUpSection.class);
        assertThat(followUp)
                .contains(
                        "Aucune demande ouverte.", "Aucune action en retard.", "Aucune action ouverte pour ce comité.");
        assertThat(text(PackAccessSection.class))
                .contains(contract.provider().admin().displayName(), "Responsable prestataire", "Lecteur PME");
        assertThat(view.access.accessReview.getHref()).isEqualTo("contracts/" + contract.id() + "/access");
        assertThat(text(PackPreviousSection.class)).contains("Aucun comité tenu auparavant.");
    }

    @Test
    void the_comite_marks_the_access_register_reviewed_from_the_pack_and_a_viewer_cannot() {
        login(contract.clientViewer(), "reviews/" + review + "/pack");
        PackRegisterSection viewerSection = _get(PackRegisterSection.class);
        assertThat(viewerSection.reviewStatus.getText()).isEqualTo("Jamais revu en comité");
        assertThat(viewerSection.markReviewed.isVisible()).isFalse();

        login(contract.clientOwner(), "reviews/" + review + "/pack");
        _click(_get(PackRegisterSection.class).markReviewed);

        assertThat(_get(PackRegisterSection.class).reviewStatus.getText())
                .startsWith("Dernière revue en comité :")
                .contains(contract.client().admin().displayName());
        assertThat(as(
                        contract.clientOwner(),
                        () -> register.summary(contract.id()).lastReviewId()))
                .isEqualTo(review);
    }

    @Test
    void the_register_can_be_marked_reviewed_once_the_comite_has_started_by_the_portals_clock() {
        login(contract.clientOwner());
        MeetingPack pack = as(contract.clientOwner(), () -> packs.pack(review));
        // the comité starts on 20 March 2026 at 10:00 in Paris (09:00 UTC): one minute before, then on time
        MovableClock clock = new MovableClock(Instant.parse("2026-03-20T08:59:00Z"));
        assertThat(new PackRegisterSection(pack, register, clock, () -> {}).markReviewed.isVisible())
                .isFalse();

        clock.advance(Duration.ofMinutes(1));
        assertThat(new PackRegisterSection(pack, register, clock, () -> {}).markReviewed.isVisible())
                .isTrue();
    }

    @Test
    void the_review_links_to_its_pack_and_an_outsider_gets_not_found() {
        String stranger =
                accounts.newOrganisation(OrganisationKind.CLIENT).admin().username();
        login(stranger, "reviews/" + review + "/pack");
        _get(GovernanceNotFound.class);
        UI.getCurrent().navigate("reviews/not-an-id/pack");
        _get(GovernanceNotFound.class);
    }

    @Test
    void an_editor_turns_a_decision_line_into_a_draft_change_request_and_lands_on_it() {
        login(contract.clientOwner(), "reviews/" + review);
        ReviewView view = _get(ReviewView.class);
        view.decisions.setValue("- Passer à 1 040 factures\n- Relancer le cabinet sur la paie");
        _click(view.followedDecisions.open);

        DecisionChangeDialog dialog = _get(DecisionChangeDialog.class);
        assertThat(dialog.decision.getValue()).isEqualTo("Passer à 1 040 factures");
        dialog.line.setValue("Relancer le cabinet sur la paie");
        assertThat(dialog.decision.getValue()).isEqualTo("Relancer le cabinet sur la paie");
        _click(dialog.create);
        assertThat(dialog.objective.isInvalid()).isTrue();
        assertThat(dialog.objective.getErrorMessage()).isEqualTo("Choisissez l'objectif que sert la demande.");

        dialog.objective.setValue(ObjectiveKind.RELIABILITY);
        _click(dialog.create);

        List<FollowedDecision> followed = as(contract.clientOwner(), () -> decisions.followed(review));
        assertThat(followed)
                .singleElement()
                .satisfies(f -> assertThat(f.decision()).isEqualTo("Relancer le cabinet sur la paie"));
        UUID id = followed.getFirst().changeRequestId();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("changes/" + id);
        assertThat(as(contract.clientOwner(), () -> changeRequests.detail(id).status()))
                .isEqualTo(ChangeRequestStatus.DRAFT);

        UI.getCurrent().navigate("reviews/" + review);
        assertThat(_get(ReviewView.class).followedDecisions.getElement().getTextRecursively())
                .contains("DM n°" + followed.getFirst().changeRequestNumber() + " — Relancer le cabinet sur la paie");
    }

    @Test
    void a_blank_decision_is_refused_next_to_the_field_and_nothing_is_created() {
        login(contract.clientOwner(), "reviews/" + review);
        ReviewView view = _get(ReviewView.class);
        _click(view.followedDecisions.open);
        DecisionChangeDialog dialog = _get(DecisionChangeDialog.class);
        dialog.decision.setValue("   ");
        dialog.objective.setValue(ObjectiveKind.COST);
        _click(dialog.create);

        assertThat(dialog.decision.isInvalid()).isTrue();
        assertThat(dialog.decision.getErrorMessage()).isEqualTo("Indiquez la décision à suivre.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(as(contract.clientOwner(), () -> changeRequests.count(contract.id(), null)))
                .isZero();
    }

    @Test
    void a_viewer_does_not_see_the_button_to_open_a_change_request() {
        login(contract.clientViewer(), "reviews/" + review);
        assertThat(_get(ReviewView.class).followedDecisions.open.isVisible()).isFalse();
        assertThat(_find(DecisionChangeDialog.class)).isEmpty();
    }
}
