package app.avenant.performance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The monthly statement: units priced by the version in force, service credits, total; validated by both
 * sides in either order, then locked. Reading: any member. Recording measurements: editors, owners and
 * managers of either side. Validating and reopening: the side's approvers (owner, manager). Non-members get
 * {@link app.avenant.contract.ContractNotFoundException}; a refused action {@link StatementRuleException}.
 */
public interface Statements {

    MonthlyStatement statement(UUID contractId, YearMonth month);

    /**
     * The measured percentage (0–100) of one service level for the month, replacing an earlier one; refused
     * when the month is locked ({@code performance.error.month.locked}) or the key is unknown in the version
     * pricing the month.
     */
    void recordMeasurement(UUID contractId, YearMonth month, String serviceLevelKey, BigDecimal measuredPercent);

    /**
     * The caller's side validates the current revision ({@code revision} guards against validating figures
     * that changed meanwhile). The second side's validation locks the month.
     */
    void validate(UUID contractId, YearMonth month, int revision);

    /** Opens a new revision of a locked month to correct it; a reason is required. Both sides validate again. */
    void reopen(UUID contractId, YearMonth month, String reason);
}
