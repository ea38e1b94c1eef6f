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

/** When a contract's access register and article 28 checklist were last gone through in comité, and by whom. */
@Entity
@Table(name = "register_review")
public class RegisterReviewMark {

    @Id
    @Column(name = "contract_id")
    private UUID contractId;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Column(name = "reviewed_by", nullable = false)
    private UUID reviewedBy;

    @Column(name = "review_id")
    private @Nullable UUID reviewId;

    @Version
    private @Nullable Long version;

    protected RegisterReviewMark() {
        // for JPA
    }

    public RegisterReviewMark(UUID contractId, @Nullable UUID reviewId, UUID by, Instant at) {
        this.contractId = Objects.requireNonNull(contractId);
        reviewed(reviewId, by, at);
    }

    /** Only the last review is kept: what a comité asks is "when did we last look?". */
    public void reviewed(@Nullable UUID reviewId, UUID by, Instant at) {
        this.reviewId = reviewId;
        this.reviewedBy = Objects.requireNonNull(by);
        this.reviewedAt = Objects.requireNonNull(at);
    }

    public UUID contractId() {
        return contractId;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public UUID reviewedBy() {
        return reviewedBy;
    }

    public @Nullable UUID reviewId() {
        return reviewId;
    }
}
