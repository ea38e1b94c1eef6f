package app.avenant.change;

import app.avenant.contract.Side;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a change request, published in the transaction that did it. Listeners (notifications,
 * audit) get the contract so they reach members of that contract only.
 */
public sealed interface ChangeRequestEvent {

    UUID contractId();

    UUID changeRequestId();

    int number();

    /** The user who acted. */
    UUID actorId();

    record Submitted(UUID contractId, UUID changeRequestId, int number, UUID actorId) implements ChangeRequestEvent {}

    /**
     * A new revision.
     *
     * @param draft              true while the author's side is still drafting: nobody is told yet (submission is news)
     * @param withdrawnApprovers those whose approval of the previous revision this revision withdrew
     * @param authorSide         the side that wrote the request: its own revision is a revision, the other side's a
     *                           counter-proposal (the bell says which); null in events built by tests of other modules
     */
    record Revised(
            UUID contractId,
            UUID changeRequestId,
            int number,
            UUID actorId,
            int revision,
            boolean draft,
            Set<UUID> withdrawnApprovers,
            @Nullable Side authorSide)
            implements ChangeRequestEvent {

        public Revised {
            withdrawnApprovers = Set.copyOf(withdrawnApprovers);
        }

        public Revised(
                UUID contractId,
                UUID changeRequestId,
                int number,
                UUID actorId,
                int revision,
                boolean draft,
                Set<UUID> withdrawnApprovers) {
            this(contractId, changeRequestId, number, actorId, revision, draft, withdrawnApprovers, null);
        }

        public Revised(UUID contractId, UUID changeRequestId, int number, UUID actorId, int revision, boolean draft) {
            this(contractId, changeRequestId, number, actorId, revision, draft, Set.of());
        }

        public Revised(
                UUID contractId,
                UUID changeRequestId,
                int number,
                UUID actorId,
                int revision,
                Set<UUID> withdrawnApprovers) {
            this(contractId, changeRequestId, number, actorId, revision, false, withdrawnApprovers);
        }

        public Revised(UUID contractId, UUID changeRequestId, int number, UUID actorId, int revision) {
            this(contractId, changeRequestId, number, actorId, revision, false, Set.of());
        }
    }

    /** The title or reason was edited (the terms are unchanged: approvals stay). */
    record Reworded(UUID contractId, UUID changeRequestId, int number, UUID actorId) implements ChangeRequestEvent {}

    /**
     * A comment in the shared discussion.
     *
     * @param draft   true while the author's side is still drafting: nobody is told yet (submission is news)
     * @param comment the comment as every open screen shows it (author, side, time, text), built once by the
     *                service from what it already had: open screens append it without reading anything
     *                (docs/decisions/0029); null only in events built by tests of other modules
     */
    record Commented(
            UUID contractId,
            UUID changeRequestId,
            int number,
            UUID actorId,
            boolean draft,
            @org.jspecify.annotations.Nullable CommentView comment)
            implements ChangeRequestEvent {

        public Commented(UUID contractId, UUID changeRequestId, int number, UUID actorId, boolean draft) {
            this(contractId, changeRequestId, number, actorId, draft, null);
        }
    }

    /**
     * @param completesTheRequest this approval is the second side's, so {@link Accepted} follows in the same
     *                            transaction and settles everything (listeners may leave the approval to it)
     */
    record Approved(
            UUID contractId, UUID changeRequestId, int number, UUID actorId, int revision, boolean completesTheRequest)
            implements ChangeRequestEvent {

        public Approved(UUID contractId, UUID changeRequestId, int number, UUID actorId, int revision) {
            this(contractId, changeRequestId, number, actorId, revision, false);
        }
    }

    record Accepted(UUID contractId, UUID changeRequestId, int number, UUID actorId, int producedVersion)
            implements ChangeRequestEvent {}

    /** @param reason why, as the rejecting side wrote it (the bell tells it, shortened) */
    record Rejected(UUID contractId, UUID changeRequestId, int number, UUID actorId, String reason)
            implements ChangeRequestEvent {

        public Rejected(UUID contractId, UUID changeRequestId, int number, UUID actorId) {
            this(contractId, changeRequestId, number, actorId, "");
        }
    }

    record Withdrawn(UUID contractId, UUID changeRequestId, int number, UUID actorId) implements ChangeRequestEvent {}
}
