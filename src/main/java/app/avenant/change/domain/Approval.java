package app.avenant.change.domain;

import app.avenant.contract.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One side's approval of one revision. A newer revision withdraws it (the approval was of other terms) without
 * deleting it: the row stays as the trace of who had approved what (docs/decisions/0025).
 */
@Entity
@Immutable
@Table(name = "change_request_approval")
public class Approval {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_request_id")
    private ChangeRequest changeRequest;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Column(name = "user_id")
    private UUID userId;

    private int revision;

    @Column(name = "approved_at")
    private Instant at;

    protected Approval() {
        // for JPA
    }

    Approval(ChangeRequest changeRequest, Side side, UUID userId, int revision, Instant at) {
        this.id = UUID.randomUUID();
        this.changeRequest = changeRequest;
        this.side = side;
        this.userId = userId;
        this.revision = revision;
        this.at = at;
    }

    public Side side() {
        return side;
    }

    public UUID userId() {
        return userId;
    }

    public int revision() {
        return revision;
    }

    public Instant at() {
        return at;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Approval other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
