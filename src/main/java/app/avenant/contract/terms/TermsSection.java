package app.avenant.contract.terms;

/** The parts of the terms, in the order the workspace tabs show them. */
public enum TermsSection {
    HEADER,
    OBJECTIVES,
    SCOPE,
    VOLUMES,
    SERVICE_LEVELS
}
