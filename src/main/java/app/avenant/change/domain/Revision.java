package app.avenant.change.domain;

import app.avenant.contract.Side;
import app.avenant.contract.terms.Terms;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One numbered turn of the negotiation: the whole proposed terms, who proposed them and on which contract
 * version they build. Never changed once written (earlier turns stay readable as they were).
 */
@Entity
@Immutable
@Table(name = "change_request_revision")
public class Revision {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_request_id")
    private ChangeRequest changeRequest;

    private int number;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Column(name = "author_user_id")
    private UUID authorUserId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "base_version")
    private int baseVersion;

    private String note;

    // a lazy to-one in a table of its own: see RevisionTerms
    @OneToOne(
            fetch = FetchType.LAZY,
            optional = false,
            cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @JoinColumn(name = "terms_id")
    private RevisionTerms proposed;

    protected Revision() {
        // for JPA
    }

    Revision(
            ChangeRequest changeRequest,
            int number,
            Side side,
            UUID authorUserId,
            Instant createdAt,
            int baseVersion,
            String note,
            Terms proposed) {
        this.id = UUID.randomUUID();
        this.changeRequest = changeRequest;
        this.number = number;
        this.side = side;
        this.authorUserId = authorUserId;
        this.createdAt = createdAt;
        this.baseVersion = baseVersion;
        this.note = note;
        this.proposed = new RevisionTerms(proposed);
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public Side side() {
        return side;
    }

    public UUID authorUserId() {
        return authorUserId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int baseVersion() {
        return baseVersion;
    }

    public String note() {
        return note;
    }

    public Terms proposed() {
        return proposed.terms();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Revision other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
