package app.avenant.change.domain;

import app.avenant.contract.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A note one side writes about a request for its own people only (docs/decisions/0024): never shown to the
 * other side, whatever its role. Its own row, like a {@link Comment}; created only by
 * {@link ChangeRequest#internalNote}, which enforces the rules.
 */
@Entity
@Immutable
@Table(name = "change_request_internal_note")
public class InternalNote {

    @Id
    private UUID id;

    @Column(name = "change_request_id")
    private UUID changeRequestId;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "written_at")
    private Instant at;

    // up to 4 000 characters: longtext rather than a varchar that could exceed MariaDB's row size in utf8mb4
    @Column(columnDefinition = "longtext")
    private String text;

    protected InternalNote() {
        // for JPA
    }

    InternalNote(UUID changeRequestId, Side side, UUID userId, Instant at, String text) {
        this.id = UUID.randomUUID();
        this.changeRequestId = changeRequestId;
        this.side = side;
        this.userId = userId;
        this.at = at;
        this.text = text;
    }

    public UUID id() {
        return id;
    }

    public UUID changeRequestId() {
        return changeRequestId;
    }

    public Side side() {
        return side;
    }

    public UUID userId() {
        return userId;
    }

    public Instant at() {
        return at;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InternalNote other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
