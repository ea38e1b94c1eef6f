package app.avenant.contract.domain;

import app.avenant.contract.ContractRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user's role on one contract: the unit of access (a user sees a contract only through one). */
@Entity
@EntityListeners(app.avenant.contract.ContractRowsWritten.class)
@Table(name = "contract_membership")
public class Membership {

    @Id
    private UUID id;

    @Column(name = "contract_id")
    private UUID contractId;

    @Column(name = "user_id")
    private UUID userId;

    @Enumerated(EnumType.STRING)
    private ContractRole role;

    private Instant since;

    @Column(name = "granted_by")
    private @Nullable UUID grantedBy;

    /** The first day without access (a provider's mission ends); null: no end date. */
    @Column(name = "expires_on")
    private @Nullable LocalDate expiresOn;

    @Column(name = "certified_at")
    private @Nullable Instant certifiedAt;

    @Column(name = "certified_by")
    private @Nullable UUID certifiedBy;

    @Version
    private long version;

    protected Membership() {
        // for JPA
    }

    public Membership(UUID contractId, UUID userId, ContractRole role, @Nullable UUID grantedBy, Instant since) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.userId = userId;
        this.role = role;
        this.grantedBy = grantedBy;
        this.since = since;
    }

    public void changeRole(ContractRole newRole) {
        if (newRole.side() != role.side()) {
            throw new IllegalArgumentException("A member keeps the side of their organisation");
        }
        this.role = newRole;
    }

    /**
     * Access ends at the start of that day (null: no end); the caller has checked who may and, with
     * {@link MembershipRules#checkExpiry}, which date for whom.
     */
    public void expireOn(@Nullable LocalDate day) {
        this.expiresOn = day;
    }

    /** Their side's owner confirmed, at that time, that this member still needs the access. */
    public void certify(UUID by, Instant at) {
        this.certifiedBy = by;
        this.certifiedAt = at;
    }

    public @Nullable UUID grantedBy() {
        return grantedBy;
    }

    public @Nullable LocalDate expiresOn() {
        return expiresOn;
    }

    public @Nullable Instant certifiedAt() {
        return certifiedAt;
    }

    public @Nullable UUID certifiedBy() {
        return certifiedBy;
    }

    public UUID contractId() {
        return contractId;
    }

    public UUID userId() {
        return userId;
    }

    public ContractRole role() {
        return role;
    }

    public UUID id() {
        return id;
    }

    public Instant since() {
        return since;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Membership other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
