package app.avenant.contract.domain;

import app.avenant.contract.Approval;
import app.avenant.contract.persistence.TermsJson;
import app.avenant.contract.terms.Terms;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * One adopted version (avenant) of a contract: the whole terms as both sides approved them. Never
 * updated ({@link Immutable}: Hibernate ignores changes and the class offers none).
 */
@Entity
@Immutable
@Table(name = "contract_version")
public class ContractVersion implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "contract_id")
    private UUID contractId;

    private int number;

    // No @Lob: H2 (MariaDB mode) stores longtext as a varchar and MariaDB as longtext; both validate
    // against a plain String column declared "longtext".
    @Column(columnDefinition = "longtext")
    @Convert(converter = TermsConverter.class)
    private Terms terms;

    private String summary;

    @Column(name = "client_approver_id")
    private UUID clientApproverId;

    @Column(name = "client_approved_at")
    private Instant clientApprovedAt;

    @Column(name = "provider_approver_id")
    private UUID providerApproverId;

    @Column(name = "provider_approved_at")
    private Instant providerApprovedAt;

    @Column(name = "adopted_at")
    private Instant adoptedAt;

    /** {@link TermsFingerprint}: what a printed version is recognised by. */
    @Column(name = "terms_fingerprint", length = 64)
    private String fingerprint;

    /** Versions are only ever inserted: saying so spares Hibernate a select before each insert. */
    @Transient
    private boolean isNew = true;

    protected ContractVersion() {
        // for JPA
    }

    ContractVersion(
            UUID contractId,
            int number,
            Terms terms,
            String summary,
            Approval client,
            Approval provider,
            Instant adoptedAt) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.number = number;
        this.terms = terms;
        this.summary = summary;
        this.clientApproverId = client.userId();
        this.clientApprovedAt = client.approvedAt();
        this.providerApproverId = provider.userId();
        this.providerApprovedAt = provider.approvedAt();
        this.adoptedAt = adoptedAt;
        // the same function the column's converter writes with: the fingerprint is of the terms as stored
        this.fingerprint = TermsFingerprint.of(contractId, number, TermsJson.write(terms));
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public UUID contractId() {
        return contractId;
    }

    public int number() {
        return number;
    }

    public Terms terms() {
        return terms;
    }

    public String summary() {
        return summary;
    }

    public UUID clientApproverId() {
        return clientApproverId;
    }

    public UUID providerApproverId() {
        return providerApproverId;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContractVersion other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
