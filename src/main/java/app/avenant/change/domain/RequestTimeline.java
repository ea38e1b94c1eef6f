package app.avenant.change.domain;

import app.avenant.change.TimelineEntry;
import app.avenant.change.TimelineEntry.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A request's one timeline, built from the rows it already has: its revisions (the first one is the proposal,
 * those of the other side counter-proposals), its submission, every approval (those a newer revision withdrew
 * too: the approval of revision n was withdrawn by revision n + 1, see docs/decisions/0025), the comments, the
 * wording edits, and how it closed (its last update, by who acted last).
 */
public final class RequestTimeline {

    private RequestTimeline() {}

    /**
     * @param approvals every approval the request has, in force and withdrawn
     * @param names     a user's display name
     * @param limit     how many of the latest steps to keep
     */
    public static List<TimelineEntry> of(
            ChangeRequest cr,
            List<Approval> approvals,
            List<Comment> comments,
            List<WordingEdit> edits,
            Function<UUID, String> names,
            int limit) {
        List<TimelineEntry> steps = new ArrayList<>();
        for (Revision r : cr.revisions()) {
            Kind kind =
                    r.number() == 1 ? Kind.CREATED : r.side() != cr.authorSide() ? Kind.COUNTER_PROPOSAL : Kind.REVISED;
            steps.add(new TimelineEntry(
                    kind,
                    r.createdAt(),
                    r.side(),
                    names.apply(r.authorUserId()),
                    r.number(),
                    r.note().isEmpty() ? null : r.note(),
                    null));
        }
        if (cr.submittedAt() != null && cr.submittedBy() != null) {
            steps.add(new TimelineEntry(
                    Kind.SUBMITTED, cr.submittedAt(), cr.authorSide(), names.apply(cr.submittedBy()), 0, null, null));
        }
        for (Approval a : approvals) {
            steps.add(new TimelineEntry(
                    Kind.APPROVED, a.at(), a.side(), names.apply(a.userId()), a.revision(), null, null));
            if (a.revision() < cr.latestRevision()) {
                Revision by = cr.revision(a.revision() + 1);
                steps.add(new TimelineEntry(
                        Kind.APPROVAL_WITHDRAWN,
                        by.createdAt(),
                        a.side(),
                        names.apply(a.userId()),
                        by.number(),
                        names.apply(by.authorUserId()),
                        null));
            }
        }
        comments.forEach(c -> steps.add(
                new TimelineEntry(Kind.COMMENT, c.at(), c.side(), names.apply(c.userId()), 0, c.text(), null)));
        edits.forEach(e -> steps.add(
                new TimelineEntry(Kind.REWORDED, e.at(), e.side(), names.apply(e.userId()), 0, e.titleAfter(), null)));
        switch (cr.status()) {
            case ACCEPTED ->
                steps.add(new TimelineEntry(
                        Kind.ACCEPTED,
                        cr.updatedAt(),
                        null,
                        cr.lastRevisedBy(),
                        cr.latestRevision(),
                        null,
                        cr.producedVersion()));
            case REJECTED ->
                steps.add(new TimelineEntry(
                        Kind.REJECTED, cr.updatedAt(), null, cr.lastRevisedBy(), 0, cr.rejectionReason(), null));
            case WITHDRAWN ->
                steps.add(new TimelineEntry(Kind.WITHDRAWN, cr.updatedAt(), null, cr.lastRevisedBy(), 0, null, null));
            case DRAFT, SUBMITTED -> {
                // still open: nothing closed it
            }
        }
        // same instant: the order of the list above (a revision before the withdrawal it causes)
        List<TimelineEntry> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(TimelineEntry::at));
        return List.copyOf(sorted.subList(Math.max(0, sorted.size() - limit), sorted.size()));
    }
}
