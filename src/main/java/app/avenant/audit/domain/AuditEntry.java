package app.avenant.audit.domain;

import app.avenant.audit.AuditAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * One entry of the audit trail. Immutable: no setters, Hibernate never issues an update for it
 * ({@link Immutable}), and its repository offers no update or delete. Its hash covers every column and the
 * previous entry's hash, keyed with the chain's secret ({@link ChainKey}).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry implements Persistable<Long> {

    public static final int ACTOR_NAME_MAX = 200;
    public static final int DETAILS_MAX = 2000;

    @Id
    private long seq;

    // a plain timestamp column holding UTC (hibernate.jdbc.time_zone=UTC), to the microsecond
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_user_id")
    private @Nullable UUID actorUserId;

    @Column(name = "actor_name", nullable = false, length = ACTOR_NAME_MAX)
    private String actorName;

    @Column(name = "organisation_id")
    private @Nullable UUID organisationId;

    @Column(name = "contract_id")
    private @Nullable UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(nullable = false, length = DETAILS_MAX)
    private String details;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    @Transient
    private boolean isNew;

    protected AuditEntry() {
        // for JPA
        this.occurredAt = Instant.EPOCH;
        this.actorName = "";
        this.action = AuditAction.LOGIN_FAILED;
        this.details = "";
        this.previousHash = "";
        this.hash = "";
    }

    /** The entry following the one whose hash is {@code previousHash}; its own hash is computed here. */
    AuditEntry(long seq, NewAuditEntry entry, String previousHash, ChainKey key) {
        this.seq = seq;
        this.occurredAt = entry.occurredAt();
        this.actorUserId = entry.actorUserId();
        this.actorName = entry.actorName();
        this.organisationId = entry.organisationId();
        this.contractId = entry.contractId();
        this.action = entry.action();
        this.details = entry.details();
        this.previousHash = previousHash;
        this.hash = key.hashOf(this);
        this.isNew = true;
    }

    @Override
    public Long getId() {
        return seq;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public long seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public @Nullable UUID actorUserId() {
        return actorUserId;
    }

    public String actorName() {
        return actorName;
    }

    public @Nullable UUID organisationId() {
        return organisationId;
    }

    public @Nullable UUID contractId() {
        return contractId;
    }

    public AuditAction action() {
        return action;
    }

    public String details() {
        return details;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
