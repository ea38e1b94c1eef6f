package app.avenant.performance;

/** A month's statement: open to corrections until both sides have validated it, then locked. */
public enum StatementStatus {
    OPEN,
    VALIDATED_BY_CLIENT,
    VALIDATED_BY_PROVIDER,
    LOCKED
}
