package app.avenant.performance;

/** How a delivered deliverable was received. */
public enum QualityOutcome {
    /** accepted the first time */
    FIRST_PASS,
    /** accepted after rework */
    AFTER_REWORK,
    /** rejected: not billed */
    REJECTED
}
