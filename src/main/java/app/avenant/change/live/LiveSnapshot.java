package app.avenant.change.live;

import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.RevisionComparison;
import app.avenant.change.TimelineEntry;
import app.avenant.contract.ContractRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A change request as it is right after an event, read once for every open screen of it (docs/decisions/0029):
 * the detail as each kind of member reads it (the personal parts, what one may do and whose turn it is, depend
 * only on the role and on being the request's author), the members of the contract now (so a screen whose user
 * lost access meanwhile shows "introuvable" instead of the update), the timeline, and who acted.
 *
 * @param members   the active members of the contract and their roles, as the service's check reads them
 * @param asAuthor  the detail per role, for the request's author
 * @param asOther   the detail per role, for any other member
 * @param timeline  the request's latest steps (shared discussion only, never internal notes)
 * @param actorName who acted, for "Mise à jour par …"
 * @param latestComparison the comparison the revisions panel opens with (the two latest revisions); null with one
 */
public record LiveSnapshot(
        UUID changeRequestId,
        UUID authorUserId,
        Map<UUID, ContractRole> members,
        Map<ContractRole, ChangeRequestDetail> asAuthor,
        Map<ContractRole, ChangeRequestDetail> asOther,
        List<TimelineEntry> timeline,
        String actorName,
        @Nullable RevisionComparison latestComparison) {

    public LiveSnapshot {
        members = Map.copyOf(members);
        asAuthor = Map.copyOf(asAuthor);
        asOther = Map.copyOf(asOther);
        timeline = List.copyOf(timeline);
    }

    /** The request as {@code userId} reads it now, in memory; empty when they are no longer a member. */
    public Optional<ChangeRequestDetail> as(UUID userId) {
        ContractRole role = members.get(userId);
        if (role == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((userId.equals(authorUserId) ? asAuthor : asOther).get(role));
    }

    /** The role of {@code userId} now, if still a member. */
    public Optional<ContractRole> roleOf(UUID userId) {
        return Optional.ofNullable(members.get(userId));
    }
}
