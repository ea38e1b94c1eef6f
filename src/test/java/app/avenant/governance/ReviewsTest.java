package app.avenant.governance;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractFixtures.TestContract;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.governance.domain.ActionItemRepository;
import app.avenant.governance.domain.CalendarFeedTokenRepository;
import app.avenant.governance.domain.ReviewCadenceRepository;
import app.avenant.governance.domain.ReviewQueries;
import app.avenant.governance.domain.ReviewRepository;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.Users;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ReviewsTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractAccess contractAccess;

    @Autowired
    Reviews reviews;

    @Autowired
    Clock clock;

    TestContract contract;
    String owner;
    String manager;

    @BeforeEach
    void aContract() {
        contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        owner = contract.client().admin().username();
        manager = contract.provider().admin().username();
    }

    private UUID planned(String who, LocalDateTime at) {
        return as(who, () -> reviews.plan(contract.id(), new NewReview(at, 90, "Bilan du mois\nVolumes")));
    }

    private String viewer() {
        UUID member = contract.client().member().id();
        accounts.contractInternals().enrol(contract.id(), member, ContractRole.CLIENT_VIEWER, false);
        return contract.client().member().username();
    }

    @Test
    void an_editor_of_either_side_plans_a_review_and_members_read_it() {
        LocalDateTime at = LocalDateTime.now(clock)
                .plusDays(10)
                .withHour(14)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        UUID id = planned(manager, at);

        ReviewDetail detail = as(owner, () -> reviews.review(id));
        assertThat(detail.startsAt())
                .isEqualTo(at.atZone(ZoneId.of("Europe/Paris")).toInstant());
        assertThat(detail.endsAt()).isEqualTo(detail.startsAt().plusSeconds(90 * 60));
        assertThat(detail.agenda()).isEqualTo("Bilan du mois\nVolumes");
        assertThat(detail.status()).isEqualTo(ReviewStatus.PLANNED);
        assertThat(detail.members()).hasSize(2);
        assertThat(detail.canRecord()).isTrue();
        assertThat(as(owner, () -> reviews.count(contract.id()))).isEqualTo(1);
    }

    @Test
    void a_blank_agenda_or_an_odd_duration_is_refused_and_nothing_is_stored() {
        LocalDateTime at = LocalDateTime.now(clock).plusDays(1);
        assertThatThrownBy(() -> as(owner, () -> reviews.plan(contract.id(), new NewReview(at, 60, "  "))))
                .isInstanceOfSatisfying(
                        GovernanceRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("governance.error.agenda.required"));
        assertThatThrownBy(() -> as(owner, () -> reviews.plan(contract.id(), new NewReview(at, 5, "Ordre du jour"))))
                .isInstanceOfSatisfying(
                        GovernanceRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("governance.error.duration.invalid"));
        assertThat(as(owner, () -> reviews.count(contract.id()))).isZero();
    }

    @Test
    void the_list_shows_upcoming_reviews_soonest_first_then_past_ones_latest_first() {
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        UUID lastMonth = planned(owner, now.minusMonths(1));
        UUID twoMonthsAgo = planned(owner, now.minusMonths(2));
        UUID nextMonth = planned(owner, now.plusMonths(1));
        UUID nextWeek = planned(owner, now.plusWeeks(1));

        List<ReviewSummary> list = as(owner, () -> reviews.list(contract.id(), 0, 10));
        assertThat(list).extracting(ReviewSummary::id).containsExactly(nextWeek, nextMonth, lastMonth, twoMonthsAgo);
        assertThat(list).extracting(ReviewSummary::upcoming).containsExactly(true, true, false, false);
        assertThat(as(owner, () -> reviews.list(contract.id(), 1, 2)))
                .extracting(ReviewSummary::id)
                .containsExactly(nextMonth, lastMonth);
    }

    @Test
    void attendees_are_chosen_among_members_of_both_sides() {
        UUID id = planned(owner, LocalDateTime.now(clock).plusDays(3));
        Set<UUID> both = Set.of(
                contract.client().admin().id(), contract.provider().admin().id());
        as(owner, () -> reviews.setAttendees(id, both));
        assertThat(as(manager, () -> reviews.review(id)).attendeeIds()).isEqualTo(both);

        UUID outsider = contract.provider().member().id(); // same organisation, not a member of the contract
        assertThatThrownBy(() -> as(owner, () -> reviews.setAttendees(id, Set.of(outsider))))
                .isInstanceOfSatisfying(
                        GovernanceRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("governance.error.attendee.notMember"));
        assertThat(as(owner, () -> reviews.review(id)).attendeeIds()).isEqualTo(both);
    }

    @Test
    void minutes_and_decisions_are_editable_until_the_review_is_held() {
        UUID id = planned(owner, LocalDateTime.now(clock).minusDays(1));
        as(manager, () -> reviews.saveMinutes(id, "Tour de table", "Passer à 120 factures"));
        as(owner, () -> reviews.markHeld(id));

        ReviewDetail held = as(owner, () -> reviews.review(id));
        assertThat(held.minutes()).isEqualTo("Tour de table");
        assertThat(held.decisions()).isEqualTo("Passer à 120 factures");
        assertThat(held.status()).isEqualTo(ReviewStatus.HELD);
        assertThat(held.canRecord()).isFalse();
        assertThatThrownBy(() -> as(owner, () -> reviews.saveMinutes(id, "Autre", "Autre")))
                .isInstanceOfSatisfying(
                        GovernanceRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("governance.error.review.held"));
        assertThatThrownBy(() -> as(owner, () -> reviews.setAttendees(id, Set.of())))
                .isInstanceOf(GovernanceRuleException.class);
        assertThat(as(owner, () -> reviews.review(id)).minutes()).isEqualTo("Tour de table");
    }

    @Test
    void action_items_have_an_owner_among_members_and_are_ticked_done_and_undone() {
        UUID id = planned(owner, LocalDateTime.now(clock).minusDays(1));
        UUID providerAdmin = contract.provider().admin().id();
        LocalDate due = LocalDate.now(clock).plusDays(7);
        UUID action =
                as(owner, () -> reviews.addAction(id, new NewActionItem("Envoyer le rapport", providerAdmin, due)));

        ActionItemView open = as(owner, () -> reviews.review(id)).actions().getFirst();
        assertThat(open.id()).isEqualTo(action);
        assertThat(open.ownerName()).isEqualTo(contract.provider().admin().displayName());
        assertThat(open.dueDate()).isEqualTo(due);
        assertThat(open.done()).isFalse();
        assertThat(open.overdue()).isFalse();

        as(manager, () -> reviews.setActionDone(action, true));
        ActionItemView done = as(owner, () -> reviews.review(id)).actions().getFirst();
        assertThat(done.done()).isTrue();
        assertThat(done.doneByName()).isEqualTo(contract.provider().admin().displayName());
        assertThat(done.doneAt()).isNotNull();

        as(owner, () -> reviews.setActionDone(action, false));
        assertThat(as(owner, () -> reviews.review(id)).actions().getFirst().done())
                .isFalse();
    }

    @Test
    void an_action_item_needs_a_description_of_at_most_500_characters_and_a_member_as_owner() {
        UUID id = planned(owner, LocalDateTime.now(clock).plusDays(1));
        LocalDate due = LocalDate.now(clock);
        UUID me = contract.client().admin().id();
        Consumer<NewActionItem> add = item -> as(owner, () -> reviews.addAction(id, item));
        assertThatThrownBy(() -> add.accept(new NewActionItem(" ", me, due)))
                .hasMessage("governance.error.action.description.required");
        assertThatThrownBy(() -> add.accept(new NewActionItem("x".repeat(501), me, due)))
                .hasMessage("governance.error.action.description.tooLong");
        assertThatThrownBy(() -> add.accept(
                        new NewActionItem("Relancer", contract.client().member().id(), due)))
                .hasMessage("governance.error.action.owner.notMember");
        add.accept(new NewActionItem("x".repeat(500), me, due));
        assertThat(as(owner, () -> reviews.review(id)).actions()).hasSize(1);
    }

    @Test
    void overdue_means_not_done_and_due_before_today() {
        UUID id = planned(owner, LocalDateTime.now(clock).minusDays(10));
        UUID me = contract.client().admin().id();
        LocalDate today = LocalDate.now(clock);
        UUID late = as(owner, () -> reviews.addAction(id, new NewActionItem("En retard", me, today.minusDays(1))));
        as(owner, () -> reviews.addAction(id, new NewActionItem("Dû aujourd'hui", me, today)));
        UUID lateButDone = as(owner, () -> reviews.addAction(id, new NewActionItem("Fait", me, today.minusDays(5))));
        as(owner, () -> reviews.setActionDone(lateButDone, true));

        assertThat(as(manager, () -> reviews.overdueActions(contract.id())))
                .extracting(ActionItemView::id)
                .containsExactly(late);
        ReviewSummary row = as(owner, () -> reviews.list(contract.id(), 0, 5)).getFirst();
        assertThat(row.openActions()).isEqualTo(2);
        assertThat(row.overdueActions()).isEqualTo(1);
    }

    @Autowired
    ReviewRepository reviewRepository;

    @Autowired
    ActionItemRepository actionRepository;

    @Autowired
    ReviewCadenceRepository cadenceRepository;

    @Autowired
    CalendarFeedTokenRepository feedRepository;

    @Autowired
    ReviewQueries queries;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void on_a_fixed_date_an_action_due_the_day_before_is_overdue() {
        UUID id = planned(owner, LocalDateTime.of(2026, 3, 2, 10, 0));
        UUID me = contract.client().admin().id();
        UUID action = as(
                owner,
                () -> reviews.addAction(id, new NewActionItem("Chiffrer le pilote", me, LocalDate.of(2026, 3, 10))));

        ActionItemView onTheDay = onDate(LocalDate.of(2026, 3, 10), id);
        ActionItemView dayAfter = onDate(LocalDate.of(2026, 3, 11), id);
        assertThat(onTheDay.id()).isEqualTo(action);
        assertThat(onTheDay.overdue()).isFalse();
        assertThat(dayAfter.overdue()).isTrue();
    }

    private ActionItemView onDate(LocalDate date, UUID reviewId) {
        Clock fixed =
                Clock.fixed(date.atTime(9, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
        Reviews onClock = new Reviews(
                reviewRepository,
                actionRepository,
                cadenceRepository,
                feedRepository,
                queries,
                contracts,
                contractAccess,
                users,
                fixed);
        return transactions
                .execute(status -> as(owner, () -> onClock.review(reviewId)))
                .actions()
                .getFirst();
    }

    @Test
    void viewers_read_but_neither_plan_nor_record_and_only_approvers_set_the_cadence() {
        UUID id = planned(owner, LocalDateTime.now(clock).plusDays(2));
        String viewer = viewer();
        UUID viewerId = contract.client().member().id();

        assertThat(as(viewer, () -> reviews.review(id)).canEdit()).isFalse();
        assertThatThrownBy(() -> as(
                        viewer,
                        () -> reviews.plan(
                                contract.id(), new NewReview(LocalDateTime.now(clock), 60, "Ordre du jour"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(viewer, () -> reviews.saveMinutes(id, "a", "b")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        viewer,
                        () -> reviews.addAction(id, new NewActionItem("Relancer", viewerId, LocalDate.now(clock)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(viewer, () -> reviews.setCadence(contract.id(), Cadence.MONTHLY)))
                .isInstanceOf(AccessDeniedException.class);

        // the owner of an action ticks it even as a viewer
        UUID action =
                as(owner, () -> reviews.addAction(id, new NewActionItem("Relancer", viewerId, LocalDate.now(clock))));
        as(viewer, () -> reviews.setActionDone(action, true));
        assertThat(as(owner, () -> reviews.review(id)).actions().getFirst().done())
                .isTrue();

        as(manager, () -> reviews.setCadence(contract.id(), Cadence.QUARTERLY));
        assertThat(as(viewer, () -> reviews.cadence(contract.id()))).isEqualTo(Cadence.QUARTERLY);
    }

    @Test
    void the_cadence_proposes_the_next_review_one_period_after_the_latest() {
        assertThat(as(owner, () -> reviews.scheduleNext(contract.id()))).isEmpty();
        as(owner, () -> reviews.setCadence(contract.id(), Cadence.MONTHLY));
        LocalDateTime latest = LocalDateTime.now(clock)
                .plusDays(3)
                .withHour(9)
                .withMinute(30)
                .withSecond(0)
                .withNano(0);
        planned(owner, latest);
        assertThat(as(owner, () -> reviews.scheduleNext(contract.id()))).contains(latest.plusMonths(1));
    }

    @Test
    void the_next_date_rolls_forward_past_now_and_starts_from_today_without_a_review() {
        LocalDateTime now = LocalDateTime.of(2026, 5, 20, 8, 0);
        assertThat(Reviews.nextDate(Period.ofMonths(1), LocalDateTime.of(2026, 1, 15, 14, 0), now))
                .isEqualTo(LocalDateTime.of(2026, 6, 15, 14, 0));
        assertThat(Reviews.nextDate(Period.ofMonths(3), null, now)).isEqualTo(LocalDateTime.of(2026, 8, 20, 10, 0));
    }

    @Test
    void a_member_of_another_organisation_gets_not_found_from_every_method() {
        UUID id = planned(owner, LocalDateTime.now(clock).plusDays(2));
        UUID me = contract.client().admin().id();
        UUID action = as(owner, () -> reviews.addAction(id, new NewActionItem("Relancer", me, LocalDate.now(clock))));
        TestOrganisation other = accounts.newOrganisation(OrganisationKind.CLIENT);
        String stranger = other.admin().username();
        UUID c = contract.id();
        LocalDate today = LocalDate.now(clock);

        List<Runnable> calls = List.of(
                () -> reviews.cadence(c),
                () -> reviews.setCadence(c, Cadence.MONTHLY),
                () -> reviews.scheduleNext(c),
                () -> reviews.plan(c, new NewReview(LocalDateTime.now(clock), 60, "Ordre du jour")),
                () -> reviews.list(c, 0, 10),
                () -> reviews.count(c),
                () -> reviews.review(id),
                () -> reviews.setAttendees(id, Set.of()),
                () -> reviews.saveMinutes(id, "a", "b"),
                () -> reviews.markHeld(id),
                () -> reviews.addAction(id, new NewActionItem("x", me, today)),
                () -> reviews.setActionDone(action, true),
                () -> reviews.overdueActions(c));
        for (Runnable call : calls) {
            assertThatThrownBy(() -> as(stranger, call)).isInstanceOf(ContractNotFoundException.class);
        }
        assertThat(as(owner, () -> reviews.review(id)).actions().getFirst().done())
                .isFalse();
    }

    @Test
    void a_review_or_action_id_of_another_contract_is_not_found_even_for_a_member_of_some_contract() {
        UUID id = planned(owner, LocalDateTime.now(clock).plusDays(2));
        UUID me = contract.client().admin().id();
        UUID action = as(owner, () -> reviews.addAction(id, new NewActionItem("Relancer", me, LocalDate.now(clock))));
        TestContract otherContract = new ContractFixtures(accounts, contracts).contract(1, 1);
        String otherOwner = otherContract.client().admin().username();

        assertThatThrownBy(() -> as(otherOwner, () -> reviews.review(id))).isInstanceOf(ReviewNotFoundException.class);
        assertThatThrownBy(() -> as(otherOwner, () -> reviews.setActionDone(action, true)))
                .isInstanceOf(ReviewNotFoundException.class);
        assertThatThrownBy(() -> as(owner, () -> reviews.review(UUID.randomUUID())))
                .isInstanceOf(ReviewNotFoundException.class);
    }

    @Test
    void the_calendar_lists_reviews_of_my_contracts_and_my_open_actions_only() {
        UUID id = planned(owner, LocalDateTime.now(clock).plusDays(2));
        UUID providerAdmin = contract.provider().admin().id();
        UUID mine =
                as(owner, () -> reviews.addAction(id, new NewActionItem("À moi", providerAdmin, LocalDate.now(clock))));
        as(
                owner,
                () -> reviews.addAction(
                        id,
                        new NewActionItem("Pas à moi", contract.client().admin().id(), LocalDate.now(clock))));

        MyCalendar calendar = as(manager, () -> reviews.myCalendar());
        assertThat(calendar.reviews()).extracting(MyCalendar.Entry::reviewId).containsExactly(id);
        assertThat(calendar.actions()).extracting(MyCalendar.Action::actionId).containsExactly(mine);

        String outsider =
                accounts.newOrganisation(OrganisationKind.PROVIDER).admin().username();
        MyCalendar empty = as(outsider, () -> reviews.myCalendar());
        assertThat(empty.reviews()).isEmpty();
        assertThat(empty.actions()).isEmpty();
    }

    @Test
    void a_feed_token_names_its_user_until_regenerated_or_revoked() {
        String first = as(manager, () -> reviews.createMyCalendarFeed());
        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(reviews.calendarFeedOwner(first)).contains(manager);
        assertThat(as(manager, () -> reviews.myCalendarFeed())).isPresent();

        String second = as(manager, () -> reviews.createMyCalendarFeed());
        assertThat(reviews.calendarFeedOwner(first)).isEmpty();
        assertThat(reviews.calendarFeedOwner(second)).contains(manager);

        as(manager, () -> reviews.revokeMyCalendarFeed());
        assertThat(reviews.calendarFeedOwner(second)).isEmpty();
        assertThat(as(manager, () -> reviews.myCalendarFeed())).isEmpty();
        assertThat(reviews.calendarFeedOwner("not a token")).isEmpty();
    }
}
