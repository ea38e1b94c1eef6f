package app.avenant.change;

import app.avenant.contract.Side;
import java.time.Instant;

/**
 * An approval a later revision withdrew: who had approved which revision, and whose revision withdrew it.
 *
 * @param byRevision the revision that withdrew it (the next one)
 * @param byName     that revision's author
 */
public record WithdrawnApprovalView(
        Side side,
        String approverName,
        int revision,
        Instant approvedAt,
        int byRevision,
        String byName,
        Instant withdrawnAt) {}
