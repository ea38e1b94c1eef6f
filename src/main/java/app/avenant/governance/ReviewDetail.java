package app.avenant.governance;

import app.avenant.contract.Member;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One review with everything its screen shows.
 *
 * @param members      the contract's members of both sides: who may attend or own an action
 * @param canEdit      the caller may add action items and tick them (an editor, owner or manager)
 * @param canRecord    the caller may still change attendees, minutes and decisions and mark it held
 * @param heldAt       when it was marked held; null while it is planned
 */
public record ReviewDetail(
        UUID id,
        UUID contractId,
        Instant startsAt,
        int durationMinutes,
        String agenda,
        ReviewStatus status,
        String minutes,
        String decisions,
        Set<UUID> attendeeIds,
        List<Member> members,
        List<ActionItemView> actions,
        boolean canEdit,
        boolean canRecord,
        @Nullable Instant heldAt) {

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }
}
