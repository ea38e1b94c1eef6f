package app.avenant.contract.domain;

import app.avenant.contract.ContractStatus;
import app.avenant.contract.Side;
import app.avenant.contract.StatusChange;
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

/** One immutable line of a contract's status history (see {@link StatusChange}). */
@Entity
@Table(name = "contract_status_change")
public class StatusChangeEntry {

    /** The longest note kept with a decision (the column's size). */
    public static final int NOTE_MAX = 500;

    @Id
    private UUID id;

    @Column(name = "contract_id")
    private UUID contractId;

    @Enumerated(EnumType.STRING)
    private StatusChange.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private @Nullable ContractStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private @Nullable ContractStatus toStatus;

    @Enumerated(EnumType.STRING)
    private @Nullable Side side;

    @Column(name = "contact_user_id")
    private @Nullable UUID contactUserId;

    private @Nullable String note;

    @Column(name = "changed_by")
    private @Nullable UUID changedBy;

    /** The pilot's volume cap as decided by a start or an extension; null for other entries and earlier ones. */
    @Column(name = "pilot_volume_cap")
    private @Nullable Long pilotVolumeCap;

    @Column(name = "pilot_end_date")
    private java.time.@Nullable LocalDate pilotEndDate;

    @Column(name = "changed_at")
    private Instant changedAt;

    // A wrapper, null until persisted: Spring Data then sees a new entity and inserts without a select first.
    @Version
    private @Nullable Long version;

    protected StatusChangeEntry() {
        // for JPA
    }

    private StatusChangeEntry(
            UUID contractId,
            StatusChange.Kind kind,
            @Nullable ContractStatus from,
            @Nullable ContractStatus to,
            @Nullable Side side,
            @Nullable UUID contactUserId,
            @Nullable String note,
            @Nullable UUID changedBy,
            Instant changedAt) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.side = side;
        this.contactUserId = contactUserId;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public static StatusChangeEntry status(
            UUID contractId,
            StatusChange.Kind kind,
            ContractStatus from,
            ContractStatus to,
            @Nullable String note,
            @Nullable UUID by,
            Instant at) {
        return new StatusChangeEntry(contractId, kind, from, to, null, null, note, by, at);
    }

    /** A pilot started or extended, with the end date and volume cap decided. */
    public static StatusChangeEntry pilot(
            UUID contractId,
            StatusChange.Kind kind,
            ContractStatus from,
            @Nullable String note,
            UUID by,
            Instant at,
            long volumeCap,
            java.time.LocalDate endDate) {
        StatusChangeEntry entry =
                new StatusChangeEntry(contractId, kind, from, ContractStatus.PILOT, null, null, note, by, at);
        entry.pilotVolumeCap = volumeCap;
        entry.pilotEndDate = endDate;
        return entry;
    }

    public static StatusChangeEntry contactPerson(
            UUID contractId, Side side, UUID contactUserId, @Nullable UUID by, Instant at) {
        return new StatusChangeEntry(
                contractId, StatusChange.Kind.CONTACT_PERSON, null, null, side, contactUserId, null, by, at);
    }

    public UUID contractId() {
        return contractId;
    }

    public @Nullable Long pilotVolumeCap() {
        return pilotVolumeCap;
    }

    public java.time.@Nullable LocalDate pilotEndDate() {
        return pilotEndDate;
    }

    public StatusChange.Kind kind() {
        return kind;
    }

    public @Nullable ContractStatus fromStatus() {
        return fromStatus;
    }

    public @Nullable ContractStatus toStatus() {
        return toStatus;
    }

    public @Nullable Side side() {
        return side;
    }

    public @Nullable UUID contactUserId() {
        return contactUserId;
    }

    public @Nullable String note() {
        return note;
    }

    public @Nullable UUID changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusChangeEntry other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
