package app.avenant.notification.domain;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import app.avenant.notification.NotificationKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who hears of a change-request event, and how: a pure rule over the contract's members. The actor is
 * never notified of their own action; nobody outside the contract ever is; nobody hears of a draft.
 */
public final class Recipients {

    private Recipients() {}

    public static Map<UUID, NotificationKind> of(ChangeRequestEvent event, Map<UUID, ContractRole> members) {
        Map<UUID, NotificationKind> recipients = new LinkedHashMap<>();
        ContractRole actorRole = members.get(event.actorId());
        Side actorSide = actorRole != null ? actorRole.side() : null;
        members.forEach((userId, role) -> {
            if (userId.equals(event.actorId())) {
                return;
            }
            NotificationKind kind = event instanceof ChangeRequestEvent.Revised revised
                            && revised.withdrawnApprovers().contains(userId)
                    ? NotificationKind.APPROVAL_WITHDRAWN
                    : kindFor(
                            event, role, role.side() != actorSide, actorSide != null && actorSide == authorSide(event));
            if (kind != null) {
                recipients.put(userId, kind);
            }
        });
        return recipients;
    }

    private static Side authorSide(ChangeRequestEvent event) {
        return event instanceof ChangeRequestEvent.Revised revised ? revised.authorSide() : null;
    }

    /**
     * @param otherSide     the recipient is not on the actor's side
     * @param byAuthorsSide the actor's side wrote the request: revising it is not a counter-proposal
     */
    private static NotificationKind kindFor(
            ChangeRequestEvent event, ContractRole role, boolean otherSide, boolean byAuthorsSide) {
        return switch (event) {
            case ChangeRequestEvent.Submitted e -> role.canApprove() ? NotificationKind.AWAITS_APPROVAL : null;
            // A draft is the author's side's work in progress: its submission is the first news (0027).
            case ChangeRequestEvent.Revised e when e.draft() -> null;
            case ChangeRequestEvent.Commented e when e.draft() -> null;
            // A revision withdraws every approval: approvers must look again; the other side sees the author's side
            // revising its own proposal, or the answering side counter-proposing.
            case ChangeRequestEvent.Revised e
            when otherSide -> byAuthorsSide ? NotificationKind.REVISED : NotificationKind.COUNTER_PROPOSAL;
            case ChangeRequestEvent.Revised e -> role.canApprove() ? NotificationKind.AWAITS_APPROVAL : null;
            // the wording is in the request's history; the terms to approve did not change
            case ChangeRequestEvent.Reworded e -> null;
            case ChangeRequestEvent.Commented e -> NotificationKind.COMMENT;
            case ChangeRequestEvent.Approved e -> null;
            case ChangeRequestEvent.Accepted e -> NotificationKind.ACCEPTED;
            case ChangeRequestEvent.Rejected e -> NotificationKind.REJECTED;
            case ChangeRequestEvent.Withdrawn e -> NotificationKind.CLOSED;
        };
    }
}
