package app.avenant.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row: the lock every append takes, so appends from all threads and servers are serialised, and, for
 * information, the last sequence number and hash appended. Its content is trusted by nobody (the application's
 * database user may update it): appends link to the last entry itself, and verification reports a head that
 * disagrees with the chain.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
        this.lastHash = AuditHash.GENESIS;
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(AuditEntry appended) {
        this.lastSeq = appended.seq();
        this.lastHash = appended.hash();
    }
}
