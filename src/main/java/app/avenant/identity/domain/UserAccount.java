package app.avenant.identity.domain;

import app.avenant.identity.AccountStatus;
import app.avenant.identity.PeopleRowsWritten;
import app.avenant.identity.UserRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in. Belongs to one organisation for life; the username is stored lower-case so
 * "Claire.Martin" and "claire.martin" are the same account.
 */
@Entity
@EntityListeners(PeopleRowsWritten.class)
@Table(name = "user_account")
public class UserAccount {

    /** Languages a user may choose, stored as language tags. */
    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "organisation_admin", nullable = false)
    private boolean organisationAdmin;

    @Column(nullable = false, length = 8)
    private String locale;

    @Column(nullable = false)
    private boolean enabled;

    // where the portal's e-mail goes (issue 14); null until the person gives one
    @Column(length = 254)
    private @Nullable String email;

    // a plain timestamp column holding UTC (hibernate.jdbc.time_zone=UTC), the same on H2 and MariaDB
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // set once, when an organisation admin removes the account for good (the row stays: history names it)
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    /** Callers validate and hash first (see {@code Users}); this only guards what must never be stored. */
    public UserAccount(
            String username,
            String displayName,
            String passwordHash,
            UUID organisationId,
            boolean organisationAdmin,
            Instant createdAt) {
        if (!username.equals(username.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Usernames are stored lower-case");
        }
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.organisationId = Objects.requireNonNull(organisationId);
        this.organisationAdmin = organisationAdmin;
        this.locale = "fr";
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Callers validate first ({@code AccountRules.validEmail}); null removes the address. */
    public void changeEmail(@Nullable String address) {
        this.email = address;
    }

    public @Nullable String email() {
        return email;
    }

    public void changeLocale(String languageTag) {
        if (!LANGUAGES.contains(languageTag)) {
            throw new IllegalArgumentException("Unsupported language: " + languageTag);
        }
        this.locale = languageTag;
    }

    /** Stops the account signing in until {@link #reactivate()}; refused once the account is removed. */
    public void suspend() {
        requireNotRemoved();
        this.enabled = false;
    }

    public void reactivate() {
        requireNotRemoved();
        this.enabled = true;
    }

    /** For good: the account never signs in again; its row stays, since history refers to it. */
    public void remove(Instant when) {
        requireNotRemoved();
        this.enabled = false;
        this.removedAt = Objects.requireNonNull(when);
    }

    public AccountStatus status() {
        if (removedAt != null) {
            return AccountStatus.REMOVED;
        }
        return enabled ? AccountStatus.ACTIVE : AccountStatus.SUSPENDED;
    }

    public @Nullable Instant removedAt() {
        return removedAt;
    }

    private void requireNotRemoved() {
        if (removedAt != null) {
            throw new IllegalStateException("Account removed: " + username);
        }
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public boolean organisationAdmin() {
        return organisationAdmin;
    }

    /** "fr" or "en". */
    public String locale() {
        return locale;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UserRef toRef() {
        return new UserRef(id, username, displayName, organisationId);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UserAccount that && id.equals(that.id());
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "UserAccount[" + id + ", " + username + "]";
    }
}
