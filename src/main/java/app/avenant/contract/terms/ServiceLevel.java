package app.avenant.contract.terms;

import java.math.BigDecimal;

/**
 * A service level: measured &ge; target is met, minimum &le; measured &lt; target is at risk, below minimum
 * is missed (a critical level then earns its credit).
 *
 * @param key                stable key across versions
 * @param metric             what is measured, e.g. "Factures saisies sous 48 h"
 * @param measurement        how it is measured (may be blank)
 * @param targetPercent      expected level, 0–100
 * @param minimumPercent     lowest acceptable level, 0–100, &le; target
 * @param window             measurement window
 * @param critical           true: earns service credits; false: indicator only
 * @param atRiskSharePercent share of the at-risk amount this level's credit takes, 0–100 (0 when not critical)
 */
public record ServiceLevel(
        String key,
        String metric,
        String measurement,
        BigDecimal targetPercent,
        BigDecimal minimumPercent,
        MeasurementWindow window,
        boolean critical,
        BigDecimal atRiskSharePercent) {

    /**
     * What a month below the minimum costs the provider, as a share of that month's charges: its share of the at-risk
     * amount (50 % of 12 % is 6 %); nothing for a level that is only an indicator.
     */
    public BigDecimal creditPercentOfMonth(BigDecimal atRiskPercent) {
        if (!critical) {
            return BigDecimal.ZERO;
        }
        return atRiskPercent
                .multiply(atRiskSharePercent)
                .divide(BigDecimal.valueOf(100))
                .stripTrailingZeros();
    }
}
