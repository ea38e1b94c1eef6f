package app.avenant.change.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person's unsaved edits of one request's proposal: the terms they started from and the terms as typed (both
 * as the JSON of the revisions' terms), the note, and what they were laid on. A person's own scratch copy: no
 * version check (the last write of their own tabs wins) and no audit; replaced whole at each write.
 */
@Entity
@Table(name = "proposal_draft")
class ProposalDraft {

    @Id
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "change_request_id")
    private UUID changeRequestId;

    private int revision;

    @Column(name = "in_force_version")
    private @Nullable Integer inForceVersion;

    // No @Lob: longtext validates as a String column on H2 (MariaDB mode) and on MariaDB alike.
    @Column(name = "started_from", columnDefinition = "longtext")
    private String startedFrom;

    @Column(columnDefinition = "longtext")
    private String terms;

    @Column(columnDefinition = "longtext")
    private String note;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ProposalDraft() {
        // for JPA
    }

    ProposalDraft(UUID userId, UUID changeRequestId) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.changeRequestId = changeRequestId;
    }

    void replace(
            int revision, @Nullable Integer inForceVersion, String startedFrom, String terms, String note, Instant at) {
        this.revision = revision;
        this.inForceVersion = inForceVersion;
        this.startedFrom = startedFrom;
        this.terms = terms;
        this.note = note;
        this.updatedAt = at;
    }

    UUID userId() {
        return userId;
    }

    UUID changeRequestId() {
        return changeRequestId;
    }

    int revision() {
        return revision;
    }

    @Nullable
    Integer inForceVersion() {
        return inForceVersion;
    }

    String startedFrom() {
        return startedFrom;
    }

    String terms() {
        return terms;
    }

    String note() {
        return note;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProposalDraft other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
