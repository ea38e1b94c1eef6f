package app.avenant.contract;

import java.time.Instant;
import java.util.UUID;

/** One side's approval of the terms that become a new version. */
public record Approval(UUID userId, Instant approvedAt) {}
