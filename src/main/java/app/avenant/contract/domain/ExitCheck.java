package app.avenant.contract.domain;

import app.avenant.contract.ExitItem;
import app.avenant.contract.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One item of an ended contract's exit checklist, ticked by one side: a row exists while it is ticked. */
@Entity
@Table(name = "contract_exit_check")
@IdClass(ExitCheck.Key.class)
public class ExitCheck {

    /** The primary key: one row per contract, item and side. */
    public static class Key implements Serializable {

        private UUID contractId;
        private ExitItem item;
        private Side side;

        protected Key() {
            // for JPA
        }

        public Key(UUID contractId, ExitItem item, Side side) {
            this.contractId = contractId;
            this.item = item;
            this.side = side;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && contractId.equals(k.contractId) && item == k.item && side == k.side;
        }

        @Override
        public int hashCode() {
            return Objects.hash(contractId, item, side);
        }
    }

    @Id
    @Column(name = "contract_id")
    private UUID contractId;

    @Id
    @Enumerated(EnumType.STRING)
    private ExitItem item;

    @Id
    @Enumerated(EnumType.STRING)
    private Side side;

    @Column(name = "ticked_by")
    private UUID tickedBy;

    @Column(name = "ticked_at")
    private Instant tickedAt;

    protected ExitCheck() {
        // for JPA
    }

    public ExitCheck(UUID contractId, ExitItem item, Side side, UUID tickedBy, Instant tickedAt) {
        this.contractId = contractId;
        this.item = item;
        this.side = side;
        this.tickedBy = tickedBy;
        this.tickedAt = tickedAt;
    }

    public ExitItem item() {
        return item;
    }

    public Side side() {
        return side;
    }

    public UUID tickedBy() {
        return tickedBy;
    }

    public Instant tickedAt() {
        return tickedAt;
    }
}
