package app.avenant.contract;

/** Where a member's access stands, as the access review shows it. */
public enum AccessState {
    /** Has access. */
    ACTIVE,
    /** Their access end date has come: no longer has access. */
    EXPIRED,
    /** Not re-certified by their side's owner before the round's due date: no longer has access. */
    LAPSED,
    /** A re-certification round is open and their side's owner has not confirmed them yet: still has access. */
    TO_RECERTIFY;

    /** Whether a member in this state still gets in. */
    public boolean hasAccess() {
        return this == ACTIVE || this == TO_RECERTIFY;
    }
}
