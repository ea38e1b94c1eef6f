package app.avenant.notification;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.Contracts;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

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
}
