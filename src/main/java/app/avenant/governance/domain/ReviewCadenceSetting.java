package app.avenant.governance.domain;

import app.avenant.governance.Cadence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How often a contract's reviews come round; a contract without a row has none planned. */
@Entity
@Table(name = "review_cadence")
public class ReviewCadenceSetting {

    @Id
    @Column(name = "contract_id")
    private UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Cadence cadence;

    @Version
    private @Nullable Long version;

    protected ReviewCadenceSetting() {
        // for JPA
    }

    public ReviewCadenceSetting(UUID contractId, Cadence cadence) {
        this.contractId = Objects.requireNonNull(contractId);
        this.cadence = Objects.requireNonNull(cadence);
    }

    public void change(Cadence cadence) {
        this.cadence = Objects.requireNonNull(cadence);
    }

    public UUID contractId() {
        return contractId;
    }

    public Cadence cadence() {
        return cadence;
    }
}
