package app.avenant.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** Something a review decided someone does by a date; done (by whom, when) or not, and undone again. */
@Entity
@Table(name = "action_item")
public class ActionItem {

    public static final int DESCRIPTION_MAX_LENGTH = 500;

    @Id
    private UUID id;

    @Column(name = "review_id", nullable = false)
    private UUID reviewId;

    /** Copied from the review: the overview's overdue list and the feed read items without their review. */
    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_by")
    private @Nullable UUID doneBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    @Version
    private @Nullable Long version;

    protected ActionItem() {
        // for JPA
    }

    public ActionItem(
            Review review, String description, UUID ownerId, LocalDate dueDate, UUID createdBy, Instant createdAt) {
        if (description.isBlank() || description.length() > DESCRIPTION_MAX_LENGTH) {
            throw new IllegalArgumentException("An action has 1 to " + DESCRIPTION_MAX_LENGTH + " characters");
        }
        this.id = UUID.randomUUID();
        this.reviewId = review.id();
        this.contractId = review.contractId();
        this.description = description;
        this.ownerId = Objects.requireNonNull(ownerId);
        this.dueDate = Objects.requireNonNull(dueDate);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void markDone(UUID by, Instant at) {
        if (doneAt == null) {
            this.doneBy = Objects.requireNonNull(by);
            this.doneAt = Objects.requireNonNull(at);
        }
    }

    public void markUndone() {
        this.doneBy = null;
        this.doneAt = null;
    }

    public boolean done() {
        return doneAt != null;
    }

    /** Not done and due before today: due today is still on time. */
    public boolean overdueOn(LocalDate today) {
        return !done() && dueDate.isBefore(today);
    }

    public UUID id() {
        return id;
    }

    public UUID reviewId() {
        return reviewId;
    }

    public UUID contractId() {
        return contractId;
    }

    public String description() {
        return description;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public @Nullable UUID doneBy() {
        return doneBy;
    }

    public @Nullable Instant doneAt() {
        return doneAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ActionItem other && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
