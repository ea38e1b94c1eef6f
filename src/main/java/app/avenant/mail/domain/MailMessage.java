package app.avenant.mail.domain;

import app.avenant.mail.MailTopic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message of the outbox. It is written in the transaction of what it tells, so a message exists exactly when
 * that commits; it waits ({@link Status#PENDING}) until the server takes it, retried with a growing delay while the
 * server is down, and gives up after {@link #GIVE_UP_AFTER} ({@link Status#FAILED}, shown to the admin).
 */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    /** How long a message is retried before it is given up. */
    public static final Duration GIVE_UP_AFTER = Duration.ofDays(2);

    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int ERROR_LENGTH = 500;

    public enum Purpose {
        /** One notification, worded when it leaves. */
        NOTIFICATION,
        /** The daily summary, worded when gathered. */
        DIGEST,
        /** An invitation link, worded when the admin invites. */
        INVITATION,
        /** News of a consultation to an invited provider, worded when it happens. */
        CONSULTATION;

        /** Worded when queued, so it leaves as it is (no recipient's preference, no unsubscribe link). */
        public boolean wordedWhenQueued() {
            return this == INVITATION || this == CONSULTATION;
        }
    }

    public enum Status {
        /** Waiting for its first or next attempt. */
        PENDING,
        /** Taken by the mail server, or written as a file when there is none. */
        SENT,
        /** Not sent, rightly: the recipient left the contract, was suspended or chose "jamais" meanwhile. */
        CANCELLED,
        /** Not sent: the recipient has no e-mail address. */
        NO_ADDRESS,
        /** Given up after two days of refusals. */
        FAILED
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Enumerated(EnumType.STRING)
    private @Nullable MailTopic topic;

    @Column(name = "recipient_id")
    private @Nullable UUID recipientId;

    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "contract_id")
    private @Nullable UUID contractId;

    @Column(name = "notification_id")
    private @Nullable UUID notificationId;

    @Column(name = "to_address")
    private @Nullable String toAddress;

    private @Nullable String subject;

    @Column(name = "text_body", columnDefinition = "longtext")
    private @Nullable String textBody;

    @Column(name = "html_body", columnDefinition = "longtext")
    private @Nullable String htmlBody;

    @Column(name = "unsubscribe_hash")
    private @Nullable String unsubscribeHash;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "stored_as")
    private @Nullable String storedAs;

    @Version
    private @Nullable Long version;

    protected MailMessage() {
        // for JPA
    }

    private MailMessage(Purpose purpose, UUID organisationId, Instant now) {
        this.id = UUID.randomUUID();
        this.purpose = purpose;
        this.organisationId = organisationId;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A notification to send now, worded when it leaves (in the language the recipient has then). */
    public static MailMessage notification(
            UUID recipientId, UUID organisationId, UUID contractId, UUID notificationId, MailTopic topic, Instant now) {
        MailMessage message = new MailMessage(Purpose.NOTIFICATION, organisationId, now);
        message.recipientId = recipientId;
        message.contractId = contractId;
        message.notificationId = notificationId;
        message.topic = topic;
        return message;
    }

    /** A recipient's daily summary of what its items gathered; worded when it leaves. */
    public static MailMessage digest(UUID recipientId, UUID organisationId, Instant now) {
        MailMessage message = new MailMessage(Purpose.DIGEST, organisationId, now);
        message.recipientId = recipientId;
        return message;
    }

    /** An invitation, worded now: its link exists only in this message and in what the admin was shown. */
    public static MailMessage invitation(UUID organisationId, String toAddress, Letter letter, Instant now) {
        MailMessage message = new MailMessage(Purpose.INVITATION, organisationId, now);
        message.toAddress = toAddress;
        message.word(letter);
        return message;
    }

    /**
     * News of a consultation to one of the invited provider's admins, worded now in their language: it is not a
     * contract's notification (no contract exists yet), so no preference applies, as for an invitation.
     */
    public static MailMessage consultation(
            UUID recipientId, UUID organisationId, String toAddress, Letter letter, Instant now) {
        MailMessage message = new MailMessage(Purpose.CONSULTATION, organisationId, now);
        message.recipientId = recipientId;
        message.toAddress = toAddress;
        message.word(letter);
        return message;
    }

    /** The words of a notification or a summary, fixed when it leaves: what the admin lists is what was sent. */
    public void word(String address, Letter letter, @Nullable String unsubscribe) {
        this.toAddress = address;
        this.unsubscribeHash = unsubscribe;
        word(letter);
    }

    private void word(Letter letter) {
        this.subject = letter.subject();
        this.textBody = letter.text();
        this.htmlBody = letter.html();
    }

    public void sent(Instant now, @Nullable String storedAs) {
        this.status = Status.SENT;
        this.attempts++;
        this.sentAt = now;
        this.storedAs = storedAs;
        this.lastError = null;
    }

    /** Refused by the server: tried again after 1, 2, 4… minutes (an hour at most), given up after two days. */
    public void refused(String error, Instant now) {
        attempts++;
        lastError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (now.isAfter(createdAt.plus(GIVE_UP_AFTER))) {
            status = Status.FAILED;
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    /** Rightly not sent; {@code why} is shown to the admin. */
    public void cancelled(Status reason, String why) {
        if (reason != Status.CANCELLED && reason != Status.NO_ADDRESS) {
            throw new IllegalArgumentException(reason + " is not a reason not to send");
        }
        this.status = reason;
        this.lastError = why;
    }

    /** An invitation's link is a password: once the server has it, the outbox keeps no copy of it. */
    public void forgetWords() {
        this.textBody = null;
        this.htmlBody = null;
    }

    public UUID id() {
        return id;
    }

    public Purpose purpose() {
        return purpose;
    }

    public @Nullable MailTopic topic() {
        return topic;
    }

    public @Nullable UUID recipientId() {
        return recipientId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public @Nullable UUID contractId() {
        return contractId;
    }

    public @Nullable UUID notificationId() {
        return notificationId;
    }

    public @Nullable String toAddress() {
        return toAddress;
    }

    public @Nullable String subject() {
        return subject;
    }

    public @Nullable String textBody() {
        return textBody;
    }

    public @Nullable String htmlBody() {
        return htmlBody;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant sentAt() {
        return sentAt;
    }

    public @Nullable String lastError() {
        return lastError;
    }

    public @Nullable String storedAs() {
        return storedAs;
    }
}
