package app.avenant.notification;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeRequestEvent;
import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import app.avenant.notification.NotificationTarget.Screen;
import app.avenant.testing.TestAccounts;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

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

    @Autowired
    ChangeRequests changeRequests;

    @Test
    void a_submitted_request_reaches_the_other_sides_approver_and_their_open_bell() throws InterruptedException {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        String providerManager = contract.provider().admin().username();
        String clientOwner = contract.client().admin().username();
        AtomicInteger bellTold = new AtomicInteger();
        // the feed tells open bells on a thread of its own: wait for it rather than race it
        CountDownLatch told = new CountDownLatch(1);
        var registration =
                feed.subscribe(contract.provider().admin().id(), () -> new PendingActions(0, 0, 0), shown -> {
                    bellTold.incrementAndGet();
                    told.countDown();
                });

        transaction.executeWithoutResult(status -> events.publishEvent(new ChangeRequestEvent.Submitted(
                contract.id(), UUID.randomUUID(), 7, contract.client().admin().id())));
        assertThat(told.await(10, TimeUnit.SECONDS)).isTrue();
        registration.remove();

        assertThat(as(providerManager, notifications::unreadCount)).isEqualTo(1);
        assertThat(as(providerManager, () -> notifications.newest(10)))
                .singleElement()
                .satisfies(n -> {
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

    @Test
    void a_draft_tells_nobody_and_its_submission_is_the_first_news() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        accounts.contractInternals()
                .enrol(contract.id(), contract.client().member().id(), ContractRole.CLIENT_EDITOR, false);
        String author = contract.client().admin().username();
        String colleague = contract.client().member().username();
        String provider = contract.provider().admin().username();
        UUID request = as(
                author,
                () -> changeRequests.propose(
                        contract.id(),
                        new NewChangeRequest("Préavis plus long", "Pour souffler", ObjectiveKind.CONTINUITY)));
        for (int month = 1; month <= 2; month++) {
            int longer = month;
            as(author, () -> {
                var detail = changeRequests.detail(request);
                changeRequests.revise(request, detail.version(), withNoticeLongerBy(detail.proposed(), longer), "");
            });
        }
        as(author, () -> changeRequests.comment(request, "Encore un brouillon"));

        assertThat(as(colleague, () -> notifications.newest(10))).isEmpty();
        assertThat(as(provider, () -> notifications.newest(10))).isEmpty();

        as(
                author,
                () -> changeRequests.submit(
                        request, changeRequests.detail(request).version()));

        assertThat(as(provider, () -> notifications.newest(10)))
                .singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.AWAITS_APPROVAL));
        assertThat(as(provider, notifications::awaitingActionCount)).isEqualTo(1);
    }

    private static Terms withNoticeLongerBy(Terms terms, int months) {
        return ChangeFixtures.withNoticePeriod(terms, terms.header().noticePeriodMonths() + months);
    }
}
