package app.avenant.identity;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * JPA callbacks on accounts and organisations: whatever writes one of them (the admin screens, an invitation
 * accepted, a password or a language changed, demo data), what {@link KnownPeople} remembers is read again.
 * Hibernate creates it through Spring, which gives it the server's {@link KnownPeople}.
 */
public class PeopleRowsWritten {

    private final KnownPeople known;

    public PeopleRowsWritten(KnownPeople known) {
        this.known = known;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object row) {
        known.forgetAll();
    }
}
