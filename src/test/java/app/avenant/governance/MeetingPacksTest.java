package app.avenant.governance;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.WITHIN_48H;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.ChangeRequestSummary;
import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.Contracts;
import app.avenant.contract.Member;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.governance.MeetingPack.PackPeriod;
import app.avenant.governance.MeetingPack.ServiceLevelLine;
import app.avenant.identity.OrganisationKind;
import app.avenant.performance.Deliverables;
import app.avenant.performance.Indicators;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.QualityOutcome;
import app.avenant.performance.SlaStatus;
import app.avenant.performance.Statements;
import app.avenant.testing.OwnRequest;
import app.avenant.testing.SqlStatementCounter;
import app.avenant.testing.TestAccounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dossier de séance on the worked example, with a comité planned on 20 March 2026: 48 h service level met
 * in January, at risk in February, missed in March; and a decision that opens a draft change request.
 */
@SpringBootTest
class MeetingPacksTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    Statements statements;

    @Autowired
    Indicators indicators;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    Reviews reviews;

    @Autowired
    MeetingPacks packs;

    @Autowired
    ReviewDecisions decisions;

    @Autowired
    SqlStatementCounter sql;

    PerformanceFixtures fixtures;
    PerformanceContract contract;
    UUID review;

    @BeforeEach
    void theWorkedExampleWithAComiteInMarch() {
        fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        contract = fixtures.workedExample();
        measure(JANUARY, "96");
        measure(FEBRUARY, "92");
        measure(MARCH, "80");
        fixtures.deliver(contract, INVOICES, FEBRUARY.atDay(10), 300, QualityOutcome.FIRST_PASS, true);
        review = plan(LocalDateTime.of(2026, 3, 20, 10, 0));
    }

    private void measure(YearMonth month, String percent) {
        as(
                contract.providerManager(),
                () -> statements.recordMeasurement(contract.id(), month, WITHIN_48H, new BigDecimal(percent)));
    }

    private UUID plan(LocalDateTime at) {
        return as(
                contract.clientOwner(), () -> reviews.plan(contract.id(), new NewReview(at, 90, "Bilan du trimestre")));
    }

    private UUID draft(String title) {
        UUID id = as(
                contract.providerEditor(),
                () -> changeRequests.propose(
                        contract.id(), new NewChangeRequest(title, "Pour le comité", ObjectiveKind.RELIABILITY)));
        as(contract.providerEditor(), () -> {
            var detail = changeRequests.detail(id);
            changeRequests.revise(id, detail.version(), withLongerNotice(detail.proposed()), "");
        });
        return id;
    }

    /** A revision that changes one thing (the notice period, one month longer): a request must change something. */
    static app.avenant.contract.terms.Terms withLongerNotice(app.avenant.contract.terms.Terms terms) {
        return app.avenant.change.ChangeFixtures.withNoticePeriod(
                terms, terms.header().noticePeriodMonths() + 1);
    }

    @Test
    void the_pack_sums_up_the_quarters_service_levels_volumes_credits_and_cap() {
        MeetingPack pack = as(contract.clientViewer(), () -> packs.pack(review));

        assertThat(pack.period()).isEqualTo(new PackPeriod(JANUARY, MARCH));
        ServiceLevelLine within48h = pack.serviceLevels().getFirst();
        assertThat(within48h.key()).isEqualTo(WITHIN_48H);
        assertThat(within48h.critical()).isTrue();
        assertThat(within48h.met()).isEqualTo(1);
        assertThat(within48h.atRisk()).isEqualTo(1);
        assertThat(within48h.missed()).isEqualTo(1);
        assertThat(within48h.latest()).isEqualTo(SlaStatus.MISSED);
        assertThat(pack.serviceLevels()).extracting(ServiceLevelLine::key).contains(PerformanceFixtures.ERRORS);
        assertThat(pack.volumes())
                .filteredOn(v -> v.scopeItemKey().equals(INVOICES))
                .singleElement()
                .satisfies(v -> assertThat(v.units()).isEqualTo(300));

        BigDecimal expectedCredits =
                as(contract.clientOwner(), () -> indicators.report(contract.id(), JANUARY, MARCH)).months().stream()
                        .map(MonthFigures::credits)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(expectedCredits).isPositive();
        assertThat(pack.credits()).isEqualByComparingTo(expectedCredits);
        assertThat(pack.penaltyCap()).isNotNull();
        assertThat(pack.penaltyCap().cap()).isEqualByComparingTo("5000");
        assertThat(pack.penaltyCap().consumed()).isEqualByComparingTo(expectedCredits);
        assertThat(pack.penaltyCap().reached()).isFalse();
    }

    @Test
    void the_pack_lists_open_change_requests_actions_and_everyone_to_recertify() {
        UUID submitted = draft("Revoir le délai de 48 h");
        as(
                contract.providerEditor(),
                () -> changeRequests.submit(
                        submitted, changeRequests.detail(submitted).version()));
        UUID drafted = draft("Ajouter la saisie des notes de frais");
        UUID ownerOfAction = contract.client().member().id();
        UUID overdue = as(
                contract.clientOwner(),
                () -> reviews.addAction(
                        review, new NewActionItem("Envoyer les relevés", ownerOfAction, LocalDate.of(2026, 3, 25))));

        MeetingPack pack = as(contract.providerManager(), () -> packs.pack(review));

        assertThat(pack.openChangeRequests())
                .extracting(ChangeRequestSummary::id)
                .containsExactly(submitted, drafted);
        assertThat(pack.openChangeRequests())
                .extracting(ChangeRequestSummary::status)
                .containsExactly(ChangeRequestStatus.SUBMITTED, ChangeRequestStatus.DRAFT);
        assertThat(pack.openChangeRequestCount()).isEqualTo(2);
        assertThat(pack.overdueActions()).extracting(ActionItemView::id).containsExactly(overdue);
        assertThat(pack.openActions()).extracting(ActionItemView::id).containsExactly(overdue);
        assertThat(pack.accessList())
                .extracting(Member::userId)
                .containsExactlyInAnyOrder(
                        contract.client().admin().id(),
                        contract.client().member().id(),
                        contract.provider().admin().id(),
                        contract.provider().member().id());
        assertThat(pack.previous()).isNull();
        assertThat(pack.canOpenChangeRequest()).isTrue();
        assertThat(as(contract.clientViewer(), () -> packs.pack(review)).canOpenChangeRequest())
                .isFalse();
    }

    @Test
    void a_held_comites_pack_reads_as_it_was_that_day_without_what_came_after() {
        UUID before = draft("Sur la table du comité");
        as(contract.clientOwner(), () -> reviews.markHeld(review));
        UUID after = draft("Proposée après le comité");

        MeetingPack held = as(contract.clientOwner(), () -> packs.pack(review));

        assertThat(held.openChangeRequests())
                .extracting(ChangeRequestSummary::id)
                .contains(before)
                .doesNotContain(after);
        assertThat(held.openChangeRequestCount())
                .isEqualTo(held.openChangeRequests().size());
        assertThat(held.period()).isEqualTo(new PackPeriod(JANUARY, MARCH));
        // a comité still to come lists both
        UUID next = plan(LocalDateTime.of(2026, 6, 18, 10, 0));
        assertThat(as(contract.clientOwner(), () -> packs.pack(next)).openChangeRequests())
                .extracting(ChangeRequestSummary::id)
                .contains(before, after);
    }

    @Test
    void the_next_comite_covers_the_months_since_the_held_one_and_carries_its_decisions_over() {
        as(contract.clientOwner(), () -> reviews.saveMinutes(review, "Tour de table", "- Passer à 1 040 factures"));
        UUID followed = as(
                contract.clientOwner(),
                () -> decisions.openChangeRequest(review, "Passer à 1 040 factures", ObjectiveKind.COST));
        as(contract.clientOwner(), () -> reviews.markHeld(review));
        UUID june = plan(LocalDateTime.of(2026, 6, 18, 10, 0));

        MeetingPack pack = as(contract.clientOwner(), () -> packs.pack(june));

        assertThat(pack.period()).isEqualTo(new PackPeriod(YearMonth.of(2026, 4), YearMonth.of(2026, 6)));
        assertThat(pack.previous()).isNotNull();
        assertThat(pack.previous().id()).isEqualTo(review);
        assertThat(pack.previous().decisions()).isEqualTo("- Passer à 1 040 factures");
        assertThat(pack.previous().followed())
                .extracting(FollowedDecision::changeRequestId)
                .containsExactly(followed);
        assertThat(pack.openChangeRequests())
                .extracting(ChangeRequestSummary::id)
                .containsExactly(followed);
    }

    @Test
    void an_outsider_gets_not_found_as_for_a_review_that_does_not_exist() {
        String outsider =
                accounts.newOrganisation(OrganisationKind.CLIENT).admin().username();
        assertThatThrownBy(() -> as(outsider, () -> packs.pack(review))).isInstanceOf(ReviewNotFoundException.class);
        assertThatThrownBy(() -> as(contract.clientOwner(), () -> packs.pack(UUID.randomUUID())))
                .isInstanceOf(ReviewNotFoundException.class);
        assertThatThrownBy(
                        () -> as(outsider, () -> decisions.openChangeRequest(review, "Décision", ObjectiveKind.COST)))
                .isInstanceOf(ReviewNotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> decisions.followed(review)))
                .isInstanceOf(ReviewNotFoundException.class);
    }

    @Test
    void a_decision_opens_a_draft_change_request_titled_with_it_and_the_review_lists_it() {
        UUID id = as(
                contract.providerEditor(),
                () -> decisions.openChangeRequest(
                        review, "  Passer la référence à 1 040 factures  ", ObjectiveKind.COST));

        ChangeRequestDetail draft = as(contract.clientOwner(), () -> changeRequests.detail(id));
        assertThat(draft.status()).isEqualTo(ChangeRequestStatus.DRAFT);
        assertThat(draft.title()).isEqualTo("Passer la référence à 1 040 factures");
        assertThat(draft.reason()).isEqualTo("Décision du comité du 20/03/2026 : Passer la référence à 1 040 factures");
        assertThat(draft.serves()).isEqualTo(ObjectiveKind.COST);
        assertThat(as(contract.clientViewer(), () -> decisions.followed(review)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.changeRequestId()).isEqualTo(id);
                    assertThat(f.changeRequestNumber()).isEqualTo(draft.number());
                    assertThat(f.decision()).isEqualTo("Passer la référence à 1 040 factures");
                });
    }

    @Test
    void a_viewer_is_denied_and_a_blank_or_too_long_decision_is_refused_with_nothing_stored() {
        assertThatThrownBy(() -> as(
                        contract.clientViewer(),
                        () -> decisions.openChangeRequest(review, "Passer à 1 040 factures", ObjectiveKind.COST)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        contract.clientOwner(), () -> decisions.openChangeRequest(review, "   ", ObjectiveKind.COST)))
                .isInstanceOfSatisfying(
                        GovernanceRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("governance.pack.error.decision.required"));
        assertThatThrownBy(() -> as(
                        contract.clientOwner(),
                        () -> decisions.openChangeRequest(review, "x".repeat(201), ObjectiveKind.COST)))
                .isInstanceOfSatisfying(
                        GovernanceRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("governance.pack.error.decision.tooLong"));

        assertThat(as(contract.clientOwner(), () -> changeRequests.count(contract.id(), null)))
                .isZero();
        assertThat(as(contract.clientOwner(), () -> decisions.followed(review))).isEmpty();
    }

    @Test
    void the_pack_reads_as_many_statements_with_one_or_many_open_requests_and_actions() {
        draft("Première demande");
        UUID owner = contract.client().admin().id();
        as(
                contract.clientOwner(),
                () -> reviews.addAction(
                        review, new NewActionItem("Première action", owner, LocalDate.of(2026, 3, 25))));
        // each pack a click of its own, once the server knows the people it names (KnownPeople)
        as(contract.clientOwner(), () -> packs.pack(review));
        long few = as(contract.clientOwner(), () -> OwnRequest.of(() -> sql.count(() -> packs.pack(review))));

        for (int i = 0; i < 5; i++) {
            draft("Demande " + i);
            int n = i;
            as(
                    contract.clientOwner(),
                    () -> reviews.addAction(
                            review, new NewActionItem("Action " + n, owner, LocalDate.of(2026, 3, 25))));
        }
        as(contract.clientOwner(), () -> packs.pack(review));
        long many = as(contract.clientOwner(), () -> OwnRequest.of(() -> sql.count(() -> packs.pack(review))));

        assertThat(many).isEqualTo(few);
    }
}
