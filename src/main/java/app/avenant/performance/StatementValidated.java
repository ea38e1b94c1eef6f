package app.avenant.performance;

import app.avenant.contract.Side;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One side validated a month's statement, in the validation's transaction. Until both sides have, the other side
 * has a statement to validate; once {@code locked}, nobody has.
 *
 * @param side    the side that validated
 * @param actorId who validated for it
 * @param locked  true when this validation was the second one and locked the month
 */
public record StatementValidated(UUID contractId, YearMonth month, Side side, UUID actorId, boolean locked) {}
