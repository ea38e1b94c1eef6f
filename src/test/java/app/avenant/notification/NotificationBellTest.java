package app.avenant.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.governance.NewActionItem;
import app.avenant.governance.NewReview;
import app.avenant.governance.Reviews;
import app.avenant.identity.Users;
import app.avenant.notification.NotificationTarget.Screen;
import app.avenant.performance.StatementValidated;
import app.avenant.shared.format.Formats;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class NotificationBellTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Reviews reviews;

    @Autowired
    Notifications notifications;

    @Autowired
    Clock clock;

    @Autowired
    Users users;

    @Test
    void the_bell_counts_unread_notifications_and_updates_while_the_screen_is_open() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        login(contract.provider().admin().username());
        Span badge = _get(NotificationBell.class).badge;
        assertThat(badge.isVisible()).isFalse();

        transaction.executeWithoutResult(status -> events.publishEvent(new ChangeRequestEvent.Submitted(
                contract.id(), UUID.randomUUID(), 1, contract.client().admin().id())));
        // the bell is told off the committing thread, which queues its refresh as a push round trip would run it
        awaitUi("the bell to count it", badge::isVisible);

        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("1");
        assertThat(UI.getCurrent()).isNotNull();
    }

    @Test
    void each_entry_leads_to_the_screen_of_what_it_is_about() {
        UUID contract = UUID.randomUUID();
        UUID request = UUID.randomUUID();

        assertThat(NotificationBell.url(NotificationTarget.changeRequest(contract, request)))
                .isEqualTo("changes/" + request);
        assertThat(NotificationBell.url(NotificationTarget.of(Screen.CONTRACT_HISTORY, contract)))
                .isEqualTo("contracts/" + contract + "?tab=history");
        assertThat(NotificationBell.url(NotificationTarget.of(Screen.CONTRACT_TEAM, contract)))
                .isEqualTo("contracts/" + contract + "?tab=team");
        assertThat(NotificationBell.url(NotificationTarget.of(Screen.CONTRACT_OVERVIEW, contract)))
                .isEqualTo("contracts/" + contract + "/overview");
    }

    @Test
    void opening_an_entry_marks_it_read_and_shows_its_screen() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        transaction.executeWithoutResult(status -> events.publishEvent(new ChangeRequestEvent.Accepted(
                contract.id(), UUID.randomUUID(), 3, contract.client().admin().id(), 2)));
        login(contract.provider().admin().username());
        NotificationBell bell = _get(NotificationBell.class);
        bell.renderList();

        _click(_get(bell, Div.class, spec -> spec.withClasses("av-bell-entry")));

        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("contracts/" + contract.id() + "?tab=history");
    }

    @Test
    void the_bell_counts_only_what_awaits_the_reader() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        UUID client = contract.client().admin().id();
        publish(
                new ChangeRequestEvent.Submitted(contract.id(), UUID.randomUUID(), 1, client),
                new ChangeRequestEvent.Commented(contract.id(), UUID.randomUUID(), 2, client, false),
                new ChangeRequestEvent.Accepted(contract.id(), UUID.randomUUID(), 3, client, 2));

        login(contract.provider().admin().username());

        assertThat(_get(NotificationBell.class).badge.getText()).isEqualTo("1");
    }

    @Test
    void a_bell_told_of_something_for_information_leaves_its_screen_untouched() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        login(contract.provider().admin().username());
        // a bell of its own, told on this thread at once, so the test sees what each telling queues for the screen
        NotificationFeed direct = new NotificationFeed(Runnable::run);
        NotificationBell bell = new NotificationBell(notifications, direct, users);
        UI.getCurrent().add(bell);
        UUID reader = contract.provider().admin().id();
        int before = VaadinSession.getCurrent().getPendingAccessQueue().size();

        publish(new ChangeRequestEvent.Commented(
                contract.id(), UUID.randomUUID(), 1, contract.client().admin().id(), false));
        direct.changed(List.of(reader));
        assertThat(VaadinSession.getCurrent().getPendingAccessQueue()).hasSize(before);

        publish(new ChangeRequestEvent.Submitted(
                contract.id(), UUID.randomUUID(), 2, contract.client().admin().id()));
        direct.changed(List.of(reader));
        // (the layout's own bell, told a moment later by the portal's feed, may have queued its own by now)
        assertThat(VaadinSession.getCurrent().getPendingAccessQueue()).hasSizeGreaterThan(before);
        MockVaadin.runUIQueue();
        assertThat(bell.badge.getText()).isEqualTo("1");
    }

    @Test
    void the_popup_lists_what_to_do_apart_from_what_is_for_information_each_line_naming_its_contract() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        UUID client = contract.client().admin().id();
        String who = contract.client().admin().displayName();
        publish(
                new ChangeRequestEvent.Submitted(contract.id(), UUID.randomUUID(), 7, client),
                new ChangeRequestEvent.Commented(contract.id(), UUID.randomUUID(), 8, client, false));
        login(contract.provider().admin().username());
        NotificationBell bell = _get(NotificationBell.class);

        bell.renderList();

        Div awaitingAction = _get(bell, Div.class, spec -> spec.withClasses("av-bell-action"));
        Div info = _get(bell, Div.class, spec -> spec.withClasses("av-bell-info"));
        assertThat(lines(awaitingAction)).containsExactly(who + " vous demande d’approuver la demande n°\u00a07");
        assertThat(lines(info)).containsExactly(who + " a commenté la demande n°\u00a08");
        String reference = accounts.contractInternals()
                .names(List.of(contract.id()))
                .get(contract.id())
                .reference();
        assertThat(_find(bell, Span.class, spec -> spec.withClasses("av-bell-contract")))
                .extracting(Span::getText)
                .containsOnly(reference + " — Contrat de test");
    }

    @Test
    void repeated_counter_proposals_on_one_request_are_one_line_that_counts_them() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        UUID request = UUID.randomUUID();
        UUID client = contract.client().admin().id();
        for (int revision = 2; revision <= 4; revision++) {
            publish(new ChangeRequestEvent.Revised(contract.id(), request, 7, client, revision, false));
        }
        login(contract.provider().admin().username());
        NotificationBell bell = _get(NotificationBell.class);

        bell.renderList();

        assertThat(bell.badge.getText()).isEqualTo("1");
        assertThat(lines(_get(bell, Div.class, spec -> spec.withClasses("av-bell-action"))))
                .containsExactly(
                        contract.client().admin().displayName() + " a contre-proposé la demande n°\u00a07 (3 fois)");
    }

    @Test
    void a_request_is_one_thing_to_do_worded_as_its_newest_event_and_the_badge_counts_things_to_do() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        UUID request = UUID.randomUUID();
        UUID provider = contract.provider().admin().id();
        // the provider proposes, then revises its own proposal twice; the client also has a month to validate
        publish(new ChangeRequestEvent.Submitted(contract.id(), request, 5, provider));
        for (int revision = 2; revision <= 3; revision++) {
            publish(new ChangeRequestEvent.Revised(
                    contract.id(), request, 5, provider, revision, false, java.util.Set.of(), Side.PROVIDER));
        }
        transaction.executeWithoutResult(status -> events.publishEvent(
                new StatementValidated(contract.id(), YearMonth.of(2026, 11), Side.PROVIDER, provider, false)));
        login(contract.client().admin().username());
        NotificationBell bell = _get(NotificationBell.class);

        bell.renderList();

        Div pendingActions = _get(bell, Div.class, spec -> spec.withClasses("av-bell-action"));
        String who = contract.provider().admin().displayName();
        assertThat(lines(pendingActions))
                .containsExactly(
                        "Relevé de novembre 2026 à valider : " + who + " l’a déjà validé",
                        who + " a révisé la demande n°\u00a05 : à revoir (2 fois)");
        assertThat(bell.badge.getText()).isEqualTo("2");
        assertThat(_get(pendingActions, Paragraph.class, spec -> spec.withClasses("av-bell-summary"))
                        .getText())
                .isEqualTo("1 demande à traiter, 1 relevé à valider");
    }

    @Test
    void only_the_side_that_did_not_write_the_request_counter_proposes() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        UUID request = UUID.randomUUID();
        UUID client = contract.client().admin().id();
        publish(new ChangeRequestEvent.Submitted(
                contract.id(), request, 5, contract.provider().admin().id()));
        publish(new ChangeRequestEvent.Revised(
                contract.id(), request, 5, client, 2, false, java.util.Set.of(), Side.PROVIDER));
        login(contract.provider().admin().username());
        NotificationBell bell = _get(NotificationBell.class);

        bell.renderList();

        assertThat(lines(_get(bell, Div.class, spec -> spec.withClasses("av-bell-action"))))
                .containsExactly(contract.client().admin().displayName() + " a contre-proposé la demande n°\u00a05");
    }

    @Test
    void a_rejection_says_rejected_and_why_in_short() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        UUID request = UUID.randomUUID();
        publish(new ChangeRequestEvent.Submitted(
                contract.id(), request, 5, contract.provider().admin().id()));
        publish(new ChangeRequestEvent.Rejected(
                contract.id(),
                request,
                5,
                contract.client().admin().id(),
                "Le tarif proposé ne tient pas compte du volume réel des factures traitées cette année,\n"
                        + "nous en reparlerons au comité de décembre."));
        login(contract.provider().admin().username());
        NotificationBell bell = _get(NotificationBell.class);

        bell.renderList();

        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(lines(_get(bell, Div.class, spec -> spec.withClasses("av-bell-info"))))
                .containsExactly(contract.client().admin().displayName()
                        + " a rejeté la demande n°\u00a05 : « Le tarif proposé ne tient pas compte du volume réel"
                        + " des factures traitées cette… »");
    }

    @Test
    void once_the_readers_side_approved_the_request_no_longer_awaits_them() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        UUID request = UUID.randomUUID();
        publish(new ChangeRequestEvent.Submitted(
                contract.id(), request, 7, contract.client().admin().id()));
        publish(new ChangeRequestEvent.Approved(
                contract.id(), request, 7, contract.provider().admin().id(), 1));

        login(contract.provider().admin().username());
        NotificationBell bell = _get(NotificationBell.class);
        bell.renderList();

        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(lines(_get(bell, Div.class, spec -> spec.withClasses("av-bell-action"))))
                .isEmpty();
    }

    @Test
    void opening_a_line_closes_the_popup() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        UUID request = UUID.randomUUID();
        publish(new ChangeRequestEvent.Submitted(
                contract.id(), request, 7, contract.client().admin().id()));
        login(contract.provider().admin().username());
        NotificationBell bell = _get(NotificationBell.class);
        bell.popover.open();
        bell.renderList();

        _click(_get(bell, Div.class, spec -> spec.withClasses("av-bell-entry")));

        assertThat(bell.popover.isOpened()).isFalse();
        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("changes/" + request);
    }

    @Test
    void a_review_action_due_soon_or_overdue_is_to_do_for_its_owner_only_and_leads_to_its_review() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        var owner = contract.provider().admin();
        var other = contract.client().admin();
        LocalDate today = LocalDate.now(clock);
        UUID review = TestAccounts.as(
                other.username(),
                () -> reviews.plan(
                        contract.id(), new NewReview(today.minusDays(7).atTime(10, 0), 60, "Suivi")));
        UUID late = TestAccounts.as(other.username(), () -> {
            UUID id = reviews.addAction(
                    review, new NewActionItem("Envoyer l’annexe de sécurité", owner.id(), today.minusDays(2)));
            reviews.addAction(review, new NewActionItem("Mettre à jour le planning", owner.id(), today.plusDays(3)));
            reviews.addAction(review, new NewActionItem("Préparer le bilan annuel", owner.id(), today.plusDays(30)));
            UUID done = reviews.addAction(review, new NewActionItem("Déjà fait", owner.id(), today.minusDays(1)));
            reviews.setActionDone(done, true);
            reviews.addAction(review, new NewActionItem("Relancer le fournisseur", other.id(), today));
            return id;
        });
        String name = accounts.contractInternals()
                        .names(List.of(contract.id()))
                        .get(contract.id())
                        .reference()
                + " — Contrat de test";

        login(owner.username());
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.badge.getText()).isEqualTo("2");
        bell.popover.open();
        bell.renderList();
        Div awaitingAction = _get(bell, Div.class, spec -> spec.withClasses("av-bell-action"));
        assertThat(lines(awaitingAction))
                .containsExactly(
                        "Action du comité pour le " + Formats.date(today.minusDays(2), Locale.FRANCE)
                                + " : Envoyer l’annexe de sécurité",
                        "Action du comité pour le " + Formats.date(today.plusDays(3), Locale.FRANCE)
                                + " : Mettre à jour le planning");
        assertThat(_find(awaitingAction, Span.class, spec -> spec.withClasses("av-bell-when")))
                .extracting(Span::getText)
                .containsExactly("en retard de 2 jours", "dans 3 jours");
        assertThat(_find(awaitingAction, Span.class, spec -> spec.withClasses("av-bell-contract")))
                .extracting(Span::getText)
                .containsOnly(name);

        _click(_find(awaitingAction, Div.class, spec -> spec.withClasses("av-bell-entry"))
                .getFirst());

        assertThat(bell.popover.isOpened()).isFalse();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo(app.avenant.governance.ui.GovernanceNavigation.review(review));
        // still to do until it is ticked done
        assertThat(TestAccounts.as(owner.username(), notifications::awaitingActionCount))
                .isEqualTo(2);
        TestAccounts.as(owner.username(), () -> reviews.setActionDone(late, true));
        assertThat(TestAccounts.as(owner.username(), notifications::awaitingActionCount))
                .isEqualTo(1);

        login(other.username());
        NotificationBell theirs = _get(NotificationBell.class);
        assertThat(theirs.badge.getText()).isEqualTo("1");
        theirs.renderList();
        assertThat(lines(_get(theirs, Div.class, spec -> spec.withClasses("av-bell-action"))))
                .containsExactly("Action du comité pour le " + Formats.date(today, Locale.FRANCE)
                        + " : Relancer le fournisseur");
    }

    @Test
    void a_statement_to_validate_names_the_month_and_its_line_the_contract() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        transaction.executeWithoutResult(status -> events.publishEvent(new StatementValidated(
                contract.id(),
                YearMonth.of(2026, 11),
                app.avenant.contract.Side.CLIENT,
                contract.client().admin().id(),
                false)));
        login(contract.provider().admin().username());
        NotificationBell bell = _get(NotificationBell.class);
        bell.renderList();

        Div awaitingAction = _get(bell, Div.class, spec -> spec.withClasses("av-bell-action"));
        assertThat(lines(awaitingAction))
                .containsExactly("Relevé de novembre 2026 à valider : "
                        + contract.client().admin().displayName() + " l’a déjà validé");
        assertThat(_get(awaitingAction, Span.class, spec -> spec.withClasses("av-bell-contract"))
                        .getText())
                .endsWith(" — Contrat de test")
                .startsWith("T-");
    }

    private void publish(ChangeRequestEvent... happened) {
        transaction.executeWithoutResult(status -> {
            for (ChangeRequestEvent event : happened) {
                events.publishEvent(event);
            }
        });
    }

    private static List<String> lines(Div group) {
        return _find(group, Span.class, spec -> spec.withClasses("av-bell-text")).stream()
                .map(Span::getText)
                .toList();
    }
}
