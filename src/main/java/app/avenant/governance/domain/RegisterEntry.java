package app.avenant.governance.domain;

import app.avenant.governance.GovernanceRuleException;
import app.avenant.governance.NewRegisterEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A system or data set of the PME that the provider touches, in the contract's access register. Guards its
 * own rules (a named system, a grant date, a revocation never before the grant), each refusal naming the
 * field in its message key ({@code governance.register.error.<field>.<rule>}) so the form shows it there.
 */
@Entity
@Table(name = "register_entry")
public class RegisterEntry {

    public static final int SYSTEM_MAX_LENGTH = 120;
    public static final int DATA_CATEGORIES_MAX_LENGTH = 300;
    public static final int NOTE_MAX_LENGTH = 500;

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(name = "system_name", nullable = false, length = SYSTEM_MAX_LENGTH)
    private String system;

    @Column(name = "data_categories", nullable = false, length = DATA_CATEGORIES_MAX_LENGTH)
    private String dataCategories;

    @Column(name = "personal_data", nullable = false)
    private boolean personalData;

    @Column(name = "granted_on", nullable = false)
    private LocalDate grantedOn;

    @Column(name = "revoked_on")
    private @Nullable LocalDate revokedOn;

    @Column(nullable = false, length = NOTE_MAX_LENGTH)
    private String note;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private UUID updatedBy;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** A wrapper, null until stored: Spring Data then inserts a new entry without selecting it first. */
    @Version
    private @Nullable Long version;

    protected RegisterEntry() {
        // for JPA
    }

    /** @throws GovernanceRuleException when the declaration breaks a rule (see {@link #validated}) */
    public RegisterEntry(UUID contractId, NewRegisterEntry declared, UUID by, Instant at) {
        this.id = UUID.randomUUID();
        this.contractId = Objects.requireNonNull(contractId);
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(at);
        apply(validated(declared), by, at);
    }

    /** Corrects the declaration (a typo, a forgotten data category, a revocation date). */
    public void correct(NewRegisterEntry declared, UUID by, Instant at) {
        apply(validated(declared), by, at);
    }

    /**
     * Ends the access on {@code on} (today, or a date announced ahead).
     *
     * @throws GovernanceRuleException {@code governance.register.error.revokedOn.required}, {@code .beforeGranted}
     *         or {@code .alreadyRevoked}
     */
    public void revoke(@Nullable LocalDate on, UUID by, Instant at) {
        if (revokedOn != null) {
            throw new GovernanceRuleException("governance.register.error.revokedOn.alreadyRevoked");
        }
        if (on == null) {
            throw new GovernanceRuleException("governance.register.error.revokedOn.required");
        }
        if (on.isBefore(grantedOn)) {
            throw new GovernanceRuleException("governance.register.error.revokedOn.beforeGranted");
        }
        this.revokedOn = on;
        touch(by, at);
    }

    /** Open on {@code today}: not revoked, or revoked from a later date. */
    public boolean activeOn(LocalDate today) {
        return revokedOn == null || revokedOn.isAfter(today);
    }

    /**
     * The declaration trimmed, or the first rule it breaks: {@code governance.register.error.system.required},
     * {@code .system.tooLong}, {@code .dataCategories.tooLong}, {@code .grantedOn.required},
     * {@code .revokedOn.beforeGranted}, {@code .note.tooLong}.
     */
    public static NewRegisterEntry validated(NewRegisterEntry declared) {
        String system = declared.system().strip();
        String categories = declared.dataCategories().strip();
        String note = declared.note().strip();
        LocalDate granted = declared.grantedOn();
        LocalDate revoked = declared.revokedOn();
        if (system.isEmpty()) {
            throw new GovernanceRuleException("governance.register.error.system.required");
        }
        if (system.length() > SYSTEM_MAX_LENGTH) {
            throw new GovernanceRuleException("governance.register.error.system.tooLong");
        }
        if (categories.length() > DATA_CATEGORIES_MAX_LENGTH) {
            throw new GovernanceRuleException("governance.register.error.dataCategories.tooLong");
        }
        if (granted == null) {
            throw new GovernanceRuleException("governance.register.error.grantedOn.required");
        }
        if (revoked != null && revoked.isBefore(granted)) {
            throw new GovernanceRuleException("governance.register.error.revokedOn.beforeGranted");
        }
        if (note.length() > NOTE_MAX_LENGTH) {
            throw new GovernanceRuleException("governance.register.error.note.tooLong");
        }
        return new NewRegisterEntry(system, categories, declared.personalData(), granted, revoked, note);
    }

    private void apply(NewRegisterEntry valid, UUID by, Instant at) {
        this.system = valid.system();
        this.dataCategories = valid.dataCategories();
        this.personalData = valid.personalData();
        this.grantedOn = Objects.requireNonNull(valid.grantedOn());
        this.revokedOn = valid.revokedOn();
        this.note = valid.note();
        touch(by, at);
    }

    private void touch(UUID by, Instant at) {
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String system() {
        return system;
    }

    public String dataCategories() {
        return dataCategories;
    }

    public boolean personalData() {
        return personalData;
    }

    public LocalDate grantedOn() {
        return grantedOn;
    }

    public @Nullable LocalDate revokedOn() {
        return revokedOn;
    }

    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof RegisterEntry other && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
