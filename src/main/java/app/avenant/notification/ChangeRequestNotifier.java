package app.avenant.notification;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.notification.domain.Notification;
import app.avenant.notification.domain.NotificationRepository;
import app.avenant.notification.domain.Recipients;
import app.avenant.shared.AfterCommit;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns change-request events into notifications. They are written in the transaction of the action
 * itself (a plain event listener), so an action and its notifications commit or roll back together; open
 * bells are told only after that commit ({@link AfterCommit}).
 */
@Component
class ChangeRequestNotifier {

    private final ContractsForModules contracts;
    private final NotificationRepository notifications;
    private final NotificationFeed feed;
    private final Clock clock;

    ChangeRequestNotifier(ContractsForModules contracts, NotificationRepository notifications, NotificationFeed feed,
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
        Map<UUID, NotificationKind> recipients = Recipients.of(event, contracts.memberRoles(event.contractId()));
        if (recipients.isEmpty()) {
            return;
        }
        recipients.forEach((userId, kind) -> notifications.save(
                new Notification(userId, event.contractId(), event.changeRequestId(), event.number(),
                        producedVersion, kind, event.actorId(), clock.instant())));
        AfterCommit.run(() -> feed.changed(recipients.keySet()));
    }
}
