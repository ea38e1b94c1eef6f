package app.avenant.governance;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The access register and article 28 checklist of a contract at a glance, for its screen and the meeting
 * pack.
 *
 * @param entries          every entry, active or revoked
 * @param activeEntries    the accesses still open today
 * @param personalData     some entry (active or not) concerns personal data: the article 28 checklist is required
 * @param checklist        how many of the eight items are in each status (every status present)
 * @param reviewOutdated   never reviewed, or a comité has been held since the last review
 * @param canAddEntry      the caller's rights, so the screen only shows what the service allows
 */
public record RegisterSummary(
        long entries,
        long activeEntries,
        boolean personalData,
        Map<Art28Status, Long> checklist,
        @Nullable Instant lastReviewedAt,
        @Nullable String lastReviewedBy,
        @Nullable UUID lastReviewId,
        boolean reviewOutdated,
        boolean canAddEntry,
        boolean canEditEntries,
        boolean canSetChecklist,
        boolean canMarkReviewed) {

    public RegisterSummary {
        checklist = Map.copyOf(checklist);
    }

    public long checklistCount(Art28Status status) {
        return checklist.getOrDefault(status, 0L);
    }
}
