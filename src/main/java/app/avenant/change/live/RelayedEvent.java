package app.avenant.change.live;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.change.CommentView;
import app.avenant.contract.Side;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A change-feed event as it travels to the other nodes (docs/decisions/0054): one flat record of plain values for
 * every kind, so that the bus's JSON needs no type information and an unknown kind is refused by name. The other
 * node delivers it to its own open screens exactly as if it had been committed there.
 */
record RelayedEvent(
        String kind,
        UUID contractId,
        UUID changeRequestId,
        int number,
        @Nullable UUID actorId,
        int revision,
        boolean draft,
        @Nullable Set<UUID> withdrawnApprovers,
        @Nullable Side side,
        @Nullable CommentView comment,
        boolean completesTheRequest,
        int producedVersion,
        @Nullable String reason) {

    /** One transaction's events, as a node committed them. */
    record Batch(List<RelayedEvent> events) {}

    /** A person's open request screens on a contract: closed ({@code accessEnded}) or read again. */
    record ScreensOf(UUID contractId, UUID userId, boolean accessEnded) {}

    static RelayedEvent of(Object event) {
        return switch (event) {
            case InternalNotePosted n ->
                new RelayedEvent(
                        "note",
                        n.contractId(),
                        n.changeRequestId(),
                        0,
                        null,
                        0,
                        false,
                        null,
                        n.side(),
                        n.note(),
                        false,
                        0,
                        null);
            case ChangeRequestEvent.Submitted e -> plain("submitted", e);
            case ChangeRequestEvent.Revised e ->
                new RelayedEvent(
                        "revised",
                        e.contractId(),
                        e.changeRequestId(),
                        e.number(),
                        e.actorId(),
                        e.revision(),
                        e.draft(),
                        e.withdrawnApprovers(),
                        e.authorSide(),
                        null,
                        false,
                        0,
                        null);
            case ChangeRequestEvent.Reworded e -> plain("reworded", e);
            case ChangeRequestEvent.Commented e ->
                new RelayedEvent(
                        "commented",
                        e.contractId(),
                        e.changeRequestId(),
                        e.number(),
                        e.actorId(),
                        0,
                        e.draft(),
                        null,
                        null,
                        e.comment(),
                        false,
                        0,
                        null);
            case ChangeRequestEvent.Approved e ->
                new RelayedEvent(
                        "approved",
                        e.contractId(),
                        e.changeRequestId(),
                        e.number(),
                        e.actorId(),
                        e.revision(),
                        false,
                        null,
                        null,
                        null,
                        e.completesTheRequest(),
                        0,
                        null);
            case ChangeRequestEvent.Accepted e ->
                new RelayedEvent(
                        "accepted",
                        e.contractId(),
                        e.changeRequestId(),
                        e.number(),
                        e.actorId(),
                        0,
                        false,
                        null,
                        null,
                        null,
                        false,
                        e.producedVersion(),
                        null);
            case ChangeRequestEvent.Rejected e ->
                new RelayedEvent(
                        "rejected",
                        e.contractId(),
                        e.changeRequestId(),
                        e.number(),
                        e.actorId(),
                        0,
                        false,
                        null,
                        null,
                        null,
                        false,
                        0,
                        e.reason());
            case ChangeRequestEvent.Withdrawn e -> plain("withdrawn", e);
            default -> throw new IllegalArgumentException("Not a change feed event: " + event);
        };
    }

    private static RelayedEvent plain(String kind, ChangeRequestEvent e) {
        return new RelayedEvent(
                kind,
                e.contractId(),
                e.changeRequestId(),
                e.number(),
                e.actorId(),
                0,
                false,
                null,
                null,
                null,
                false,
                0,
                null);
    }

    /** The event again, as the committing node published it. */
    Object toEvent() {
        UUID actor = actorId == null ? new UUID(0, 0) : actorId;
        return switch (kind) {
            case "note" -> new InternalNotePosted(contractId, changeRequestId, required(side), required(comment));
            case "submitted" -> new ChangeRequestEvent.Submitted(contractId, changeRequestId, number, actor);
            case "revised" ->
                new ChangeRequestEvent.Revised(
                        contractId,
                        changeRequestId,
                        number,
                        actor,
                        revision,
                        draft,
                        withdrawnApprovers == null ? Set.of() : withdrawnApprovers,
                        side);
            case "reworded" -> new ChangeRequestEvent.Reworded(contractId, changeRequestId, number, actor);
            case "commented" ->
                new ChangeRequestEvent.Commented(contractId, changeRequestId, number, actor, draft, comment);
            case "approved" ->
                new ChangeRequestEvent.Approved(
                        contractId, changeRequestId, number, actor, revision, completesTheRequest);
            case "accepted" ->
                new ChangeRequestEvent.Accepted(contractId, changeRequestId, number, actor, producedVersion);
            case "rejected" ->
                new ChangeRequestEvent.Rejected(
                        contractId, changeRequestId, number, actor, reason == null ? "" : reason);
            case "withdrawn" -> new ChangeRequestEvent.Withdrawn(contractId, changeRequestId, number, actor);
            default -> throw new IllegalArgumentException("Unknown change feed event from another node: " + kind);
        };
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException("An internal note from another node without its side or text");
        }
        return value;
    }
}
