package app.avenant.contract;

import app.avenant.contract.terms.TermsDiff;

/** The differences between two versions of one contract, from the older to the newer. */
public record VersionComparison(VersionSummary from, VersionSummary to, TermsDiff diff) {}
