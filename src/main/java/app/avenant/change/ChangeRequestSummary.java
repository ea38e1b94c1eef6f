package app.avenant.change;

import app.avenant.contract.Side;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of a contract's change requests list.
 *
 * @param next whose turn it is; in a list, conflicts and requests that change nothing are not detected (that
 *             needs each request's terms): the request's own screen says so
 */
public record ChangeRequestSummary(
        UUID id,
        int number,
        String title,
        ChangeRequestStatus status,
        Side authorSide,
        String authorName,
        int baseVersion,
        int latestRevision,
        Instant updatedAt,
        Instant createdAt,
        boolean awaitingMyApproval,
        NextStep next) {}
