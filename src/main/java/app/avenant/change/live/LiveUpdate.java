package app.avenant.change.live;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.change.CommentView;
import java.util.UUID;

/**
 * What an open change request screen receives (docs/decisions/0029): everything it needs to update the parts that
 * changed, so it reads nothing itself.
 */
public sealed interface LiveUpdate {

    /** A comment in the shared discussion of the watched request: append it. */
    record CommentAdded(ChangeRequestEvent.Commented event, CommentView comment) implements LiveUpdate {}

    /** An internal note of the screen's own side on the watched request: append it to the notes. */
    record NoteAdded(InternalNotePosted note) implements LiveUpdate {}

    /**
     * The watched request changed (revised, submitted, approved, reworded, closed), or another request of the
     * contract was accepted, which may outdate it: the request as it is now, read once for all its screens.
     */
    record Changed(ChangeRequestEvent event, LiveSnapshot snapshot) implements LiveUpdate {}

    /** Nothing happened to the request, but the screen's person's role changed: the request as they read it now. */
    record Reread(LiveSnapshot snapshot) implements LiveUpdate {}

    /**
     * The screen's person is no longer a member of the contract (their access ended or changed side): the screen
     * must show nothing more of the request, as if it did not exist.
     */
    record AccessEnded(UUID changeRequestId) implements LiveUpdate {}
}
