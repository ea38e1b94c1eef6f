package app.avenant.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * An organisation admin's invitation to join the organisation: the account it will create (username, name,
 * admin flag) and the SHA-256 of the one-time link's token. It is <em>open</em> until it expires, is accepted
 * (once: the account exists) or is revoked; only an open invitation can be accepted.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(nullable = false, length = 50)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "organisation_admin", nullable = false)
    private boolean organisationAdmin;

    // where the link was sent by e-mail, if the admin gave an address; the account starts with it
    @Column(length = 254)
    private @Nullable String email;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false)
    private UUID invitedBy;

    // plain timestamp columns holding UTC (hibernate.jdbc.time_zone=UTC), as in UserAccount
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Column(name = "accepted_user_id")
    private @Nullable UUID acceptedUserId;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by")
    private @Nullable UUID revokedBy;

    /** A wrapper, null until stored: inserted without a select; two acceptances at once cannot both win. */
    @Version
    private @Nullable Long version;

    protected Invitation() {
        // for JPA
    }

    /** The caller validates the username and name and hashes the token (see {@code Invitations}). */
    public Invitation(
            UUID organisationId,
            String username,
            String displayName,
            boolean organisationAdmin,
            String tokenHash,
            UUID invitedBy,
            Instant createdAt,
            Instant expiresAt) {
        if (!username.equals(username.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Usernames are stored lower-case");
        }
        if (tokenHash.length() != 64) {
            throw new IllegalArgumentException("A SHA-256 in hex is expected, never the token itself");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("An invitation expires after it is made");
        }
        this.id = UUID.randomUUID();
        this.organisationId = Objects.requireNonNull(organisationId);
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName);
        this.organisationAdmin = organisationAdmin;
        this.tokenHash = tokenHash;
        this.invitedBy = Objects.requireNonNull(invitedBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = expiresAt;
    }

    /** Neither accepted nor revoked, and not yet expired at {@code now}: the link still works. */
    public boolean isOpen(Instant now) {
        return isPending() && now.isBefore(expiresAt);
    }

    /** Neither accepted nor revoked (it may have expired): what the admin's list shows. */
    public boolean isPending() {
        return acceptedAt == null && revokedAt == null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The invitee chose a password and {@code account} now exists: the link never works again. */
    public void accept(UUID account, Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("Invitation " + id + " is no longer open");
        }
        this.acceptedAt = now;
        this.acceptedUserId = Objects.requireNonNull(account);
    }

    /** Revoking a revoked or accepted invitation changes nothing. */
    public void revoke(UUID by, Instant now) {
        if (isPending()) {
            this.revokedAt = Objects.requireNonNull(now);
            this.revokedBy = Objects.requireNonNull(by);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String username() {
        return username;
    }

    public @Nullable String email() {
        return email;
    }

    /** Validated by the caller ({@code AccountRules.validEmail}). */
    public void sendTo(@Nullable String address) {
        this.email = address;
    }

    public String displayName() {
        return displayName;
    }

    public boolean organisationAdmin() {
        return organisationAdmin;
    }

    public UUID invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant acceptedAt() {
        return acceptedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Invitation that && id.equals(that.id());
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Never the hash: a log line needs the id and username only. */
    @Override
    public String toString() {
        return "Invitation[" + id + ", " + username + "]";
    }
}
