package app.avenant.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.Contracts;
import app.avenant.notification.NotificationTarget.Screen;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
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

    @Test
    void the_bell_counts_unread_notifications_and_updates_while_the_screen_is_open() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        login(contract.provider().admin().username());
        Span badge = _get(NotificationBell.class).badge;
        assertThat(badge.isVisible()).isFalse();

        transaction.executeWithoutResult(status -> events.publishEvent(new ChangeRequestEvent.Submitted(
                contract.id(), UUID.randomUUID(), 1, contract.client().admin().id())));
        MockVaadin.runUIQueue();

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
