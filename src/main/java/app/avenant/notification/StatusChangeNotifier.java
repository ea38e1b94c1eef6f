package app.avenant.notification;

import app.avenant.contract.ContractEvent;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.notification.domain.Notification;
import app.avenant.notification.domain.NotificationRepository;
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
 * Tells the other side when the PME's owner moves the contract in its life-cycle (pilot, active, no-go, suspended,
 * resumed, ended), in the transaction of the move, like {@link ContactPersonNotifier}. The end of the exit, which
 * ends the provider's accesses, is told to the PME's members: the provider's have just left.
 */
@Component
class StatusChangeNotifier {

    private final ContractsForModules contracts;
    private final NotificationRepository notifications;
    private final NotificationFeed feed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatusChangeNotifier(
            ContractsForModules contracts,
            NotificationRepository notifications,
            NotificationFeed feed,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.notifications = notifications;
        this.feed = feed;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void record(ContractEvent.StatusChanged event) {
        if (event.by() == null) {
            return;
        }
        Map<UUID, ContractRole> members = contracts.memberRoles(event.contractId());
        if (event.to() == app.avenant.contract.ContractStatus.TERMINATED
                && event.from() != app.avenant.contract.ContractStatus.TERMINATED) {
            // nothing is approved or validated on an ended contract any more: what awaited its people leaves their
            // bells, instead of staying there with no button to do it
            notifications.markContractRead(event.contractId(), NotificationKind.awaitingAction(), clock.instant());
            AfterCommit.run(() -> feed.changed(List.copyOf(members.keySet())));
        }
        // the owner's move is told to the provider; the exit done (by either side) to whoever is still there
        List<UUID> recipients = members.entrySet().stream()
                .filter(member -> !member.getKey().equals(event.by()))
                .filter(member -> event.kind() == app.avenant.contract.StatusChange.Kind.EXIT_COMPLETED
                        || member.getValue().side() == Side.PROVIDER)
                .map(Map.Entry::getKey)
                .toList();
        if (recipients.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String reason = event.note() == null ? "" : Shortened.of(event.note());
        List<Notification> written = new ArrayList<>();
        for (UUID recipient : recipients) {
            written.add(notifications.save(Notification.contractAlert(
                    recipient,
                    event.contractId(),
                    NotificationKind.CONTRACT_STATUS_CHANGED,
                    event.by(),
                    event.kind().name(),
                    reason,
                    now)));
        }
        events.publishEvent(NotificationsWritten.of(written));
        AfterCommit.run(() -> feed.changed(recipients));
    }
}
