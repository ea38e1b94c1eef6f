package app.avenant.change.live;

import app.avenant.change.CommentView;
import app.avenant.contract.Side;
import java.util.UUID;

/**
 * An internal note was written (docs/decisions/0024): news for the open screens of the author's own side only.
 * Deliberately not a {@link app.avenant.change.ChangeRequestEvent} and kept inside the module: notifications,
 * the audit trail and the other side's screens never receive it; {@link ChangeFeed} hands it only to screens
 * of {@link #side()} (docs/decisions/0029).
 */
public record InternalNotePosted(UUID contractId, UUID changeRequestId, Side side, CommentView note) {}
