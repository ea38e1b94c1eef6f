package app.avenant.invoicing;

/** What the check of a received invoice concludes. */
public enum CheckVerdict {
    /** « Conforme au relevé validé »: every line, credit, rate and total agrees with the validated statement. */
    CONFORMING,
    /** At least one line or total differs. */
    DISCREPANCIES,
    /** The month's statement is not validated yet: compared with its draft, not declared in line. */
    AWAITING_VALIDATION,
    /** Cancelled by a credit note (the PME said so): kept for the record, no longer the month's invoice to pay. */
    CANCELLED
}
