package app.avenant.notification;

import app.avenant.notification.domain.ContractAlert;
import app.avenant.notification.domain.ContractAlertRepository;
import app.avenant.notification.domain.Notification;
import app.avenant.notification.domain.NotificationRepository;
import app.avenant.shared.AfterCommit;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sends a contract alert once: the first time, it records the alert in {@code contract_alert} and writes one
 * notification per recipient in the caller's transaction; every later time it does nothing. Open bells are told
 * after the commit.
 */
@Component
class ContractAlertSender {

    private final ContractAlertRepository alerts;
    private final NotificationRepository notifications;
    private final NotificationFeed feed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractAlertSender(
            ContractAlertRepository alerts,
            NotificationRepository notifications,
            NotificationFeed feed,
            ApplicationEventPublisher events,
            Clock clock) {
        this.alerts = alerts;
        this.events = events;
        this.notifications = notifications;
        this.feed = feed;
        this.clock = clock;
    }

    boolean alreadySent(UUID contractId, ContractAlert.Kind alert, String key) {
        return alerts.existsByContractIdAndKindAndAlertKey(contractId, alert, key);
    }

    /**
     * @param alert   what the alert is about and its key (e.g. NOTICE_90 and the deadline): sent once per pair
     * @param message the notification each recipient gets
     * @return true when sent now, false when it had been sent before
     */
    boolean sendOnce(
            UUID contractId, ContractAlert.Kind alert, String key, Collection<UUID> recipients, Message message) {
        if (alreadySent(contractId, alert, key)) {
            return false;
        }
        Instant now = clock.instant();
        alerts.save(new ContractAlert(contractId, alert, key, now));
        Set<UUID> distinct = new LinkedHashSet<>(recipients);
        List<Notification> written = new ArrayList<>();
        for (UUID recipient : distinct) {
            written.add(notifications.save(Notification.contractAlert(
                    recipient, contractId, message.kind(), null, message.detail(), message.context(), now)));
        }
        if (!distinct.isEmpty()) {
            events.publishEvent(NotificationsWritten.of(written));
            AfterCommit.run(() -> feed.changed(distinct));
        }
        return true;
    }

    /** What a contract alert says: its kind, its detail (a date, an amount) and its context (the reference). */
    record Message(NotificationKind kind, String detail, String context) {}
}
