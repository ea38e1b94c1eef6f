package app.avenant.performance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Both sides validated a month and, with its service credits, the credits since the contract's start reach the
 * contract's penalty cap: further credits are no longer due. Published in the validation's transaction (under
 * the contract's row lock) each time a month locks at or above the cap; listeners decide whether to tell anyone.
 *
 * @param cap      the cap of the terms pricing that month (&gt; 0)
 * @param consumed the credits from the contract's start to that month included
 */
public record PenaltyCapReached(UUID contractId, YearMonth month, BigDecimal cap, BigDecimal consumed) {}
