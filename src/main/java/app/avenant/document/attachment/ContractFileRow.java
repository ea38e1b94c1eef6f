package app.avenant.document.attachment;

import app.avenant.contract.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file kept with a contract: which content (by its SHA-256, the bytes are in the {@link FileStore}), under which
 * name, added by whom and for which side. Removing it hides it from the list; the row and the content stay, so the
 * audit trail's entries still name something.
 */
@Entity
@Table(name = "contract_file")
public class ContractFileRow {

    @Id
    private UUID id;

    @Column(name = "contract_id")
    private UUID contractId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "added_by")
    private UUID addedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "added_side")
    private Side addedSide;

    @Column(name = "added_at")
    private Instant addedAt;

    // the change request it was attached to; null for a file of the contract itself
    @Column(name = "change_request_id")
    private @Nullable UUID changeRequestId;

    @Column(name = "removed_by")
    private @Nullable UUID removedBy;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    @Version
    private long version;

    protected ContractFileRow() {
        // for JPA
    }

    public ContractFileRow(
            UUID contractId,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            UUID addedBy,
            Side addedSide,
            Instant addedAt) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.addedBy = addedBy;
        this.addedSide = addedSide;
        this.addedAt = addedAt;
    }

    /** Attaches this new file to a change request of its contract. */
    public ContractFileRow onRequest(UUID changeRequest) {
        this.changeRequestId = changeRequest;
        return this;
    }

    public @Nullable UUID changeRequestId() {
        return changeRequestId;
    }

    public void remove(UUID by, Instant at) {
        this.removedBy = by;
        this.removedAt = at;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public UUID addedBy() {
        return addedBy;
    }

    public Side addedSide() {
        return addedSide;
    }

    public Instant addedAt() {
        return addedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContractFileRow other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
