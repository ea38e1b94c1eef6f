package app.avenant.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * How much of a running contract's penalty cap its service credits have used so far: the home's "penalty use
 * against caps" across the reader's contracts.
 *
 * @param cap      the cap of the terms in force (&gt; 0)
 * @param consumed credits due from the contract's start to this month included
 */
public record PenaltyUse(UUID contractId, String reference, String title, BigDecimal cap, BigDecimal consumed) {

    /** The share of the cap used, in percent, one decimal (100 and more: the cap is reached). */
    public BigDecimal percent() {
        return consumed.multiply(BigDecimal.valueOf(100)).divide(cap, 1, RoundingMode.HALF_UP);
    }

    /** Four fifths of the cap used: the provider is close to owing nothing more, the PME to losing its lever. */
    public boolean nearlyReached() {
        return percent().compareTo(BigDecimal.valueOf(80)) >= 0;
    }
}
