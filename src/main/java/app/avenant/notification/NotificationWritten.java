package app.avenant.notification;

import java.util.UUID;

/**
 * A notification was written or counted again for its recipient, published in the transaction that wrote it: the
 * mail module decides from the recipient's preferences whether it leaves by e-mail now, in the daily summary or
 * never (issue 14). The recipient is a member of the contract when it is written; the mail module checks again
 * when it sends.
 */
public record NotificationWritten(UUID notificationId, UUID recipientId, UUID contractId, NotificationKind kind) {}
