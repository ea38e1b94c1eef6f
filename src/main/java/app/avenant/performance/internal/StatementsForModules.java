package app.avenant.performance.internal;

import app.avenant.performance.MonthlyStatement;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The monthly statement as another module's service reads it for an organisation (an API token) that it has itself
 * found to be a party to the contract: no member's right is checked here.
 */
public interface StatementsForModules {

    /** What {@link app.avenant.performance.Statements#statement} gives a member. */
    MonthlyStatement statementAsApplication(UUID contractId, YearMonth month);
}
