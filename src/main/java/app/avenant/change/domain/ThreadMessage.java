package app.avenant.change.domain;

import app.avenant.contract.Side;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message about a change request, in its own row rather than as a child of the aggregate: writing one is
 * not an edit, so it must not make someone's open revision stale, and threads are read one page at a time.
 * The shared discussion ({@link Comment}) and each side's internal notes ({@link InternalNote}) are the two.
 */
@MappedSuperclass
public abstract class ThreadMessage {

    public static final int MAX_LENGTH = 4000;

    @Id
    private UUID id;

    @Column(name = "change_request_id")
    private UUID changeRequestId;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "posted_at")
    private Instant at;

    // up to 4 000 characters: longtext rather than a varchar that could exceed MariaDB's row size in utf8mb4
    @Column(columnDefinition = "longtext")
    private String text;

    protected ThreadMessage() {
        // for JPA
    }

    ThreadMessage(UUID changeRequestId, Side side, UUID userId, Instant at, String text) {
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
        return o != null && o.getClass() == getClass() && Objects.equals(id, ((ThreadMessage) o).id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
