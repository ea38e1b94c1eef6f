package app.avenant.governance.domain;

import app.avenant.governance.Art28Item;
import app.avenant.governance.Art28Status;
import app.avenant.governance.GovernanceRuleException;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** Where one article 28 item of a contract stands, and who last said so. Stored once someone sets it. */
@Entity
@Table(name = "art28_check")
public class Art28Check {

    public static final int COMMENT_MAX_LENGTH = 500;

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Art28Item item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Art28Status status;

    @Column(nullable = false, length = COMMENT_MAX_LENGTH)
    private String comment;

    @Column(name = "changed_by", nullable = false)
    private UUID changedBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private @Nullable Long version;

    protected Art28Check() {
        // for JPA
    }

    public Art28Check(UUID contractId, Art28Item item, Art28Status status, String comment, UUID by, Instant at) {
        this.id = UUID.randomUUID();
        this.contractId = Objects.requireNonNull(contractId);
        this.item = Objects.requireNonNull(item);
        change(status, comment, by, at);
    }

    /** @throws GovernanceRuleException {@code governance.register.error.comment.tooLong} */
    public void change(Art28Status status, String comment, UUID by, Instant at) {
        this.status = Objects.requireNonNull(status);
        this.comment = validComment(comment);
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    public static String validComment(String comment) {
        String stripped = comment.strip();
        if (stripped.length() > COMMENT_MAX_LENGTH) {
            throw new GovernanceRuleException("governance.register.error.comment.tooLong");
        }
        return stripped;
    }

    public Art28Item item() {
        return item;
    }

    public Art28Status status() {
        return status;
    }

    public String comment() {
        return comment;
    }

    public UUID changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Art28Check other && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
