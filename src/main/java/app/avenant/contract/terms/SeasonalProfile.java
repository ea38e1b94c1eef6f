package app.avenant.contract.terms;

import java.math.BigDecimal;
import java.time.Month;
import java.util.Collections;
import java.util.List;

/**
 * Twelve coefficients, January first: month m's baseline is baseline × c(m), rounded half-up.
 * Validation (exactly 12 values, each &ge; 0) is done by {@link Terms} so that it is reported with a path.
 */
public record SeasonalProfile(List<BigDecimal> coefficients) {

    public SeasonalProfile {
        coefficients = Lists.copyKeepingNulls(coefficients);
    }

    /** Every month weighs 1. */
    public static SeasonalProfile flat() {
        return new SeasonalProfile(Collections.nCopies(12, BigDecimal.ONE));
    }

    /** The coefficient of one month (of a valid profile). */
    public BigDecimal coefficient(Month month) {
        return coefficients.get(month.ordinal());
    }
}
