package app.avenant.notification;

import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.invoicing.InvoiceEvent;
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
 * The provider issued a month's invoice: the PME's approvers (owners, managers: who pay it) are told, in their bell
 * and by mail under « Relevés », with the invoice's number and the month it bills. Written in the issue's transaction.
 */
@Component
class InvoiceNotifier {

    private final ContractsForModules contracts;
    private final NotificationRepository notifications;
    private final NotificationFeed feed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvoiceNotifier(
            ContractsForModules contracts,
            NotificationRepository notifications,
            NotificationFeed feed,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.contracts = contracts;
        this.notifications = notifications;
        this.feed = feed;
        this.events = events;
    }

    @EventListener
    void record(InvoiceEvent.Issued event) {
        Map<UUID, ContractRole> members = contracts.memberRoles(event.contractId());
        Instant now = clock.instant();
        List<Notification> written = new ArrayList<>();
        for (Map.Entry<UUID, ContractRole> member : members.entrySet()) {
            if (member.getValue().side() == Side.CLIENT && member.getValue().canApprove()) {
                written.add(notifications.save(Notification.contractAlert(
                        member.getKey(),
                        event.contractId(),
                        NotificationKind.INVOICE_ISSUED,
                        event.actorId(),
                        event.month().toString(),
                        event.number(),
                        now)));
            }
        }
        if (!written.isEmpty()) {
            events.publishEvent(NotificationsWritten.of(written));
            List<UUID> told = written.stream().map(Notification::recipientId).toList();
            AfterCommit.run(() -> feed.changed(told));
        }
    }
}
