package app.avenant.notification;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.notification.domain.Notification;
import app.avenant.notification.domain.NotificationRepository;
import app.avenant.notification.domain.Recipients;
import app.avenant.shared.SystemCaller;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns change-request events into notifications. They are written in the transaction of the action
 * itself (a plain event listener), so an action and its notifications commit or roll back together; open
 * bells are told only after that commit.
 */
@Component
class ChangeRequestNotifier {

    private final Contracts contracts;
    private final NotificationRepository notifications;
    private final NotificationFeed feed;
    private final Clock clock;

    ChangeRequestNotifier(Contracts contracts, NotificationRepository notifications, NotificationFeed feed,
                          Clock clock) {
        this.contracts = contracts;
        this.notifications = notifications;
        this.feed = feed;
        this.clock = clock;
    }

    @EventListener
    void record(ChangeRequestEvent event) {
        Integer producedVersion = event instanceof ChangeRequestEvent.Accepted accepted
                ? accepted.producedVersion() : null;
        Recipients.of(event, membersOf(event)).forEach((userId, kind) -> notifications.save(
                new Notification(userId, event.contractId(), event.changeRequestId(), event.number(),
                        producedVersion, kind, event.actorId(), clock.instant())));
    }

    @TransactionalEventListener
    void tellOpenScreens(ChangeRequestEvent event) {
        feed.changed(Recipients.of(event, membersOf(event)).keySet());
    }

    private Map<UUID, ContractRole> membersOf(ChangeRequestEvent event) {
        return SystemCaller.run(() -> contracts.memberRoles(event.contractId()));
    }
}
