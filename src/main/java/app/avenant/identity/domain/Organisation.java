package app.avenant.identity.domain;

import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.PeopleRowsWritten;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;

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
