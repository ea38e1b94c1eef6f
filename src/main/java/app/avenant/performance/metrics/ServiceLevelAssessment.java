package app.avenant.performance.metrics;

import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.performance.SlaResult;
import app.avenant.performance.SlaStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A month's service levels against what was measured, and the credit each earns before any cap: a critical
 * level (CSL) missed earns its share of the at-risk amount; an indicator (KPI) is reported only.
 */
final class ServiceLevelAssessment {

    private ServiceLevelAssessment() {}

    /** Critical levels first, then in the order of the terms. */
    static List<SlaResult> assess(
            YearMonth month,
            List<ServiceLevel> levels,
            Map<String, BigDecimal> measured,
            Map<String, ItemActuals> actuals,
            BigDecimal atRiskAmount) {
        List<SlaResult> results = new ArrayList<>(levels.size());
        for (ServiceLevel level : levels) {
            Deadline deadline = level.deadline();
            if (deadline == null) {
                results.add(assess(month, level, measured.get(level.key()), atRiskAmount));
            } else {
                results.add(fromDeliverables(
                        month, level, actuals.getOrDefault(deadline.scopeItemKey(), ItemActuals.NONE), atRiskAmount));
            }
        }
        // List.sort is stable: the terms order is kept within each group
        results.sort(Comparator.comparing(result -> !result.critical()));
        return results;
    }

    static SlaResult assess(
            YearMonth month, ServiceLevel level, @Nullable BigDecimal measured, BigDecimal atRiskAmount) {
        return assess(month, level, measured, atRiskAmount, ItemActuals.NONE);
    }

    /**
     * A level with a deadline is measured from its scope item's deliverables delivered in the month: the share
     * delivered within their deadline, truncated to the hundredth so that a result is never rounded up to its
     * target; a month without any is not measured. A typed measurement is not used: the deliverables decide.
     */
    static SlaResult fromDeliverables(YearMonth month, ServiceLevel level, ItemActuals item, BigDecimal atRiskAmount) {
        @Nullable
        BigDecimal measured = item.delivered() == 0
                ? null
                : BigDecimal.valueOf(item.onTime() * 100)
                        .divide(BigDecimal.valueOf(item.delivered()), 2, RoundingMode.DOWN);
        return assess(month, level, measured, atRiskAmount, item);
    }

    /** @param item the deliverables that measured a level with a deadline (none for a level measured by hand) */
    private static SlaResult assess(
            YearMonth month,
            ServiceLevel level,
            @Nullable BigDecimal measured,
            BigDecimal atRiskAmount,
            ItemActuals item) {
        // a quarterly level is measured over the quarter, so it is only assessed once the quarter is complete
        @Nullable BigDecimal assessed = measured != null && assessedIn(month, level.window()) ? measured : null;
        SlaStatus status = status(level, assessed);
        BigDecimal credit = level.critical() && status == SlaStatus.MISSED
                ? Money.percentOf(level.atRiskSharePercent(), atRiskAmount)
                : Money.ZERO;
        return new SlaResult(
                level.key(),
                level.metric(),
                level.critical(),
                level.window(),
                level.targetPercent(),
                level.minimumPercent(),
                assessed,
                status,
                level.atRiskSharePercent(),
                credit,
                level.earnBackTargetPercent(),
                level.deadline(),
                item.delivered(),
                item.onTime());
    }

    /** March, June, September and December close a quarter. */
    static boolean assessedIn(YearMonth month, MeasurementWindow window) {
        return window == MeasurementWindow.MONTHLY || month.getMonthValue() % 3 == 0;
    }

    static SlaStatus status(ServiceLevel level, @Nullable BigDecimal measured) {
        if (measured == null) {
            return SlaStatus.NOT_MEASURED;
        }
        if (measured.compareTo(level.targetPercent()) >= 0) {
            return SlaStatus.MET;
        }
        return measured.compareTo(level.minimumPercent()) >= 0 ? SlaStatus.AT_RISK : SlaStatus.MISSED;
    }
}
