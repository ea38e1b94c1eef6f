package app.avenant.change;

import app.avenant.contract.Side;
import java.time.Instant;
import java.util.UUID;

/** One row of a contract's change requests list. */
public record ChangeRequestSummary(UUID id, int number, String title, ChangeRequestStatus status, Side authorSide,
                                   String authorName, int baseVersion, int latestRevision, Instant updatedAt,
                                   boolean awaitingMyApproval) {
}
