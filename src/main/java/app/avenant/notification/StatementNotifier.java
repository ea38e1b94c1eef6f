package app.avenant.notification;

import app.avenant.contract.ContractRole;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.notification.domain.Notification;
import app.avenant.notification.domain.NotificationRepository;
import app.avenant.performance.StatementValidated;
import app.avenant.shared.AfterCommit;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A month's statement awaits a side once the other side validated it: that side's approvers (owners, managers:
 * who may validate) get it to do; the validating side's is settled, and everybody's once the month is locked
 * (docs/decisions/0027). Written in the validation's transaction, like {@link ChangeRequestNotifier}.
 */
@Component
class StatementNotifier {

    private final ContractsForModules contracts;
    private final NotificationRepository notifications;
    private final NotificationFeed feed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatementNotifier(
            ContractsForModules contracts,
            NotificationRepository notifications,
            NotificationFeed feed,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.events = events;
        this.notifications = notifications;
        this.feed = feed;
        this.clock = clock;
    }

    @EventListener
    void record(StatementValidated event) {
        Map<UUID, ContractRole> members = contracts.memberRoles(event.contractId());
        String month = event.month().toString();
        Instant now = clock.instant();
        List<UUID> settled = members.entrySet().stream()
                .filter(member -> event.locked() || member.getValue().side() == event.side())
                .map(Map.Entry::getKey)
                .toList();
        notifications.markDoneAbout(event.contractId(), NotificationKind.STATEMENT_TO_VALIDATE, month, settled, now);
        List<UUID> toValidate = event.locked()
                ? List.of()
                : members.entrySet().stream()
                        .filter(member -> member.getValue().side() != event.side()
                                && member.getValue().canApprove())
                        .map(Map.Entry::getKey)
                        .toList();
        List<Notification> written = new ArrayList<>();
        for (UUID recipient : toValidate) {
            written.add(notifications.save(Notification.contractAlert(
                    recipient,
                    event.contractId(),
                    NotificationKind.STATEMENT_TO_VALIDATE,
                    event.actorId(),
                    month,
                    event.side().name(),
                    now)));
        }
        if (!written.isEmpty()) {
            events.publishEvent(NotificationsWritten.of(written));
        }
        List<UUID> told = members.keySet().stream().toList();
        AfterCommit.run(() -> feed.changed(told));
    }
}
