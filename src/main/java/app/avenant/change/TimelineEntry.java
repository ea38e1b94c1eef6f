package app.avenant.change;

import app.avenant.contract.Side;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of a request's timeline ({@link ChangeRequests#timeline}).
 *
 * @param side     the side of who acted; null for acceptance (both sides approved)
 * @param who      who acted (for a withdrawn approval: whose approval it was)
 * @param revision the revision concerned (proposed, approved, withdrawn by); 0 when none
 * @param text     a comment's text, the note of a revision, a rejection's reason, or the author of the
 *                 revision that withdrew an approval; null otherwise
 * @param version  the version an acceptance produced
 */
public record TimelineEntry(
        Kind kind,
        Instant at,
        @Nullable Side side,
        String who,
        int revision,
        @Nullable String text,
        @Nullable Integer version) {

    public enum Kind {
        CREATED,
        REVISED,
        COUNTER_PROPOSAL,
        SUBMITTED,
        APPROVED,
        APPROVAL_WITHDRAWN,
        COMMENT,
        REWORDED,
        ACCEPTED,
        REJECTED,
        WITHDRAWN
    }
}
