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
 * A message in a change request's thread. Its own row rather than a child of the aggregate: a comment is
 * not an edit, so it must not make someone's open revision stale, and threads are read one page at a time.
 * Created only by {@link ChangeRequest#comment}, which enforces the rules.
 */
@Entity
@Immutable
@Table(name = "change_request_comment")
public class Comment {

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

    protected Comment() {
        // for JPA
    }

    Comment(UUID changeRequestId, Side side, UUID userId, Instant at, String text) {
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
        return o instanceof Comment other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
