package app.avenant.security;

/** What a caller gets from a service method: the matrix's cell values. */
enum Outcome {
    /** No exception, or a business rule checked after the caller's right. */
    ALLOW,
    /** {@code AccessDeniedException}, or a rule refusing the caller's role or side. */
    DENY,
    /** The module's not-found exception: exactly what a missing contract (or object) gives. */
    NOT_FOUND
}
