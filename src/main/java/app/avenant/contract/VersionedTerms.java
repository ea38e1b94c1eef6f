package app.avenant.contract;

import app.avenant.contract.terms.Terms;

/** The terms of one version of a contract, with that version's number. */
public record VersionedTerms(int versionNumber, Terms terms) {}
