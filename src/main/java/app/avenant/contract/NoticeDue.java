package app.avenant.contract;

import app.avenant.contract.terms.Renewal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A running contract whose notice deadline is near: after it, a tacit renewal runs one more term (or, with express
 * renewal, the contract ends at its term unless renewed).
 *
 * @param deadline the last day to give notice for the current term
 */
public record NoticeDue(UUID contractId, String reference, String title, LocalDate deadline, Renewal renewal) {}
