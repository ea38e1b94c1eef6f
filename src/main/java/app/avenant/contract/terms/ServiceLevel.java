package app.avenant.contract.terms;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

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
 * @param earnBackTargetPercent optional, critical levels only, above the target: when the level's average over the
 *                           three months after a missed month reaches it, that month's credit is paid back
 *                           (PRODUCT.md, edge rules); null when the level has no earn-back
 * @param deadline           optional, monthly levels only: the time given to deliver each deliverable of one scope
 *                           item, in calendar hours, working hours or working days; the level is then measured from
 *                           those deliverables (decision 0053); null when the level is measured by hand
 */
public record ServiceLevel(
        String key,
        String metric,
        String measurement,
        BigDecimal targetPercent,
        BigDecimal minimumPercent,
        MeasurementWindow window,
        boolean critical,
        BigDecimal atRiskSharePercent,
        @Nullable BigDecimal earnBackTargetPercent,
        @Nullable Deadline deadline) {

    /** A level measured by hand, as every level was before deadlines existed. */
    public ServiceLevel(
            String key,
            String metric,
            String measurement,
            BigDecimal targetPercent,
            BigDecimal minimumPercent,
            MeasurementWindow window,
            boolean critical,
            BigDecimal atRiskSharePercent,
            @Nullable BigDecimal earnBackTargetPercent) {
        this(
                key,
                metric,
                measurement,
                targetPercent,
                minimumPercent,
                window,
                critical,
                atRiskSharePercent,
                earnBackTargetPercent,
                null);
    }

    /** A level without earn-back, as every level was before earn-back existed. */
    public ServiceLevel(
            String key,
            String metric,
            String measurement,
            BigDecimal targetPercent,
            BigDecimal minimumPercent,
            MeasurementWindow window,
            boolean critical,
            BigDecimal atRiskSharePercent) {
        this(key, metric, measurement, targetPercent, minimumPercent, window, critical, atRiskSharePercent, null);
    }

    /**
     * The same level with another target and minimum (a consultation's level asked, a provider's commitment); its
     * earn-back target is kept only while it stays above the new target, as the terms require.
     */
    public ServiceLevel withTargets(BigDecimal target, BigDecimal minimum) {
        BigDecimal earnBack = earnBackTargetPercent != null && earnBackTargetPercent.compareTo(target) > 0
                ? earnBackTargetPercent
                : null;
        return new ServiceLevel(
                key, metric, measurement, target, minimum, window, critical, atRiskSharePercent, earnBack, deadline);
    }

    public ServiceLevel withEarnBack(@Nullable BigDecimal target) {
        return new ServiceLevel(
                key,
                metric,
                measurement,
                targetPercent,
                minimumPercent,
                window,
                critical,
                atRiskSharePercent,
                target,
                deadline);
    }

    public ServiceLevel withDeadline(@Nullable Deadline newDeadline) {
        return new ServiceLevel(
                key,
                metric,
                measurement,
                targetPercent,
                minimumPercent,
                window,
                critical,
                atRiskSharePercent,
                earnBackTargetPercent,
                newDeadline);
    }

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
