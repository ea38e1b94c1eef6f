package app.avenant.performance;

import java.util.UUID;

/**
 * A performance file of a contract (indicators, billing preview) was downloaded by the signed-in user.
 * Published by the screens when the file is written; the audit trail records it.
 */
public record PerformanceExported(UUID contractId, String fileName) {}
