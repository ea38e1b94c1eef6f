package app.avenant.change;

import app.avenant.contract.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What happens next on a change request and who must act, as the caller reads it: the one sentence at the top
 * of the request and in the lists ("En attente de l'approbation de Julien Moreau (Compta Services Lyon)",
 * "À vous : répondre à la contre-proposition de Léa Bernard"). Plain rules over {@link Facts}, so every state
 * is tested without a database (docs/decisions/0025).
 *
 * @param kind     the state
 * @param person   who the sentence names: the draft's author, the latest revision's author, who closed it
 * @param side     the side of {@code person}
 * @param awaited  the approvers still awaited, one entry per side that has not approved (AWAITING_APPROVAL);
 *                 for CONFLICTS, each side's approvers, who may make the revision that settles them
 * @param revision the latest revision
 * @param version  the version an accepted request produced
 */
public record NextStep(
        Kind kind,
        @Nullable String person,
        @Nullable Side side,
        List<SideApprovers> awaited,
        int revision,
        @Nullable Integer version) {

    public enum Kind {
        /** The caller opened this draft and may edit it: complete then submit. */
        DRAFT_MINE,
        /**
         * Someone else of the caller's side opened this draft ({@link #person}); the caller, an editor of that
         * side, may complete and submit it too (the rules let any editor of the author's side do so).
         */
        DRAFT_MY_SIDE,
        /** The other side (or an editor of the caller's side, for a viewer) drafts it: not submitted yet. */
        DRAFT_OTHER_SIDE,
        /** Approvers (named in {@link #awaited}) must approve; the caller cannot act on it alone. */
        AWAITING_APPROVAL,
        /** The caller approves for a side that has not approved: approve or counter-propose. */
        YOUR_TURN_TO_APPROVE,
        /** The other side counter-proposed on the caller's side's request; the caller may edit: answer. */
        ANSWER_COUNTER,
        /** Both sides approved the latest revision. */
        READY,
        /**
         * Another request changed the same fields since: a new revision must resolve the conflicts, which any
         * editor of either side may make; the caller cannot ({@link #awaited} names each side's approvers, who
         * can).
         */
        CONFLICTS,
        /** The same, and the caller, an editor, may make that revision. */
        RESOLVE_CONFLICTS,
        /** It changes nothing in the terms in force: it cannot be approved until a revision changes something. */
        EMPTY,
        ACCEPTED,
        REJECTED,
        WITHDRAWN;

        /** True when the caller is the one to act. */
        public boolean isMine() {
            return this == DRAFT_MINE
                    || this == YOUR_TURN_TO_APPROVE
                    || this == ANSWER_COUNTER
                    || this == RESOLVE_CONFLICTS;
        }
    }

    public NextStep {
        awaited = List.copyOf(awaited);
    }

    /**
     * What the rule reads.
     *
     * @param lastActorName  who acted last (who rejected or withdrew a closed request)
     * @param latestSide     the side of the latest revision's author
     * @param latestAuthor   the latest revision's author
     * @param approvedSides  the sides that approved the latest revision
     * @param approvers      each side's approvers
     * @param iOpenedIt      the caller is the request's author (whose draft it is)
     */
    public record Facts(
            ChangeRequestStatus status,
            boolean changesNothing,
            boolean conflicts,
            Side authorSide,
            String authorName,
            String lastActorName,
            int latestRevision,
            Side latestSide,
            String latestAuthor,
            Set<Side> approvedSides,
            Map<Side, SideApprovers> approvers,
            @Nullable Integer producedVersion,
            Side mySide,
            boolean iCanEdit,
            boolean iCanApprove,
            boolean iOpenedIt) {}

    public static NextStep of(Facts f) {
        int rev = f.latestRevision();
        return switch (f.status()) {
            case ACCEPTED -> new NextStep(Kind.ACCEPTED, null, null, List.of(), rev, f.producedVersion());
            case REJECTED -> new NextStep(Kind.REJECTED, f.lastActorName(), null, List.of(), rev, null);
            case WITHDRAWN -> new NextStep(Kind.WITHDRAWN, f.lastActorName(), null, List.of(), rev, null);
            case DRAFT -> draft(f);
            case SUBMITTED -> submitted(f);
        };
    }

    private static NextStep draft(Facts f) {
        int rev = f.latestRevision();
        if (f.mySide() != f.authorSide() || !f.iCanEdit()) {
            return new NextStep(Kind.DRAFT_OTHER_SIDE, f.authorName(), f.authorSide(), List.of(), rev, null);
        }
        // "votre brouillon" only for its author: a colleague's draft is theirs, though the rules let me finish it
        return f.iOpenedIt()
                ? new NextStep(Kind.DRAFT_MINE, null, null, List.of(), rev, null)
                : new NextStep(Kind.DRAFT_MY_SIDE, f.authorName(), f.authorSide(), List.of(), rev, null);
    }

    private static NextStep submitted(Facts f) {
        int rev = f.latestRevision();
        if (f.conflicts()) {
            // a revision of any editor of either side settles them: the caller, or those named
            if (f.iCanEdit()) {
                return new NextStep(Kind.RESOLVE_CONFLICTS, null, null, List.of(), rev, null);
            }
            List<SideApprovers> able = new ArrayList<>();
            for (Side side : List.of(f.mySide(), f.mySide() == Side.CLIENT ? Side.PROVIDER : Side.CLIENT)) {
                SideApprovers approvers = f.approvers().get(side);
                if (approvers != null && !approvers.names().isEmpty()) {
                    able.add(approvers);
                }
            }
            return new NextStep(Kind.CONFLICTS, null, null, able, rev, null);
        }
        if (f.changesNothing()) {
            return new NextStep(Kind.EMPTY, null, null, List.of(), rev, null);
        }
        Set<Side> approved = f.approvedSides();
        if (approved.containsAll(Set.of(Side.CLIENT, Side.PROVIDER))) {
            return new NextStep(Kind.READY, null, null, List.of(), rev, null);
        }
        boolean mineAwaited = !approved.contains(f.mySide());
        if (mineAwaited && f.iCanApprove()) {
            return new NextStep(Kind.YOUR_TURN_TO_APPROVE, f.latestAuthor(), f.latestSide(), List.of(), rev, null);
        }
        boolean counterToMySide = f.latestSide() != f.mySide() && f.authorSide() == f.mySide();
        if (mineAwaited && f.iCanEdit() && counterToMySide) {
            return new NextStep(Kind.ANSWER_COUNTER, f.latestAuthor(), f.latestSide(), List.of(), rev, null);
        }
        // the side that did not write the latest revision is the one the ball is with: named first
        List<SideApprovers> awaited = new ArrayList<>();
        Side other = f.latestSide() == Side.CLIENT ? Side.PROVIDER : Side.CLIENT;
        for (Side side : List.of(other, f.latestSide())) {
            if (!approved.contains(side)) {
                awaited.add(f.approvers().getOrDefault(side, new SideApprovers(side, "", List.of())));
            }
        }
        return new NextStep(Kind.AWAITING_APPROVAL, null, null, awaited, rev, null);
    }
}
