package app.avenant.change;

import java.util.List;

/** The differences between two revisions of one change request, each marked with the side that made it. */
public record RevisionComparison(RevisionView from, RevisionView to, List<AttributedChange> changes) {}
