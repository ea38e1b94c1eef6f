package app.avenant.change;

import org.jspecify.annotations.Nullable;

/**
 * What a change request's page opens with, read in one transaction: the request as the caller sees it and the
 * comparison of its two latest revisions (null with one revision). Each used to be its own service call, each
 * reading the request, its revisions and the caller's right again (issue 13). Its history is read when the person
 * opens it.
 */
public record RequestPage(
        ChangeRequestDetail detail, @Nullable RevisionComparison latestComparison) {}
