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
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Invoices, told in the bell and by mail under « Relevés », with the invoice's number and the month it bills: an
 * issued one to the PME's approvers (who pay it); a received one filed by one side to the other side's approvers; a
 * remark about one to the other side's approvers and editors. Written in the action's transaction.
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
        tell(
                event.contractId(),
                role -> role.side() == Side.CLIENT && role.canApprove(),
                NotificationKind.INVOICE_ISSUED,
                event.actorId(),
                event.month().toString(),
                event.number());
    }

    /** A received invoice filed by one side: the other side's approvers are told it was checked. */
    @EventListener
    void record(InvoiceEvent.Received event) {
        Side other = event.byClient() ? Side.PROVIDER : Side.CLIENT;
        tell(
                event.contractId(),
                role -> role.side() == other && role.canApprove(),
                NotificationKind.INVOICE_RECEIVED,
                event.actorId(),
                event.month().toString(),
                event.number() + "|" + event.verdict().name());
    }

    /** One side wrote about a received invoice: the other side's approvers and editors, who can answer. */
    @EventListener
    void record(InvoiceEvent.Remarked event) {
        Side other = event.byClient() ? Side.PROVIDER : Side.CLIENT;
        tell(
                event.contractId(),
                role -> role.side() == other && role.canEdit(),
                NotificationKind.INVOICE_REMARK,
                event.actorId(),
                event.month().toString(),
                event.cancellation() ? event.number() + "|CANCELLED" : event.number());
    }

    private void tell(
            UUID contractId,
            Predicate<ContractRole> recipient,
            NotificationKind kind,
            @Nullable UUID actorId,
            String month,
            String number) {
        Map<UUID, ContractRole> members = contracts.memberRoles(contractId);
        Instant now = clock.instant();
        List<Notification> written = new ArrayList<>();
        for (Map.Entry<UUID, ContractRole> member : members.entrySet()) {
            if (recipient.test(member.getValue())) {
                written.add(notifications.save(
                        Notification.contractAlert(member.getKey(), contractId, kind, actorId, month, number, now)));
            }
        }
        if (!written.isEmpty()) {
            events.publishEvent(NotificationsWritten.of(written));
            List<UUID> told = written.stream().map(Notification::recipientId).toList();
            AfterCommit.run(() -> feed.changed(told));
        }
    }
}
