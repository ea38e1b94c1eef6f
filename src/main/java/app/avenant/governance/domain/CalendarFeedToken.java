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

/** A user's calendar feed: the SHA-256 (hex) of the secret in its URL, never the secret itself. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeedToken {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected CalendarFeedToken() {
        // for JPA
    }

    public CalendarFeedToken(UUID userId, String tokenHash, Instant createdAt) {
        this.userId = Objects.requireNonNull(userId);
        this.createdAt = Objects.requireNonNull(createdAt);
        replace(tokenHash, createdAt);
    }

    /** Regenerating: the old URL stops working at once. */
    public void replace(String tokenHash, Instant at) {
        if (tokenHash.length() != 64) {
            throw new IllegalArgumentException("A SHA-256 in hex is expected, never the token itself");
        }
        this.tokenHash = tokenHash;
        this.createdAt = Objects.requireNonNull(at);
    }

    public UUID userId() {
        return userId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
