package app.avenant.notification;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

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
}
