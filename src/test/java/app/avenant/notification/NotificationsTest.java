package app.avenant.notification;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.Contracts;
import app.avenant.notification.NotificationTarget.Screen;
import app.avenant.testing.TestAccounts;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Change-request events become notifications of that contract's members, and open bells are told. */
@SpringBootTest
class NotificationsTest {

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationFeed feed;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Test
    void a_submitted_request_reaches_the_other_sides_approver_and_their_open_bell() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        String providerManager = contract.provider().admin().username();
        String clientOwner = contract.client().admin().username();
        AtomicInteger bellTold = new AtomicInteger();
        var registration = feed.subscribe(contract.provider().admin().id(), bellTold::incrementAndGet);

        transaction.executeWithoutResult(status -> events.publishEvent(new ChangeRequestEvent.Submitted(
                contract.id(), UUID.randomUUID(), 7, contract.client().admin().id())));
        registration.remove();

        assertThat(as(providerManager, notifications::unreadCount)).isEqualTo(1);
        assertThat(as(providerManager, () -> notifications.newest(10))).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.AWAITS_APPROVAL);
            assertThat(n.changeRequestNumber()).isEqualTo(7);
            assertThat(n.read()).isFalse();
        });
        assertThat(as(clientOwner, notifications::unreadCount)).isZero();
        assertThat(bellTold).hasValue(1);
    }

    @Test
    void a_user_marks_only_their_own_notifications_as_read() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        String providerManager = contract.provider().admin().username();
        String clientOwner = contract.client().admin().username();
        UUID request = UUID.randomUUID();
        transaction.executeWithoutResult(status -> events.publishEvent(new ChangeRequestEvent.Accepted(
                contract.id(), request, 3, contract.provider().admin().id(), 2)));
        var notification = as(clientOwner, () -> notifications.newest(10)).getFirst();
        assertThat(notification.target()).isEqualTo(NotificationTarget.of(Screen.CONTRACT_HISTORY, contract.id()));

        as(providerManager, () -> notifications.markRead(notification.id()));
        assertThat(as(clientOwner, notifications::unreadCount)).isEqualTo(1);

        as(clientOwner, () -> notifications.markRead(notification.id()));
        assertThat(as(clientOwner, notifications::unreadCount)).isZero();
    }
}
