package app.avenant.change.draft;

import app.avenant.contract.terms.ObjectiveKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one person typed in the "new change request" dialog of one contract and has not created yet. Their own
 * scratch copy, like {@link ProposalDraft}: replaced whole at each write, no version check, no audit.
 */
@Entity
@Table(name = "new_request_draft")
class NewRequestDraft {

    @Id
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "contract_id")
    private UUID contractId;

    // longtext, not the request's limits: text over a limit is refused on creation, never cut (decision 0022)
    @Column(columnDefinition = "longtext")
    private String title;

    @Column(columnDefinition = "longtext")
    private String reason;

    @Enumerated(EnumType.STRING)
    private @Nullable ObjectiveKind serves;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NewRequestDraft() {
        // for JPA
    }

    NewRequestDraft(UUID userId, UUID contractId) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.contractId = contractId;
    }

    void replace(String title, String reason, @Nullable ObjectiveKind serves, Instant at) {
        this.title = title;
        this.reason = reason;
        this.serves = serves;
        this.updatedAt = at;
    }

    String title() {
        return title;
    }

    String reason() {
        return reason;
    }

    @Nullable
    ObjectiveKind serves() {
        return serves;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NewRequestDraft other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
