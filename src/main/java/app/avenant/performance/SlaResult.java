package app.avenant.performance;

import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.MeasurementWindow;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One service level for one month.
 *
 * @param measuredPercent what was measured; null when nothing was
 * @param credit          the credit this level earns (0 unless critical and missed), before the month's cap
 *                        and the contract's penalty cap are applied to the total
 * @param earnBackTargetPercent the level's earn-back target in these terms; null when it has none
 * @param deadline        the level's deadline when it is measured from deliverables; null when measured by hand
 * @param deliveredCounted with a deadline: the deliverables of its scope item delivered in the month
 * @param onTimeCounted   with a deadline: those delivered within their deadline (or by their due day)
 */
public record SlaResult(
        String key,
        String metric,
        boolean critical,
        MeasurementWindow window,
        BigDecimal targetPercent,
        BigDecimal minimumPercent,
        @Nullable BigDecimal measuredPercent,
        SlaStatus status,
        BigDecimal sharePercent,
        BigDecimal credit,
        @Nullable BigDecimal earnBackTargetPercent,
        @Nullable Deadline deadline,
        long deliveredCounted,
        long onTimeCounted) {

    /** Measured from the deliverables and their deadline, not typed. */
    public boolean computed() {
        return deadline != null;
    }
}
