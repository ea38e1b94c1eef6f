package app.avenant.identity.domain;

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
 * A credential an organisation's own tools send to the API. Only the SHA-256 of the token is kept (see
 * {@code ApiTokens}), with its first characters to tell tokens apart in the admin's list. A revoked token
 * stays listed (who revoked it, when) but never authenticates again; revocation cannot be undone.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_MAX_LENGTH = 100;

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "display_prefix", nullable = false, length = 16)
    private String displayPrefix;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    // plain timestamp columns holding UTC (hibernate.jdbc.time_zone=UTC), as in UserAccount
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by")
    private @Nullable UUID revokedBy;

    // written by a bulk update (ApiTokenRepository.touch), never through this entity: frequent calls with
    // one token must not collide on the version
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "last_used_at", updatable = false, insertable = false)
    private @Nullable Instant lastUsedAt;

    /** A wrapper, null until stored: Spring Data then inserts a new token without selecting it first. */
    @Version
    private @Nullable Long version;

    protected ApiToken() {
        // for JPA
    }

    /** The caller validates the name and hashes the token (see {@code ApiTokens}). */
    public ApiToken(
            UUID organisationId,
            String name,
            String tokenHash,
            String displayPrefix,
            UUID createdBy,
            Instant createdAt) {
        if (name.isBlank() || name.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A token name has 1 to " + NAME_MAX_LENGTH + " characters");
        }
        if (tokenHash.length() != 64) {
            throw new IllegalArgumentException("A SHA-256 in hex is expected, never the token itself");
        }
        this.id = UUID.randomUUID();
        this.organisationId = Objects.requireNonNull(organisationId);
        this.name = name;
        this.tokenHash = tokenHash;
        this.displayPrefix = Objects.requireNonNull(displayPrefix);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Revoking twice keeps the first revocation (its author and time). */
    public void revoke(UUID by, Instant at) {
        if (revokedAt == null) {
            this.revokedAt = Objects.requireNonNull(at);
            this.revokedBy = Objects.requireNonNull(by);
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String displayPrefix() {
        return displayPrefix;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public @Nullable UUID revokedBy() {
        return revokedBy;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ApiToken that && id.equals(that.id());
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Never the hash: a log line needs the id and name only. */
    @Override
    public String toString() {
        return "ApiToken[" + id + ", " + name + "]";
    }
}
