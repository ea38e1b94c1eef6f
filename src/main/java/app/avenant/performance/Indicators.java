package app.avenant.performance;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Read-only figures for any member of the contract (non-members: not found). Aggregates are computed by SQL
 * (grouped by month and scope item), never by loading deliverables.
 */
public interface Indicators {

    /** Longest range one report covers. */
    int MAX_MONTHS = 36;

    /** @throws IllegalArgumentException when to is before from or the range is longer than {@link #MAX_MONTHS} */
    IndicatorReport report(UUID contractId, YearMonth from, YearMonth to);

    /** The contact person's page: this month's service levels (red/amber/green), due deliverables, open work. */
    ContractOverview overview(UUID contractId);

    /**
     * Scope items whose volume was outside the flex range three months in a row, up to the last ended month.
     * Turning one into a draft change request is {@link Rebaselining}'s.
     */
    List<RebaselineSuggestion> rebaselineSuggestions(UUID contractId);

    /**
     * The penalty cap used so far on the caller's running contracts (pilote, actif, suspendu) whose terms set one,
     * the most used first. The first {@value IndicatorService#PENALTY_CONTRACTS} running contracts (latest change
     * first) are priced, each from its start (a few statements per contract): the home reads it after it is shown.
     */
    List<PenaltyUse> penaltyUseOfMyContracts();
}
