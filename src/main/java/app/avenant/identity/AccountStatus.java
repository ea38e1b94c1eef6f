package app.avenant.identity;

/** Where an account stands; only an active account signs in. */
public enum AccountStatus {
    /** Signs in and works. */
    ACTIVE,
    /** Stopped by an organisation admin for now: cannot sign in; the admin may reactivate it. */
    SUSPENDED,
    /** Removed by an organisation admin for good: cannot sign in; kept because history names it. */
    REMOVED
}
