package app.avenant.governance.domain;

import app.avenant.governance.ReviewStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One comité de pilotage of a contract. Its minutes, decisions and attendees change until it is marked
 * held; from then on they are the record of the meeting and never change again.
 */
@Entity
@Table(name = "review")
public class Review {

    public static final int AGENDA_MAX_LENGTH = 4000;
    public static final int TEXT_MAX_LENGTH = 20_000;
    public static final int MIN_DURATION = 15;
    public static final int MAX_DURATION = 8 * 60;

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false)
    private String agenda;

    @Column(nullable = false)
    private String minutes = "";

    @Column(nullable = false)
    private String decisions = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status = ReviewStatus.PLANNED;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "held_by")
    private @Nullable UUID heldBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "held_at")
    private @Nullable Instant heldAt;

    @ElementCollection
    @CollectionTable(name = "review_attendee", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "user_id", nullable = false)
    private Set<UUID> attendees = new HashSet<>();

    /** A wrapper, null until stored: Spring Data then inserts a new review without selecting it first. */
    @Version
    private @Nullable Long version;

    protected Review() {
        // for JPA
    }

    /** The caller (the service) validates agenda and duration with {@code ReviewRules}. */
    public Review(
            UUID contractId, Instant startsAt, int durationMinutes, String agenda, UUID createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.contractId = Objects.requireNonNull(contractId);
        this.startsAt = Objects.requireNonNull(startsAt);
        this.durationMinutes = durationMinutes;
        this.agenda = Objects.requireNonNull(agenda);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public boolean held() {
        return status == ReviewStatus.HELD;
    }

    public void changeAttendees(Set<UUID> userIds) {
        requireOpen();
        attendees.clear();
        attendees.addAll(userIds);
    }

    public void writeMinutes(String minutes, String decisions) {
        requireOpen();
        this.minutes = Objects.requireNonNull(minutes);
        this.decisions = Objects.requireNonNull(decisions);
    }

    public void markHeld(UUID by, Instant at) {
        requireOpen();
        this.status = ReviewStatus.HELD;
        this.heldBy = Objects.requireNonNull(by);
        this.heldAt = Objects.requireNonNull(at);
    }

    private void requireOpen() {
        if (held()) {
            throw new IllegalStateException("A held review's record never changes");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    public String agenda() {
        return agenda;
    }

    public String minutes() {
        return minutes;
    }

    public String decisions() {
        return decisions;
    }

    public ReviewStatus status() {
        return status;
    }

    public @Nullable UUID heldBy() {
        return heldBy;
    }

    public @Nullable Instant heldAt() {
        return heldAt;
    }

    public Set<UUID> attendees() {
        return Set.copyOf(attendees);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Review other && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
