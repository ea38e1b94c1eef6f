package app.avenant.performance;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * @param month        deliverables delivered that month (pending ones: due that month); null for all
 * @param scopeItemKey one scope item; null for all
 * @param pendingOnly  only those not delivered yet
 */
public record DeliverableFilter(
        @Nullable YearMonth month, @Nullable String scopeItemKey, boolean pendingOnly) {

    public static DeliverableFilter all() {
        return new DeliverableFilter(null, null, false);
    }
}
