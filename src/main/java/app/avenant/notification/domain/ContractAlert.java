package app.avenant.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An alert already sent for a contract: a notice deadline 90 or 30 days ahead, the penalty cap reached. Its
 * unique key (contract, kind, key) is what makes each alert go out once, whatever the number of job runs.
 */
@Entity
@Table(name = "contract_alert")
public class ContractAlert {

    /** What was alerted about, together with its key. */
    public enum Kind {
        /** key: the notice deadline (ISO date) */
        NOTICE_90,
        /** key: the notice deadline (ISO date) */
        NOTICE_30,
        /** key: the cap amount (plain decimal): a new cap agreed in a later version is alerted again */
        PENALTY_CAP
    }

    @Id
    private UUID id;

    @Column(name = "contract_id")
    private UUID contractId;

    @Column(length = 30)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "alert_key")
    private String alertKey;

    @Column(name = "sent_at")
    private Instant sentAt;

    // A wrapper, null until persisted: Spring Data then sees a new entity and inserts without a select first.
    @Version
    private @Nullable Long version;

    protected ContractAlert() {
        // for JPA
    }

    public ContractAlert(UUID contractId, Kind kind, String alertKey, Instant sentAt) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.kind = kind;
        this.alertKey = alertKey;
        this.sentAt = sentAt;
    }

    public UUID contractId() {
        return contractId;
    }

    public Kind kind() {
        return kind;
    }

    public String alertKey() {
        return alertKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContractAlert other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
