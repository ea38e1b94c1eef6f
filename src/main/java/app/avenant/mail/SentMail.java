package app.avenant.mail;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message of the outbox as the organisation admin lists it.
 *
 * @param status    PENDING, SENT, CANCELLED, NO_ADDRESS or FAILED
 * @param purpose   NOTIFICATION, DIGEST or INVITATION
 * @param topic     a notification's topic
 * @param subject   null until a notification or a summary leaves
 * @param note      why it was not sent, or the server's last refusal
 * @param storedAs  the file it was written to, without a mail server
 * @param readable  the admin may read its words (their own, or an invitation); the subject is null otherwise
 */
public record SentMail(
        UUID id,
        Instant createdAt,
        @Nullable Instant sentAt,
        String purpose,
        @Nullable MailTopic topic,
        String status,
        @Nullable String recipientName,
        @Nullable String toAddress,
        @Nullable String subject,
        int attempts,
        @Nullable String note,
        @Nullable String storedAs,
        boolean readable) {}
