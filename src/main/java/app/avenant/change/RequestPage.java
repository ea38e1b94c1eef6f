package app.avenant.change;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a change request's page opens with, read in one transaction: the request as the caller sees it, the start
 * of its story, and the comparison of its two latest revisions (null with one revision). Each used to be its own
 * service call, each reading the request, its revisions and the caller's right again (issue 13).
 */
public record RequestPage(
        ChangeRequestDetail detail,
        List<TimelineEntry> timeline,
        @Nullable RevisionComparison latestComparison) {}
