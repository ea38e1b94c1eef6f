package app.avenant.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * @param month        deliverables delivered that month (pending ones: due that month); null for all
 * @param scopeItemKey one scope item; null for all
 * @param pendingOnly  only those not delivered yet
 * @param lateOn       only those still not delivered and due before that day (« En retard »); null for all
 */
public record DeliverableFilter(
        @Nullable YearMonth month,
        @Nullable String scopeItemKey,
        boolean pendingOnly,
        @Nullable LocalDate lateOn) {

    public DeliverableFilter(@Nullable YearMonth month, @Nullable String scopeItemKey, boolean pendingOnly) {
        this(month, scopeItemKey, pendingOnly, null);
    }

    public static DeliverableFilter all() {
        return new DeliverableFilter(null, null, false);
    }
}
