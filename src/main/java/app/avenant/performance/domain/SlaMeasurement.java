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

/** The measured percentage of one service level for one month; replaced until the month is locked. */
@Entity
@Table(name = "sla_measurement")
public class SlaMeasurement {

    @Id
    private UUID id;

    @Column(name = "contract_id")
    private UUID contractId;

    @Column(name = "period_month")
    private int periodMonth;

    @Column(name = "service_level_key")
    private String serviceLevelKey;

    @Column(name = "measured_percent")
    private BigDecimal measuredPercent;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    // a wrapper: null until persisted, so Spring Data inserts without a select first
    @Version
    private @Nullable Long version;

    protected SlaMeasurement() {
        // for JPA
    }

    public SlaMeasurement(
            UUID contractId,
            int periodMonth,
            String serviceLevelKey,
            BigDecimal measuredPercent,
            String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.periodMonth = periodMonth;
        this.serviceLevelKey = serviceLevelKey;
        this.measuredPercent = measuredPercent;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void replace(BigDecimal measured, String by, Instant at) {
        measuredPercent = measured;
        recordedBy = by;
        recordedAt = at;
    }

    public UUID contractId() {
        return contractId;
    }

    public int periodMonth() {
        return periodMonth;
    }

    public String serviceLevelKey() {
        return serviceLevelKey;
    }

    public BigDecimal measuredPercent() {
        return measuredPercent;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaMeasurement other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
