package app.avenant.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A comité's decision followed up by a draft change request. Written once when the request is opened and
 * never changed: the request itself then lives its own life in the change module.
 */
@Entity
@Table(name = "review_decision_change")
public class ReviewDecisionChange {

    /** The change request's title limit: the decision becomes its title. */
    public static final int DECISION_MAX_LENGTH = 200;

    @Id
    @Column(name = "change_request_id")
    private UUID changeRequestId;

    @Column(name = "review_id", nullable = false)
    private UUID reviewId;

    @Column(name = "change_request_number", nullable = false)
    private int changeRequestNumber;

    @Column(nullable = false, length = DECISION_MAX_LENGTH)
    private String decision;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A wrapper, null until stored: the id is the change request's, so Spring Data inserts without a select. */
    @Version
    private @Nullable Long version;

    protected ReviewDecisionChange() {
        // for JPA
    }

    public ReviewDecisionChange(
            UUID reviewId,
            UUID changeRequestId,
            int changeRequestNumber,
            String decision,
            UUID createdBy,
            Instant createdAt) {
        if (decision.isBlank() || decision.length() > DECISION_MAX_LENGTH) {
            throw new IllegalArgumentException("A decision has 1 to " + DECISION_MAX_LENGTH + " characters");
        }
        this.reviewId = Objects.requireNonNull(reviewId);
        this.changeRequestId = Objects.requireNonNull(changeRequestId);
        this.changeRequestNumber = changeRequestNumber;
        this.decision = decision;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public UUID changeRequestId() {
        return changeRequestId;
    }

    public UUID reviewId() {
        return reviewId;
    }

    public int changeRequestNumber() {
        return changeRequestNumber;
    }

    public String decision() {
        return decision;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ReviewDecisionChange other && changeRequestId.equals(other.changeRequestId));
    }

    @Override
    public int hashCode() {
        return changeRequestId.hashCode();
    }
}
