package app.avenant.notification;

import app.avenant.notification.domain.Notification;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What one action wrote to the bells (new lines and lines counted again), published once in the transaction that
 * wrote them: the mail module decides from the recipients' preferences whether each leaves by e-mail now, in the
 * daily summary or never (issue 14), with a few queries for the whole action rather than a few per recipient. The
 * recipients are members of the contract when it is written; the mail module checks again when it sends.
 */
public record NotificationsWritten(List<Written> notifications) {

    public NotificationsWritten {
        notifications = List.copyOf(notifications);
    }

    public record Written(UUID notificationId, UUID recipientId, UUID contractId, NotificationKind kind) {}

    static NotificationsWritten of(Collection<Notification> written) {
        return new NotificationsWritten(written.stream()
                .map(n -> new Written(n.id(), n.recipientId(), n.contractId(), n.kind()))
                .toList());
    }
}
