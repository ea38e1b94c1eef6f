package app.avenant.notification;

/** What a notification tells its recipient. */
public enum NotificationKind {
    /** A change request was submitted or revised and the recipient's side has not approved it yet. */
    AWAITS_APPROVAL,
    /** The other side revised a change request: a counter-proposal. */
    COUNTER_PROPOSAL,
    /** The other side commented. */
    COMMENT,
    /** The change request was accepted and produced a new version. */
    ACCEPTED,
    /** The change request was rejected or withdrawn. */
    CLOSED
}
