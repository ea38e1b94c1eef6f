package app.avenant.change;

/** brouillon, soumise, acceptée, rejetée, retirée. */
public enum ChangeRequestStatus {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    WITHDRAWN;

    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED;
    }
}
