package app.avenant.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One revision of a month's statement (table {@code monthly_statement}). Revision 1 is created by the first
 * validation; each later one reopens a locked month with a reason. Validators' and openers' display names
 * are stored as they were at that moment: the trail says who did it, even if the account is renamed later.
 */
@Entity
@Table(name = "monthly_statement")
public class StatementRecord {

    @Id
    private UUID id;

    @Column(name = "contract_id")
    private UUID contractId;

    @Column(name = "period_month")
    private int periodMonth;

    private int revision;

    @Column(name = "opened_by")
    private @Nullable String openedBy;

    @Column(name = "opened_at")
    private @Nullable Instant openedAt;

    private @Nullable String reason;

    @Column(name = "client_validated_by")
    private @Nullable String clientValidatedBy;

    @Column(name = "client_validated_at")
    private @Nullable Instant clientValidatedAt;

    @Column(name = "provider_validated_by")
    private @Nullable String providerValidatedBy;

    @Column(name = "provider_validated_at")
    private @Nullable Instant providerValidatedAt;

    private boolean locked;

    @Column(name = "locked_total_due")
    private @Nullable BigDecimal lockedTotalDue;

    // a wrapper: null until persisted, so Spring Data inserts without a select first
    @Version
    private @Nullable Long version;

    protected StatementRecord() {
        // for JPA
    }

    private StatementRecord(
            UUID contractId,
            int periodMonth,
            int revision,
            @Nullable String openedBy,
            @Nullable Instant openedAt,
            @Nullable String reason) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.periodMonth = periodMonth;
        this.revision = revision;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.reason = reason;
    }

    /** Revision 1, which opens by itself: created when the first side validates. */
    public static StatementRecord first(UUID contractId, int periodMonth) {
        return new StatementRecord(contractId, periodMonth, 1, null, null, null);
    }

    /** The next revision of a locked month, opened by a person with a reason; nobody has validated it. */
    public StatementRecord reopened(String by, Instant at, String why) {
        return new StatementRecord(contractId, periodMonth, revision + 1, by, at, why);
    }

    public boolean validatedByClient() {
        return clientValidatedAt != null;
    }

    public boolean validatedByProvider() {
        return providerValidatedAt != null;
    }

    public void validateForClient(String by, Instant at) {
        clientValidatedBy = by;
        clientValidatedAt = at;
    }

    public void validateForProvider(String by, Instant at) {
        providerValidatedBy = by;
        providerValidatedAt = at;
    }

    /** Both sides validated: the month is locked with the total due it showed then. */
    public void lock(BigDecimal totalDue) {
        locked = true;
        lockedTotalDue = totalDue;
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public int periodMonth() {
        return periodMonth;
    }

    public int revision() {
        return revision;
    }

    public @Nullable String openedBy() {
        return openedBy;
    }

    public @Nullable Instant openedAt() {
        return openedAt;
    }

    public @Nullable String reason() {
        return reason;
    }

    public @Nullable String clientValidatedBy() {
        return clientValidatedBy;
    }

    public @Nullable Instant clientValidatedAt() {
        return clientValidatedAt;
    }

    public @Nullable String providerValidatedBy() {
        return providerValidatedBy;
    }

    public @Nullable Instant providerValidatedAt() {
        return providerValidatedAt;
    }

    public boolean locked() {
        return locked;
    }

    public @Nullable BigDecimal lockedTotalDue() {
        return lockedTotalDue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatementRecord other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
