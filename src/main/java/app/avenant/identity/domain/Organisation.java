package app.avenant.identity.domain;

import app.avenant.identity.LegalIdentity;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.PeopleRowsWritten;
import app.avenant.identity.VatRegime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A PME (client) or a provider. Users belong to exactly one. */
@Entity
@EntityListeners(PeopleRowsWritten.class)
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_MAX_LENGTH = 200;

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Version
    private long version;

    // the legal identity (issue 16): null until an admin gives it
    private @Nullable String siren;
    private @Nullable String siret;

    @Column(name = "vat_number")
    private @Nullable String vatNumber;

    @Column(name = "legal_form")
    private @Nullable String legalForm;

    @Column(name = "share_capital")
    private @Nullable BigDecimal shareCapital;

    @Column(name = "rcs_city")
    private @Nullable String rcsCity;

    @Column(name = "address_line1")
    private @Nullable String addressLine1;

    @Column(name = "address_line2")
    private @Nullable String addressLine2;

    private @Nullable String postcode;
    private @Nullable String city;

    @Column(name = "country_code", nullable = false)
    private String countryCode = "FR";

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_regime", nullable = false)
    private VatRegime vatRegime = VatRegime.RECEIPTS;

    @Column(name = "legal_identity_changed_at")
    private @Nullable Instant legalIdentityChangedAt;

    @Column(name = "legal_identity_changed_by")
    private @Nullable UUID legalIdentityChangedBy;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, OrganisationKind kind) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("Organisation name must have 1 to " + NAME_MAX_LENGTH + " characters");
        }
        this.id = UUID.randomUUID();
        this.name = trimmed;
        this.kind = Objects.requireNonNull(kind);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public LegalIdentity legalIdentity() {
        return new LegalIdentity(
                siren,
                siret,
                vatNumber,
                legalForm,
                shareCapital,
                rcsCity,
                addressLine1,
                addressLine2,
                postcode,
                city,
                countryCode,
                vatRegime);
    }

    /**
     * @param identity already checked and normalised by {@link app.avenant.identity.LegalIdentityRules}
     * @param by       who changed it; null for the demo data
     */
    public void changeLegalIdentity(LegalIdentity identity, @Nullable UUID by, Instant at) {
        this.siren = identity.siren();
        this.siret = identity.siret();
        this.vatNumber = identity.vatNumber();
        this.legalForm = identity.legalForm();
        this.shareCapital = identity.shareCapital();
        this.rcsCity = identity.rcsCity();
        this.addressLine1 = identity.addressLine1();
        this.addressLine2 = identity.addressLine2();
        this.postcode = identity.postcode();
        this.city = identity.city();
        this.countryCode = identity.countryCode();
        this.vatRegime = identity.vatRegime();
        this.legalIdentityChangedAt = at;
        this.legalIdentityChangedBy = by;
    }

    public @Nullable Instant legalIdentityChangedAt() {
        return legalIdentityChangedAt;
    }

    public @Nullable UUID legalIdentityChangedBy() {
        return legalIdentityChangedBy;
    }

    public long version() {
        return version;
    }

    public OrganisationRef toRef() {
        return new OrganisationRef(id, name, kind);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Organisation that && id.equals(that.id());
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Organisation[" + id + ", " + name + "]";
    }
}
