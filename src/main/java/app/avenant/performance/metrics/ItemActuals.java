package app.avenant.performance.metrics;

import java.math.BigDecimal;

/**
 * One scope item's deliverables delivered in one month, as the SQL aggregate returns them.
 *
 * @param billableUnits  units of the deliverables not rejected
 * @param recordedCost   sum of the optional costs recorded on deliverables (rejected ones excluded)
 */
public record ItemActuals(
        long delivered,
        long onTime,
        long firstPass,
        long afterRework,
        long rejected,
        long billableUnits,
        BigDecimal recordedCost) {

    public static final ItemActuals NONE = new ItemActuals(0, 0, 0, 0, 0, 0, BigDecimal.ZERO);
}
