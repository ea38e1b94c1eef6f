package app.avenant.contract.domain;

import app.avenant.contract.Approval;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.Side;
import app.avenant.contract.StatusChange;
import app.avenant.contract.terms.Terms;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A contract between one PME and one provider. It knows its current version number; the versions
 * themselves are separate immutable rows ({@link ContractVersion}) so that opening a contract never
 * loads its history.
 * <p>
 * Its status moves only through the methods that guard each transition ({@link #startPilot}, {@link #activate}),
 * which refuse an illegal one with a {@link ContractRuleException}, the way a change request guards its own, and
 * {@link #bringInAs} for a draft brought in already running (docs/decisions/0020).
 */
@Entity
@EntityListeners(app.avenant.contract.ContractRowsWritten.class)
@Table(name = "contract")
public class Contract {

    @Id
    private UUID id;

    private String reference;

    private String title;

    @Column(name = "client_organisation_id")
    private UUID clientOrganisationId;

    @Column(name = "provider_organisation_id")
    private UUID providerOrganisationId;

    @Enumerated(EnumType.STRING)
    private ContractStatus status;

    @Column(name = "current_version")
    private int currentVersion;

    @Column(name = "client_contact_user_id")
    private @Nullable UUID clientContactUserId;

    @Column(name = "provider_contact_user_id")
    private @Nullable UUID providerContactUserId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_changed_at")
    private Instant lastChangedAt;

    @Column(name = "pilot_volume_cap")
    private @Nullable Long pilotVolumeCap;

    @Column(name = "pilot_end_date")
    private @Nullable LocalDate pilotEndDate;

    @Column(name = "pilot_started_at")
    private @Nullable Instant pilotStartedAt;

    @Column(name = "pilot_started_by")
    private @Nullable UUID pilotStartedBy;

    /** The open re-certification round: members not certified since then lapse after the due date. */
    @Column(name = "recertification_from")
    private @Nullable Instant recertificationFrom;

    @Column(name = "recertification_due")
    private @Nullable LocalDate recertificationDue;

    /** Both sides finished the exit checklist: the provider's accesses ended then. */
    @Column(name = "exit_completed_at")
    private @Nullable Instant exitCompletedAt;

    @Version
    private long version;

    protected Contract() {
        // for JPA
    }

    public Contract(
            String reference, String title, UUID clientOrganisationId, UUID providerOrganisationId, Instant now) {
        if (reference.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("A contract needs a reference and a title");
        }
        if (clientOrganisationId.equals(providerOrganisationId)) {
            throw new IllegalArgumentException("The client and the provider must be two organisations");
        }
        this.id = UUID.randomUUID();
        this.reference = reference.strip();
        this.title = title.strip();
        this.clientOrganisationId = clientOrganisationId;
        this.providerOrganisationId = providerOrganisationId;
        this.status = ContractStatus.DRAFT;
        this.currentVersion = 0;
        this.createdAt = now;
        this.lastChangedAt = now;
    }

    /**
     * The only way a version is born: terms approved by both sides become version n+1. The caller saves
     * the returned version in the same transaction; the optimistic lock on this contract makes two
     * concurrent adoptions on the same current version fail instead of both succeeding.
     */
    public ContractVersion adopt(Terms terms, String summary, Approval client, Approval provider, Instant now) {
        if (summary.isBlank()) {
            throw new IllegalArgumentException("A version needs a summary of what changed");
        }
        currentVersion++;
        lastChangedAt = now;
        return new ContractVersion(id, currentVersion, terms, summary.strip(), client, provider, now);
    }

    /**
     * The PME's owner starts the pilot phase (un essai sur un volume limité): a draft with at least one adopted
     * version, a cap of at least one unit and an end date after today. The caller saves the returned line of
     * the status history in the same transaction.
     *
     * @throws ContractRuleException {@code contract.error.pilot.status}, {@code .pilot.noVersion},
     *         {@code .pilot.volumeCap} or {@code .pilot.endDate}, checked in that order; nothing changes
     */
    public StatusChangeEntry startPilot(
            long volumeCap, LocalDate endDate, LocalDate today, UUID startedBy, Instant now) {
        if (status != ContractStatus.DRAFT) {
            throw new ContractRuleException("contract.error.pilot.status");
        }
        if (currentVersion == 0) {
            throw new ContractRuleException("contract.error.pilot.noVersion");
        }
        if (volumeCap < 1) {
            throw new ContractRuleException("contract.error.pilot.volumeCap");
        }
        if (!endDate.isAfter(today)) {
            throw new ContractRuleException("contract.error.pilot.endDate");
        }
        this.pilotVolumeCap = volumeCap;
        this.pilotEndDate = endDate;
        this.pilotStartedAt = now;
        this.pilotStartedBy = startedBy;
        moveTo(ContractStatus.PILOT, now);
        return StatusChangeEntry.pilot(
                id, StatusChange.Kind.PILOT_STARTED, ContractStatus.DRAFT, null, startedBy, now, volumeCap, endDate);
    }

    /**
     * The PME's owner moves a draft or pilot contract to active, with an optional note kept in the status
     * history. The caller saves the returned line in the same transaction.
     *
     * @throws ContractRuleException the key of {@link #activationRefusal()}, or {@code contract.error.activate.note}
     *         when the note is too long; nothing changes
     */
    public StatusChangeEntry activate(@Nullable String note, UUID by, Instant now) {
        String refusal = activationRefusal();
        if (refusal != null) {
            throw new ContractRuleException(refusal);
        }
        if (note != null && note.strip().length() > StatusChangeEntry.NOTE_MAX) {
            throw new ContractRuleException("contract.error.activate.note");
        }
        ContractStatus from = status;
        moveTo(ContractStatus.ACTIVE, now);
        return StatusChangeEntry.status(id, StatusChange.Kind.STATUS, from, ContractStatus.ACTIVE, note, by, now);
    }

    /**
     * Why the contract may not move to active now, as a message key ({@code contract.error.activate.status},
     * {@code .activate.noVersion}, {@code .activate.contactPersons}), or null when it may: what the pilot's
     * checklist shows before the owner tries.
     */
    public @Nullable String activationRefusal() {
        if (status != ContractStatus.DRAFT && status != ContractStatus.PILOT) {
            return "contract.error.activate.status";
        }
        if (currentVersion == 0) {
            return "contract.error.activate.noVersion";
        }
        if (clientContactUserId == null || providerContactUserId == null) {
            return "contract.error.activate.contactPersons";
        }
        return null;
    }

    /**
     * At the end of the pilot the PME's owner gives it more time: a new end date after the current one (and after
     * today) and a volume cap of at least one unit.
     *
     * @throws ContractRuleException {@code contract.error.lifecycle.status}, {@code .pilot.volumeCap},
     *         {@code .pilot.endDate}; nothing changes
     */
    public StatusChangeEntry extendPilot(
            long volumeCap, LocalDate endDate, @Nullable String note, LocalDate today, UUID by, Instant now) {
        requireStatus(ContractStatus.PILOT);
        if (volumeCap < 1) {
            throw new ContractRuleException("contract.error.pilot.volumeCap");
        }
        LocalDate currentEnd = pilotEndDate;
        if (!endDate.isAfter(today) || (currentEnd != null && !endDate.isAfter(currentEnd))) {
            throw new ContractRuleException("contract.error.pilot.extendDate");
        }
        requireNote(note, false);
        this.pilotVolumeCap = volumeCap;
        this.pilotEndDate = endDate;
        this.lastChangedAt = now;
        return StatusChangeEntry.pilot(
                id, StatusChange.Kind.PILOT_EXTENDED, ContractStatus.PILOT, note, by, now, volumeCap, endDate);
    }

    /** No-go: the pilot did not convince, the contract ends there, with the owner's reason. */
    public StatusChangeEntry stopPilot(String reason, UUID by, Instant now) {
        return move(ContractStatus.PILOT, ContractStatus.TERMINATED, StatusChange.Kind.NO_GO, reason, true, by, now);
    }

    /** An active contract is paused (a dispute, a strike, a move), with the owner's reason. */
    public StatusChangeEntry suspend(String reason, UUID by, Instant now) {
        return move(
                ContractStatus.ACTIVE, ContractStatus.SUSPENDED, StatusChange.Kind.SUSPENDED, reason, true, by, now);
    }

    /** A suspended contract runs again. */
    public StatusChangeEntry resume(@Nullable String note, UUID by, Instant now) {
        return move(ContractStatus.SUSPENDED, ContractStatus.ACTIVE, StatusChange.Kind.RESUMED, note, false, by, now);
    }

    /**
     * An active or suspended contract ends, at its term or by notice, with the owner's reason: from then on it is
     * read-only and both sides work through the exit checklist.
     */
    public StatusChangeEntry end(boolean byNotice, String reason, UUID by, Instant now) {
        if (status != ContractStatus.ACTIVE && status != ContractStatus.SUSPENDED) {
            throw new ContractRuleException("contract.error.lifecycle.status");
        }
        requireNote(reason, true);
        ContractStatus from = status;
        moveTo(ContractStatus.TERMINATED, now);
        return StatusChangeEntry.status(
                id,
                byNotice ? StatusChange.Kind.ENDED_BY_NOTICE : StatusChange.Kind.ENDED_AT_TERM,
                from,
                ContractStatus.TERMINATED,
                reason,
                by,
                now);
    }

    /**
     * Both sides ticked every item of the exit checklist: the exit is done, once. The caller ends the provider's
     * accesses in the same transaction.
     */
    public StatusChangeEntry completeExit(@Nullable UUID by, Instant now) {
        requireStatus(ContractStatus.TERMINATED);
        if (exitCompletedAt != null) {
            throw new ContractRuleException("contract.error.exit.done");
        }
        this.exitCompletedAt = now;
        this.lastChangedAt = now;
        return StatusChangeEntry.status(
                id,
                StatusChange.Kind.EXIT_COMPLETED,
                ContractStatus.TERMINATED,
                ContractStatus.TERMINATED,
                null,
                by,
                now);
    }

    /** Ended (at its term, by notice, or after a no-go): read-only for everyone. */
    public boolean isEnded() {
        return status == ContractStatus.TERMINATED;
    }

    public @Nullable Instant exitCompletedAt() {
        return exitCompletedAt;
    }

    private StatusChangeEntry move(
            ContractStatus from,
            ContractStatus to,
            StatusChange.Kind kind,
            @Nullable String note,
            boolean reasonRequired,
            UUID by,
            Instant now) {
        requireStatus(from);
        requireNote(note, reasonRequired);
        moveTo(to, now);
        return StatusChangeEntry.status(id, kind, from, to, note, by, now);
    }

    private void requireStatus(ContractStatus expected) {
        if (status != expected) {
            throw new ContractRuleException("contract.error.lifecycle.status");
        }
    }

    /** A reason says why in words (required for a no-go, a suspension, an end); a note fits its column. */
    private static void requireNote(@Nullable String note, boolean required) {
        if (required && (note == null || note.isBlank())) {
            throw new ContractRuleException("contract.error.lifecycle.reason");
        }
        if (note != null && note.strip().length() > StatusChangeEntry.NOTE_MAX) {
            throw new ContractRuleException("contract.error.activate.note");
        }
    }

    /**
     * A contract brought into the portal already running (the demo data): from brouillon straight to the
     * status it has outside, without a user's decision, pilot terms or a line of history. Only a draft can
     * be brought in, so this never bypasses the rules of a contract the portal already runs.
     */
    public void bringInAs(ContractStatus existing, Instant now) {
        if (status != ContractStatus.DRAFT) {
            throw new IllegalStateException("Only a draft contract is brought in with the status it has elsewhere");
        }
        moveTo(existing, now);
    }

    private void moveTo(ContractStatus newStatus, Instant now) {
        this.status = newStatus;
        this.lastChangedAt = now;
    }

    /** True when the contract had a pilot phase (its terms stay known once active). */
    public boolean hadPilot() {
        return pilotVolumeCap != null && pilotEndDate != null && pilotStartedAt != null && pilotStartedBy != null;
    }

    public @Nullable Long pilotVolumeCap() {
        return pilotVolumeCap;
    }

    public @Nullable LocalDate pilotEndDate() {
        return pilotEndDate;
    }

    public @Nullable Instant pilotStartedAt() {
        return pilotStartedAt;
    }

    public @Nullable UUID pilotStartedBy() {
        return pilotStartedBy;
    }

    public void nameContactPerson(Side side, UUID userId, Instant now) {
        if (side == Side.CLIENT) {
            clientContactUserId = userId;
        } else {
            providerContactUserId = userId;
        }
        lastChangedAt = now;
    }

    /**
     * Opens a re-certification round (after a steering review): editors and viewers not certified since
     * {@code from} lose access once {@code due} has passed. A new round replaces the previous one.
     *
     * @param zone where {@code from} falls on a day (the application clock's)
     * @throws ContractRuleException {@code access.error.recertification.due} when due is before from's day
     */
    public void openRecertification(Instant from, LocalDate due, java.time.ZoneId zone) {
        if (due.isBefore(LocalDate.ofInstant(from, zone))) {
            throw new ContractRuleException("access.error.recertification.due");
        }
        this.recertificationFrom = from;
        this.recertificationDue = due;
    }

    public @Nullable Instant recertificationFrom() {
        return recertificationFrom;
    }

    public @Nullable LocalDate recertificationDue() {
        return recertificationDue;
    }

    /** Whether the user is one of the two named contact persons (they never lose access by expiry or lapse). */
    public boolean isContactPerson(UUID userId) {
        return userId.equals(clientContactUserId) || userId.equals(providerContactUserId);
    }

    public Side sideOf(UUID organisationId) {
        if (organisationId.equals(clientOrganisationId)) {
            return Side.CLIENT;
        }
        if (organisationId.equals(providerOrganisationId)) {
            return Side.PROVIDER;
        }
        throw new IllegalArgumentException("Organisation " + organisationId + " is not a party of " + reference);
    }

    public UUID organisationOf(Side side) {
        return side == Side.CLIENT ? clientOrganisationId : providerOrganisationId;
    }

    public UUID counterpartyOf(Side side) {
        return side == Side.CLIENT ? providerOrganisationId : clientOrganisationId;
    }

    public @Nullable UUID contactOf(Side side) {
        return side == Side.CLIENT ? clientContactUserId : providerContactUserId;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public UUID clientOrganisationId() {
        return clientOrganisationId;
    }

    public UUID providerOrganisationId() {
        return providerOrganisationId;
    }

    public ContractStatus status() {
        return status;
    }

    public int currentVersion() {
        return currentVersion;
    }

    /** The row's optimistic-lock version: it moves at every write of the contract row. */
    public long rowVersion() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastChangedAt() {
        return lastChangedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contract other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
