package app.avenant.change;

import app.avenant.contract.terms.ObjectiveKind;

/**
 * What a proposer gives to open a change request; the proposal starts as a copy of the current terms.
 *
 * @param serves the objective the change serves (time, reliability, continuity, cost: mistake n°1)
 */
public record NewChangeRequest(String title, String reason, ObjectiveKind serves) {}
