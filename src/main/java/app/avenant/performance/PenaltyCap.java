package app.avenant.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The contract's total cap on service credits (a clause pénale, Code civil art. 1231-5: kept visible).
 *
 * @param cap              the cap of the terms in force; null when they set none (no limit)
 * @param consumedBefore   credits of all earlier months since the contract's start
 * @param consumedToDate   the same, this month included
 * @param reached          consumedToDate has reached the cap: further credits are not due
 */
public record PenaltyCap(
        @Nullable BigDecimal cap, BigDecimal consumedBefore, BigDecimal consumedToDate, boolean reached) {

    /** The terms limit the credits. */
    public boolean isSet() {
        return cap != null;
    }
}
