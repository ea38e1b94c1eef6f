package app.avenant.notification.domain;

import app.avenant.notification.NotificationKind;
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

/** A notification for one user; only its read mark ever changes. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    @Column(name = "recipient_id")
    private UUID recipientId;

    @Column(name = "contract_id")
    private UUID contractId;

    @Column(name = "change_request_id")
    private UUID changeRequestId;

    @Column(name = "change_request_number")
    private int changeRequestNumber;

    @Column(name = "produced_version")
    private @Nullable Integer producedVersion;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    // A wrapper, null until persisted: Spring Data then sees a new entity and inserts without a select first.
    @Version
    private @Nullable Long version;

    protected Notification() {
        // for JPA
    }

    public Notification(UUID recipientId, UUID contractId, UUID changeRequestId, int changeRequestNumber,
                        @Nullable Integer producedVersion, NotificationKind kind, UUID actorId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.recipientId = recipientId;
        this.contractId = contractId;
        this.changeRequestId = changeRequestId;
        this.changeRequestNumber = changeRequestNumber;
        this.producedVersion = producedVersion;
        this.kind = kind;
        this.actorId = actorId;
        this.createdAt = createdAt;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** Accepted requests lead to the history where the new version is; the others to the request. */
    public String route() {
        return kind == NotificationKind.ACCEPTED ? "contracts/" + contractId + "?tab=history"
                : "changes/" + changeRequestId;
    }

    public UUID id() {
        return id;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public int changeRequestNumber() {
        return changeRequestNumber;
    }

    public @Nullable Integer producedVersion() {
        return producedVersion;
    }

    public NotificationKind kind() {
        return kind;
    }

    public UUID actorId() {
        return actorId;
    }

    public Instant createdAt() {
        return createdAt;
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
