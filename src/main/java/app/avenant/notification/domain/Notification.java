package app.avenant.notification.domain;

import app.avenant.notification.NotificationKind;
import app.avenant.notification.NotificationTarget;
import app.avenant.notification.NotificationTarget.Screen;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification for one user. While unread, the same event repeated on the same request (seven
 * counter-proposals in a minute) is counted on this line rather than written again, and what is to do on one request
 * stays one line, worded as the newest event: only its read mark, its repeat count, its last actor, its last time and
 * (between kinds to do) its kind ever change.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    @Column(name = "recipient_id")
    private UUID recipientId;

    @Column(name = "contract_id")
    private UUID contractId;

    // null for a contract alert (a notice deadline, the penalty cap, a new contact person)
    @Column(name = "change_request_id")
    private @Nullable UUID changeRequestId;

    @Column(name = "change_request_number")
    private @Nullable Integer changeRequestNumber;

    @Column(name = "produced_version")
    private @Nullable Integer producedVersion;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    // null when the application itself sends it (a scheduled alert)
    @Column(name = "actor_id")
    private @Nullable UUID actorId;

    /** What the text needs besides the kind: an ISO date, a plain amount or a person's name. */
    private @Nullable String detail;

    /** The contract's reference, or the side a new contact person speaks for. */
    private @Nullable String context;

    @Column(name = "created_at")
    private Instant createdAt;

    /** When it last happened: the lists are ordered by it. */
    @Column(name = "last_at")
    private Instant lastAt;

    /** How many times it happened while unread (1 for a single event). */
    @Column(name = "repeat_count")
    private int repeatCount = 1;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    // A wrapper, null until persisted: Spring Data then sees a new entity and inserts without a select first.
    @Version
    private @Nullable Long version;

    protected Notification() {
        // for JPA
    }

    public Notification(
            UUID recipientId,
            UUID contractId,
            UUID changeRequestId,
            int changeRequestNumber,
            @Nullable Integer producedVersion,
            NotificationKind kind,
            UUID actorId,
            Instant createdAt) {
        this(
                recipientId,
                contractId,
                changeRequestId,
                changeRequestNumber,
                producedVersion,
                kind,
                actorId,
                null,
                createdAt);
    }

    /** @param detail what the sentence needs besides the request (a rejection's reason, shortened), or null */
    public Notification(
            UUID recipientId,
            UUID contractId,
            UUID changeRequestId,
            int changeRequestNumber,
            @Nullable Integer producedVersion,
            NotificationKind kind,
            UUID actorId,
            @Nullable String detail,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.detail = detail;
        this.recipientId = recipientId;
        this.contractId = contractId;
        this.changeRequestId = changeRequestId;
        this.changeRequestNumber = changeRequestNumber;
        this.producedVersion = producedVersion;
        this.kind = kind;
        this.actorId = actorId;
        this.createdAt = createdAt;
        this.lastAt = createdAt;
    }

    /**
     * A notification about the contract itself rather than a change request.
     *
     * @param actorId who caused it, or null when the application itself sends it
     */
    public static Notification contractAlert(
            UUID recipientId,
            UUID contractId,
            NotificationKind kind,
            @Nullable UUID actorId,
            String detail,
            String context,
            Instant createdAt) {
        if (kind.isAboutChangeRequest()) {
            throw new IllegalArgumentException(kind + " needs its change request");
        }
        if (kind == NotificationKind.ACTION_DUE) {
            throw new IllegalArgumentException("an action due is read from governance, never stored");
        }
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.recipientId = recipientId;
        n.contractId = contractId;
        n.kind = kind;
        n.actorId = actorId;
        n.detail = detail;
        n.context = context;
        n.createdAt = createdAt;
        n.lastAt = createdAt;
        return n;
    }

    /**
     * The same thing happened again before it was read: counted here, told as done by the latest actor, and
     * back at the top of the list. A read line is history and is never reopened.
     */
    public void happenedAgain(UUID actor, Instant at) {
        happenedAgain(kind, actor, at);
    }

    /**
     * Something else to do on the same request before this line was read: one thing to do stays one line, worded
     * as the newest event ("a révisé" after "vous demande d'approuver"); the count starts again with the new
     * wording, and grows while the same thing happens again.
     */
    public void happenedAgain(NotificationKind newKind, UUID actor, Instant at) {
        if (readAt != null) {
            throw new IllegalStateException("a read notification is not reopened");
        }
        if (newKind != kind && !(kind.awaitsAction() && newKind.awaitsAction())) {
            throw new IllegalArgumentException(kind + " does not turn into " + newKind);
        }
        repeatCount = newKind == kind ? repeatCount + 1 : 1;
        kind = newKind;
        actorId = actor;
        lastAt = at;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /**
     * Where it leads, as data (the bell makes the URL): accepted requests lead to the history where the new version
     * is, the other change-request kinds to the request; a new contact person to the contract's team, deadlines and
     * the penalty cap to the overview, a statement to validate to the monthly statement.
     */
    public NotificationTarget target() {
        return switch (kind) {
            case ACCEPTED -> NotificationTarget.of(Screen.CONTRACT_HISTORY, contractId);
            case AWAITS_APPROVAL, COUNTER_PROPOSAL, REVISED, COMMENT, CLOSED, REJECTED, APPROVAL_WITHDRAWN ->
                NotificationTarget.changeRequest(contractId, Objects.requireNonNull(changeRequestId));
            case CONTACT_PERSON_CHANGED -> NotificationTarget.of(Screen.CONTRACT_TEAM, contractId);
            case CONTRACT_STATUS_CHANGED -> NotificationTarget.of(Screen.CONTRACT, contractId);
            case NOTICE_DEADLINE, PENALTY_CAP_REACHED -> NotificationTarget.of(Screen.CONTRACT_OVERVIEW, contractId);
            case STATEMENT_TO_VALIDATE, INVOICE_ISSUED, INVOICE_RECEIVED, INVOICE_REMARK ->
                NotificationTarget.statement(contractId, detail);
            case ACTION_DUE -> throw new IllegalStateException("an action due is read from governance, never stored");
        };
    }

    public UUID id() {
        return id;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public @Nullable Integer changeRequestNumber() {
        return changeRequestNumber;
    }

    public @Nullable Integer producedVersion() {
        return producedVersion;
    }

    public NotificationKind kind() {
        return kind;
    }

    public @Nullable UUID actorId() {
        return actorId;
    }

    public @Nullable String detail() {
        return detail;
    }

    public @Nullable String context() {
        return context;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastAt() {
        return lastAt;
    }

    public int repeatCount() {
        return repeatCount;
    }

    public UUID contractId() {
        return contractId;
    }

    public @Nullable UUID changeRequestId() {
        return changeRequestId;
    }

    public boolean isRead() {
        return readAt != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Notification other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
